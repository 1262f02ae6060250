package se.pmo.tidbok.changeset;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.http.ProblemDetail;

import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.Refusal;
import se.pmo.tidbok.web.RefusedException;

import static se.pmo.tidbok.web.Refusal.facts;

/**
 * A table or changeset the service refuses, with the facts that name what was wrong
 * (e.g. the line, column and value of a table cell). Thrown as a
 * {@link RefusedException}; nothing is written then. Times are written in UTC,
 * as a changeset's problem answers always have been.
 */
public sealed interface ChangesetRefusal extends Refusal {

	/**
	 * A table that cannot be read, naming its cell.
	 * @param problem what is wrong, in a sentence that names the line (and column)
	 * @param column the cell's header, {@code #n} for the n-th, or {@code null}
	 * @param value the cell's text, or {@code null}
	 * @param expected the headers of the table's format, or {@code null}
	 * @param lines the lines of two rows that name the same type, or {@code null}
	 */
	record InvalidTable(String problem, int line, String column, String value, List<String> expected,
			List<Integer> lines) implements ChangesetRefusal {
	}

	/** @param bytes whether the limit is on bytes, else on rows */
	record TableTooLarge(boolean bytes, int limit, int size) implements ChangesetRefusal {
	}

	record UnsupportedTable(String contentType) implements ChangesetRefusal {
	}

	/** A source that is too long or holds control characters. */
	record InvalidSource(int maxLength) implements ChangesetRefusal {
	}

	record EffectiveFromInPast(Instant effectiveFrom, Instant now) implements ChangesetRefusal {
	}

	/** @param what the entity tag to send */
	record PreconditionRequired(String what) implements ChangesetRefusal {
	}

	/** Applying the preview of a catalog that has changed since, now at this revision. */
	record StalePreview(long revision) implements ChangesetRefusal {
	}

	/** Withdrawing a changeset that has changed since it was read. */
	record StaleChangeset(String currentETag) implements ChangesetRefusal {
	}

	/** A table that is the catalog as it will stand then. */
	record NothingToChange(Instant effectiveFrom) implements ChangesetRefusal {
	}

	/** Types whose pending changes take effect at or after the changeset. */
	record PendingChangesInTheWay(Instant effectiveFrom, List<Conflict> conflicts) implements ChangesetRefusal {
	}

	/** Withdrawing a changeset whose types have changed since. */
	record LaterChanges(long changesetId, List<Conflict> conflicts) implements ChangesetRefusal {
	}

	/** Withdrawing a changeset that is in force or withdrawn already. */
	record NotPending(long changesetId, Changeset.State state) implements ChangesetRefusal {
	}

	record UnknownChangeset(long changesetId) implements ChangesetRefusal {
	}

	/** A version of a type that stands in a changeset's way. */
	record Conflict(String code, long version, Instant effectiveFrom) {

		static String codes(List<Conflict> conflicts) {
			return String.join(", ", conflicts.stream().map(Conflict::code).distinct().toList());
		}

		static Map<String, Object> members(List<Conflict> conflicts) {
			return facts("conflicts",
					conflicts.stream()
						.map((conflict) -> facts("code", conflict.code(), "pendingVersion", conflict.version(),
								"pendingEffectiveFrom", String.valueOf(conflict.effectiveFrom())))
						.toList());
		}

	}

	@Override
	default ProblemDetail problem(ZoneId zone) {
		return switch (this) {
			case InvalidTable(String problem, int line, String column, String value, List<String> expected,
					List<Integer> lines) -> ProblemType.INVALID_TABLE.detail(problem,
							facts("line", line, "column", column, "value", value, "expected", expected, "lines", lines));
			case TableTooLarge(boolean bytes, int limit, int size) -> ProblemType.PAYLOAD_TOO_LARGE.detail("The table "
					+ (bytes ? "is " + size + " bytes" : "has " + size + " rows") + "; a table has at most " + limit
					+ ".", facts("limit", limit, "size", size));
			case UnsupportedTable(String contentType) -> ProblemType.UNSUPPORTED_MEDIA_TYPE.detail("Content-Type '"
					+ contentType
					+ "' is not supported: send text/tab-separated-values, text/csv or application/json, in UTF-8.");
			case InvalidSource(int maxLength) -> ProblemType.INVALID_PARAMETER.detail("Parameter 'source' must be at most "
					+ maxLength + " characters, without control characters.", facts("parameter", "source"));
			case EffectiveFromInPast(Instant effectiveFrom, Instant now) -> ProblemType.EFFECTIVE_FROM_IN_PAST
				.detail("'effectiveFrom' is " + effectiveFrom + ", before now (" + now
						+ "): a changeset takes effect now or later. Leave effectiveFrom out to apply it now.",
						facts("effectiveFrom", effectiveFrom.toString(), "now", now.toString()));
			case PreconditionRequired(String what) -> ProblemType.PRECONDITION_REQUIRED
				.detail("Send If-Match with " + what + ", so that a change made meanwhile is not overlooked.");
			case StalePreview(long revision) -> ProblemType.PRECONDITION_FAILED.detail(
					"The catalog has changed since the preview (it is at revision " + revision
							+ "). Preview the table again, check it, and apply with the new ETag.",
					facts("currentETag", ChangesetService.etag(revision)));
			case StaleChangeset(String currentETag) -> ProblemType.PRECONDITION_FAILED.detail(
					"The changeset has changed since you read it; read it again.", facts("currentETag", currentETag));
			case NothingToChange(Instant effectiveFrom) -> ProblemType.EMPTY_CHANGESET.detail(
					"The table is the catalog as it will stand at " + effectiveFrom + ": there is nothing to change.");
			case PendingChangesInTheWay(Instant effectiveFrom, List<Conflict> conflicts) -> ProblemType.CHANGESET_CONFLICT
				.detail("The changeset would change types whose pending changes take effect at or after " + effectiveFrom
						+ ": " + Conflict.codes(conflicts) + ". Take effect later, or withdraw those changes first.",
						Conflict.members(conflicts));
			case LaterChanges(long id, List<Conflict> conflicts) -> ProblemType.CHANGESET_CONFLICT.detail("Types of changeset "
					+ id + " have later changes: " + Conflict.codes(conflicts) + ". Withdraw those first.",
					Conflict.members(conflicts));
			case NotPending(long id, Changeset.State state) -> ProblemType.CHANGESET_NOT_PENDING.detail("Changeset " + id
					+ " is " + state.name().toLowerCase().replace('_', ' ')
					+ "; only a pending changeset can be withdrawn.", facts("changesetId", id, "state", state.name()));
			case UnknownChangeset(long id) -> ProblemType.UNKNOWN_CHANGESET
				.detail("No changeset has the id " + id + ".", facts("changesetId", id));
		};
	}

}
