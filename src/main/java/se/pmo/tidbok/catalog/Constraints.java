package se.pmo.tidbok.catalog;

import se.pmo.tidbok.web.RefusedException;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;

import se.pmo.tidbok.catalog.internal.AppointmentType;

/**
 * Which database constraint refused a write, and the refusal it stands for.
 */
final class Constraints {

	private Constraints() {
	}

	/**
	 * The refusal a write of this version gets when the database refuses it: a taken code
	 * or name, or the database's own exception for any other constraint.
	 */
	static RuntimeException refusal(DataIntegrityViolationException ex, CatalogVersion version) {
		String constraint = violated(ex);
		if (AppointmentType.UNIQUE_CODE.equals(constraint)) {
			return new RefusedException(new CatalogRefusal.CodeTaken(version.code(), false));
		}
		if (AppointmentType.UNIQUE_NAME.equals(constraint)) {
			return new RefusedException(new CatalogRefusal.DuplicateName(version.name()));
		}
		return ex;
	}

	/** The name of the violated constraint, or null when none is named. */
	private static String violated(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName();
			}
		}
		return null;
	}

}
