package se.pmo.tidbok.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import se.pmo.tidbok.time.TimeOutput;

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

	/** A change that would take effect before now. */
	public static final class EffectiveFromInPast extends CatalogChangeRefusedException {

		private final String effectiveFrom;

		private final String now;

		EffectiveFromInPast(Instant effectiveFrom, Instant now, Instant earliest, ZoneId zone) {
			this(TimeOutput.text(effectiveFrom, zone), TimeOutput.text(now, zone), TimeOutput.text(earliest, zone));
		}

		private EffectiveFromInPast(String effectiveFrom, String now, String earliest) {
			super("'effectiveFrom' is " + effectiveFrom + ", before " + earliest + ": a change made now (" + now
					+ ") takes effect at that instant or later, once every instance knows of it. "
					+ "Leave effectiveFrom out to make the change as soon as possible.");
			this.effectiveFrom = effectiveFrom;
			this.now = now;
		}

		/** When the change was to take effect, with the zone's offset. */
		public String effectiveFrom() {
			return this.effectiveFrom;
		}

		/** Now, with the zone's offset. */
		public String now() {
			return this.now;
		}

	}

	/**
	 * A change that does not fit the type's timeline: changes are appended to its end, so
	 * a change must take effect after the type's last pending change; and only that last
	 * pending change can be withdrawn.
	 */
	public static final class ScheduleConflict extends CatalogChangeRefusedException {

		private final String code;

		private final long pendingVersion;

		private final String pendingEffectiveFrom;

		ScheduleConflict(String code, CatalogVersion pending, String pendingEffectiveFrom, String message) {
			super(message);
			this.code = code;
			this.pendingVersion = pending.version();
			this.pendingEffectiveFrom = pendingEffectiveFrom;
		}

		static ScheduleConflict before(CatalogVersion pending, Instant effectiveFrom, ZoneId zone) {
			String pendingFrom = TimeOutput.text(pending.effectiveFrom(), zone);
			return new ScheduleConflict(pending.code(), pending, pendingFrom,
					"The type '" + pending.code() + "' has a change scheduled for " + pendingFrom + " (version "
							+ pending.version() + "); a change takes effect after the type's last one, not at "
							+ TimeOutput.text(effectiveFrom, zone)
							+ ". Schedule it later, or withdraw the pending change first.");
		}

		static ScheduleConflict notLast(CatalogVersion withdrawn, CatalogVersion last, ZoneId zone) {
			String lastFrom = TimeOutput.text(last.effectiveFrom(), zone);
			return new ScheduleConflict(withdrawn.code(), last, lastFrom,
					"Version " + withdrawn.version() + " of '" + withdrawn.code() + "' is followed by version "
							+ last.version() + ", scheduled for " + lastFrom
							+ "; withdraw the last pending change first.");
		}

		public String code() {
			return this.code;
		}

		/** The type's last pending version, which stands in the way. */
		public long pendingVersion() {
			return this.pendingVersion;
		}

		/** When that pending version takes effect, with the zone's offset. */
		public String pendingEffectiveFrom() {
			return this.pendingEffectiveFrom;
		}

	}

	/** Withdrawing a change that has already taken effect. */
	public static final class ChangeInForce extends CatalogChangeRefusedException {

		private final String code;

		private final long version;

		ChangeInForce(CatalogVersion version, Duration propagationDelay, ZoneId zone) {
			super("Version " + version.version() + " of '" + version.code() + "' "
					+ ((version.effectiveFrom() != null)
							? "takes effect at " + TimeOutput.text(version.effectiveFrom(), zone)
							: "is in force from the beginning")
					+ ": a change can be withdrawn only until " + propagationDelay.toMillis()
					+ " ms before it takes effect, as every instance may answer for that instant from then on. "
					+ "Make a new change instead.");
			this.code = version.code();
			this.version = version.version();
		}

		public String code() {
			return this.code;
		}

		public long version() {
			return this.version;
		}

	}

	/** No scheduled change of the type has this version. */
	public static final class UnknownScheduledChange extends CatalogChangeRefusedException {

		private final String code;

		private final long version;

		UnknownScheduledChange(String code, long version, boolean withdrawn) {
			super("The type '" + code + "' has no scheduled change with version " + version
					+ (withdrawn ? ": it was withdrawn." : "."));
			this.code = code;
			this.version = version;
		}

		public String code() {
			return this.code;
		}

		public long version() {
			return this.version;
		}

	}

}
