package se.pmo.tidbok.catalog;

import java.util.List;

/**
 * A change to the catalog that the catalog's rules refuse. Each kind says what was wrong
 * and carries the facts the administrator needs to put it right.
 */
public abstract sealed class CatalogChangeRefusedException extends RuntimeException {

	CatalogChangeRefusedException(String message) {
		super(message);
	}

	/**
	 * Another type has this name or one that looks the same (the same
	 * {@link NameRule#key(String) key}).
	 */
	public static final class DuplicateName extends CatalogChangeRefusedException {

		private final String name;

		DuplicateName(String name) {
			super("Another appointment type already has this name or one that looks the same: names are compared "
					+ "without regard to case, diacritics, spacing or look-alike characters of other scripts.");
			this.name = name;
		}

		public String name() {
			return this.name;
		}

	}

	/** The name gives a code that another type, perhaps a retired one, has. */
	public static final class CodeTaken extends CatalogChangeRefusedException {

		private final String code;

		CodeTaken(String code, boolean retired) {
			super("The name gives the code '" + code + "', which "
					+ (retired ? "belongs to a retired type: reinstate that type instead." : "belongs to another type.")
					+ " Codes are never reused.");
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	/** Retiring a retired type, or reinstating an active one. */
	public static final class StateConflict extends CatalogChangeRefusedException {

		private final String code;

		StateConflict(String code, boolean retired) {
			super("The type '" + code + "' is " + (retired ? "already retired." : "not retired."));
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	/** The type changed since the administrator read it. */
	public static final class StaleVersion extends CatalogChangeRefusedException {

		private final String code;

		private final String currentETag;

		StaleVersion(String code, String currentETag) {
			super("The type '" + code
					+ "' has changed since you read it. Read it again, check the change, and retry with its new ETag.");
			this.code = code;
			this.currentETag = currentETag;
		}

		public String code() {
			return this.code;
		}

		/** The type's entity tag now, or {@code null} when not known. */
		public String currentETag() {
			return this.currentETag;
		}

	}

	/**
	 * A text field the catalog cannot take, with the position and code point of the
	 * refused character when there is one.
	 */
	public static final class InvalidText extends CatalogChangeRefusedException {

		private final String field;

		private final String problem;

		private final NameRule.Refusal refusal;

		InvalidText(String field, String problem, NameRule.Refusal refusal) {
			super("'" + field + "' " + problem + ".");
			this.field = field;
			this.problem = problem;
			this.refusal = refusal;
		}

		public List<RightsCheck.FieldError> errors() {
			return List.of(new RightsCheck.FieldError(this.field, this.problem));
		}

		/** The refused character, or {@code null} when the text is refused as a whole. */
		public NameRule.Refusal refusal() {
			return this.refusal;
		}

	}

	/** Fields that are invalid together or alone, e.g. contradicting patient rights. */
	public static final class InvalidFields extends CatalogChangeRefusedException {

		private final boolean rights;

		private final List<RightsCheck.FieldError> errors;

		InvalidFields(boolean rights, List<RightsCheck.FieldError> errors) {
			super(describe(rights, errors));
			this.rights = rights;
			this.errors = List.copyOf(errors);
		}

		/**
		 * Whether the patient rights contradict each other (rather than a field alone).
		 */
		public boolean rights() {
			return this.rights;
		}

		public List<RightsCheck.FieldError> errors() {
			return this.errors;
		}

		private static String describe(boolean rights, List<RightsCheck.FieldError> errors) {
			StringBuilder detail = new StringBuilder(rights ? "The patient rights contradict each other:" : "");
			errors.forEach((error) -> detail.append(" '")
				.append(error.field())
				.append("' ")
				.append(error.message())
				.append('.'));
			return detail.toString().strip();
		}

	}

}
