package se.pmo.tidbok.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.ProblemDetail;

import se.pmo.tidbok.time.TimeOutput;
import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.Refusal;
import se.pmo.tidbok.web.RefusedException;

import static se.pmo.tidbok.web.Refusal.facts;

/**
 * A change to the catalog that the catalog's rules refuse: each kind says what was wrong
 * and carries the facts the administrator needs to put it right. Thrown as a
 * {@link RefusedException}.
 */
public sealed interface CatalogRefusal extends Refusal {

	/**
	 * Another type has this name or one that looks the same (the same
	 * {@link NameRule#key(String) key}).
	 */
	record DuplicateName(String name) implements CatalogRefusal {
	}

	/** The name gives a code that another type, perhaps a retired one, has. */
	record CodeTaken(String code, boolean retired) implements CatalogRefusal {
	}

	/** Retiring a retired type, or reinstating an active one. */
	record StateConflict(String code, boolean retired) implements CatalogRefusal {
	}

	/**
	 * The type changed since the administrator read it.
	 *
	 * @param currentETag its entity tag now, or {@code null} when not known
	 */
	record StaleVersion(String code, String currentETag) implements CatalogRefusal {
	}

	/**
	 * A text field the catalog cannot take.
	 *
	 * @param problem what is wrong with it, e.g. {@code is required}
	 * @param character the refused character, or {@code null} for the text as a whole
	 */
	record InvalidText(String field, String problem, NameRule.Refusal character) implements CatalogRefusal {
	}

	/**
	 * Fields that are invalid alone, or patient rights that contradict each other.
	 *
	 * @param rights whether it is the rights that contradict each other
	 */
	record InvalidFields(boolean rights, List<RightsCheck.FieldError> errors) implements CatalogRefusal {
	}

	/**
	 * A change that would take effect before every instance knows of it.
	 *
	 * @param earliest now plus the propagation delay
	 */
	record EffectiveFromInPast(Instant effectiveFrom, Instant now, Instant earliest) implements CatalogRefusal {
	}

	/**
	 * A change that does not fit the type's timeline: changes are appended to its end, so
	 * a change takes effect after the type's last pending change, and only that one can
	 * be withdrawn.
	 *
	 * @param pendingVersion the type's last pending version, which stands in the way
	 * @param effectiveFrom when the refused change was to take effect; {@code null} for a
	 * withdrawal
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

	}

	/**
	 * Withdrawing a change that is in force or takes effect within the propagation delay.
	 *
	 * @param effectiveFrom {@code null} for a version in force from the beginning
	 */
	record ChangeInForce(String code, long version, Instant effectiveFrom,
			Duration propagationDelay) implements CatalogRefusal {
	}

	/**
	 * No scheduled change of the type has this version.
	 *
	 * @param withdrawn whether it had one that was withdrawn
	 */
	record UnknownScheduledChange(String code, long version, boolean withdrawn) implements CatalogRefusal {
	}

	@Override
	default ProblemDetail problem(ZoneId zone) {
		return switch (this) {
			case DuplicateName(String name) -> ProblemType.DUPLICATE_NAME.detail(
					"Another appointment type already has this name or one that looks the same: names are compared "
							+ "without regard to case, diacritics, spacing or look-alike characters of other scripts.",
					facts("name", name));
			case CodeTaken(String code, boolean retired) ->
				ProblemType.CODE_TAKEN.detail(
						"The name gives the code '" + code + "', which "
								+ (retired ? "belongs to a retired type: reinstate that type instead."
										: "belongs to another type.")
								+ " Codes are never reused.",
						facts("code", code));
			case StateConflict(String code, boolean retired) -> ProblemType.STATE_CONFLICT.detail(
					"The type '" + code + "' is " + (retired ? "already retired." : "not retired."),
					facts("code", code));
			case StaleVersion(String code, String currentETag) -> ProblemType.PRECONDITION_FAILED.detail("The type '"
					+ code
					+ "' has changed since you read it. Read it again, check the change, and retry with its new ETag.",
					facts("code", code, "currentETag", currentETag));
			case InvalidText(String field, String problem, NameRule.Refusal character) ->
				ProblemType.INVALID_BODY.detail("'" + field + "' " + problem + ".",
						facts("errors", List.of(new RightsCheck.FieldError(field, problem)), "position",
								(character != null) ? character.position() : null, "codePoint",
								(character != null) ? character.codePointLabel() : null));
			case InvalidFields(boolean rights, List<RightsCheck.FieldError> errors) -> (rights
					? ProblemType.INCONSISTENT_RIGHTS : ProblemType.INVALID_BODY)
				.detail(((rights ? "The patient rights contradict each other:" : "") + String.join("",
						errors.stream().map((error) -> " '" + error.field() + "' " + error.message() + ".").toList()))
					.strip(), facts("errors", List.copyOf(errors)));
			case EffectiveFromInPast(Instant effectiveFrom, Instant now, Instant earliest) ->
				ProblemType.EFFECTIVE_FROM_IN_PAST.detail(
						"'effectiveFrom' is " + TimeOutput.text(effectiveFrom, zone) + ", before "
								+ TimeOutput.text(earliest, zone) + ": a change made now (" + TimeOutput.text(now, zone)
								+ ") takes effect at that instant or later, once every instance "
								+ "knows of it. Leave effectiveFrom out to make the change as soon as possible.",
						facts("effectiveFrom", TimeOutput.text(effectiveFrom, zone), "now",
								TimeOutput.text(now, zone)));
			case ScheduleConflict(String code, long pending, Instant pendingFrom, Instant from, Long withdrawn) ->
				ProblemType.SCHEDULE_CONFLICT.detail((withdrawn != null)
						? "Version " + withdrawn + " of '" + code + "' is followed by version " + pending
								+ ", scheduled for " + TimeOutput.text(pendingFrom, zone)
								+ "; withdraw the last pending change first."
						: "The type '" + code + "' has a change scheduled for " + TimeOutput.text(pendingFrom, zone)
								+ " (version " + pending + "); a change takes effect after the type's last one, not at "
								+ TimeOutput.text(from, zone)
								+ ". Schedule it later, or withdraw the pending change first.",
						facts("code", code, "pendingVersion", pending, "pendingEffectiveFrom",
								TimeOutput.text(pendingFrom, zone)));
			case ChangeInForce(String code, long version, Instant from, Duration delay) ->
				ProblemType.CHANGE_IN_FORCE.detail("Version " + version + " of '" + code + "' "
						+ ((from != null) ? "takes effect at " + TimeOutput.text(from, zone)
								: "is in force from the beginning")
						+ ": a change can be withdrawn only until " + delay.toMillis()
						+ " ms before it takes effect, as every instance may answer for that instant from then on. "
						+ "Make a new change instead.", facts("code", code, "version", version));
			case UnknownScheduledChange(String code, long version, boolean withdrawn) ->
				ProblemType.UNKNOWN_SCHEDULED_CHANGE
					.detail("The type '" + code + "' has no scheduled change with version " + version
							+ (withdrawn ? ": it was withdrawn." : "."), facts("code", code, "version", version));
		};
	}

}
