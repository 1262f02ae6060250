package se.pmo.tidbok.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.Refusal;

import static se.pmo.tidbok.web.Refusal.facts;

/**
 * A change to the catalog that the catalog's rules refuse: each kind says what was wrong
 * and carries the facts the administrator needs to put it right. Thrown as a
 * {@link CatalogChangeRefusedException}.
 */
public sealed interface CatalogRefusal extends Refusal {

	/**
	 * Another type has this name or one that looks the same (the same
	 * {@link NameRule#key(String) key}).
	 */
	record DuplicateName(String name) implements CatalogRefusal {

		public ProblemType type() {
			return ProblemType.DUPLICATE_NAME;
		}

		public String detail(ZoneId zone) {
			return "Another appointment type already has this name or one that looks the same: names are compared "
					+ "without regard to case, diacritics, spacing or look-alike characters of other scripts.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("name", this.name);
		}

	}

	/** The name gives a code that another type, perhaps a retired one, has. */
	record CodeTaken(String code, boolean retired) implements CatalogRefusal {

		public ProblemType type() {
			return ProblemType.CODE_TAKEN;
		}

		public String detail(ZoneId zone) {
			return "The name gives the code '"
					+ this.code + "', which " + (this.retired
							? "belongs to a retired type: reinstate that type instead." : "belongs to another type.")
					+ " Codes are never reused.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("code", this.code);
		}

	}

	/** Retiring a retired type, or reinstating an active one. */
	record StateConflict(String code, boolean retired) implements CatalogRefusal {

		public ProblemType type() {
			return ProblemType.STATE_CONFLICT;
		}

		public String detail(ZoneId zone) {
			return "The type '" + this.code + "' is " + (this.retired ? "already retired." : "not retired.");
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("code", this.code);
		}

	}

	/**
	 * The type changed since the administrator read it.
	 *
	 * @param currentETag the type's entity tag now, or {@code null} when not known
	 */
	record StaleVersion(String code, String currentETag) implements CatalogRefusal {

		public ProblemType type() {
			return ProblemType.PRECONDITION_FAILED;
		}

		public String detail(ZoneId zone) {
			return "The type '" + this.code
					+ "' has changed since you read it. Read it again, check the change, and retry with its new ETag.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("code", this.code, "currentETag", this.currentETag);
		}

	}

	/**
	 * A text field the catalog cannot take.
	 *
	 * @param problem what is wrong with it, e.g. {@code is required}
	 * @param character the refused character, or {@code null} when the text is refused as
	 * a whole
	 */
	record InvalidText(String field, String problem, NameRule.Refusal character) implements CatalogRefusal {

		public ProblemType type() {
			return ProblemType.INVALID_BODY;
		}

		public String detail(ZoneId zone) {
			return "'" + this.field + "' " + this.problem + ".";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("errors", List.of(new RightsCheck.FieldError(this.field, this.problem)), "position",
					(this.character != null) ? this.character.position() : null, "codePoint",
					(this.character != null) ? this.character.codePointLabel() : null);
		}

	}

	/**
	 * Fields that are invalid together or alone.
	 *
	 * @param rights whether the patient rights contradict each other (rather than a field
	 * alone)
	 */
	record InvalidFields(boolean rights, List<RightsCheck.FieldError> errors) implements CatalogRefusal {

		public InvalidFields {
			errors = List.copyOf(errors);
		}

		public ProblemType type() {
			return this.rights ? ProblemType.INCONSISTENT_RIGHTS : ProblemType.INVALID_BODY;
		}

		public String detail(ZoneId zone) {
			StringBuilder detail = new StringBuilder(this.rights ? "The patient rights contradict each other:" : "");
			this.errors.forEach((error) -> detail.append(" '")
				.append(error.field())
				.append("' ")
				.append(error.message())
				.append('.'));
			return detail.toString().strip();
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("errors", this.errors);
		}

	}

	/**
	 * A change that would take effect before the earliest instant every instance knows of
	 * it.
	 *
	 * @param earliest now plus the propagation delay
	 */
	record EffectiveFromInPast(Instant effectiveFrom, Instant now, Instant earliest) implements CatalogRefusal {

		public ProblemType type() {
			return ProblemType.EFFECTIVE_FROM_IN_PAST;
		}

		public String detail(ZoneId zone) {
			return "'effectiveFrom' is " + TimeOutput.text(this.effectiveFrom, zone) + ", before "
					+ TimeOutput.text(this.earliest, zone) + ": a change made now (" + TimeOutput.text(this.now, zone)
					+ ") takes effect at that instant or later, once every instance knows of it. "
					+ "Leave effectiveFrom out to make the change as soon as possible.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("effectiveFrom", TimeOutput.text(this.effectiveFrom, zone), "now",
					TimeOutput.text(this.now, zone));
		}

	}

	/**
	 * A change that does not fit the type's timeline: changes are appended to its end, so
	 * a change must take effect after the type's last pending change; and only that last
	 * pending change can be withdrawn.
	 *
	 * @param pendingVersion the type's last pending version, which stands in the way
	 * @param effectiveFrom when the refused change was to take effect, or {@code null}
	 * for a withdrawal
	 * @param withdrawnVersion the version whose withdrawal is refused, or {@code null}
	 */
	record ScheduleConflict(String code, long pendingVersion, Instant pendingEffectiveFrom, Instant effectiveFrom,
			Long withdrawnVersion) implements CatalogRefusal {

		static ScheduleConflict before(CatalogVersion pending, Instant effectiveFrom) {
			return new ScheduleConflict(pending.code(), pending.version(), pending.effectiveFrom(), effectiveFrom,
					null);
		}

		static ScheduleConflict notLast(CatalogVersion withdrawn, CatalogVersion last) {
			return new ScheduleConflict(withdrawn.code(), last.version(), last.effectiveFrom(), null,
					withdrawn.version());
		}

		public ProblemType type() {
			return ProblemType.SCHEDULE_CONFLICT;
		}

		public String detail(ZoneId zone) {
			String pendingFrom = TimeOutput.text(this.pendingEffectiveFrom, zone);
			if (this.withdrawnVersion != null) {
				return "Version " + this.withdrawnVersion + " of '" + this.code + "' is followed by version "
						+ this.pendingVersion + ", scheduled for " + pendingFrom
						+ "; withdraw the last pending change first.";
			}
			return "The type '" + this.code + "' has a change scheduled for " + pendingFrom + " (version "
					+ this.pendingVersion + "); a change takes effect after the type's last one, not at "
					+ TimeOutput.text(this.effectiveFrom, zone)
					+ ". Schedule it later, or withdraw the pending change first.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("code", this.code, "pendingVersion", this.pendingVersion, "pendingEffectiveFrom",
					TimeOutput.text(this.pendingEffectiveFrom, zone));
		}

	}

	/**
	 * Withdrawing a change that has taken effect, or takes effect within the propagation
	 * delay.
	 *
	 * @param effectiveFrom when it takes effect, or {@code null} for a version in force
	 * from the beginning
	 */
	record ChangeInForce(String code, long version, Instant effectiveFrom,
			Duration propagationDelay) implements CatalogRefusal {

		public ProblemType type() {
			return ProblemType.CHANGE_IN_FORCE;
		}

		public String detail(ZoneId zone) {
			return "Version " + this.version + " of '" + this.code + "' "
					+ ((this.effectiveFrom != null) ? "takes effect at " + TimeOutput.text(this.effectiveFrom, zone)
							: "is in force from the beginning")
					+ ": a change can be withdrawn only until " + this.propagationDelay.toMillis()
					+ " ms before it takes effect, as every instance may answer for that instant from then on. "
					+ "Make a new change instead.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("code", this.code, "version", this.version);
		}

	}

	/**
	 * No scheduled change of the type has this version.
	 *
	 * @param withdrawn whether it had one that was withdrawn
	 */
	record UnknownScheduledChange(String code, long version, boolean withdrawn) implements CatalogRefusal {

		public ProblemType type() {
			return ProblemType.UNKNOWN_SCHEDULED_CHANGE;
		}

		public String detail(ZoneId zone) {
			return "The type '" + this.code + "' has no scheduled change with version " + this.version
					+ (this.withdrawn ? ": it was withdrawn." : ".");
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("code", this.code, "version", this.version);
		}

	}

}
