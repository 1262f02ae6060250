package se.pmo.tidbok.catalog;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Which database constraint refused a write.
 */
final class Constraints {

	private Constraints() {
	}

	/** The name of the violated constraint, or null when none is named. */
	static String violated(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName();
			}
		}
		return null;
	}

}
