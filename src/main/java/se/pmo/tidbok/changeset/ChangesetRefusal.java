package se.pmo.tidbok.changeset;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.Refusal;

import static se.pmo.tidbok.web.Refusal.facts;

/**
 * A table or changeset the service refuses, with the facts that name what was wrong
 * (e.g. the line, column and value of a table cell). Thrown as a
 * {@link ChangesetRefusedException}; nothing is written then. Times are written in UTC,
 * as a changeset's problem answers always have.
 */
public sealed interface ChangesetRefusal extends Refusal {

	/**
	 * A table that cannot be read, naming its cell.
	 *
	 * @param problem what is wrong, in a sentence that names the line (and column)
	 * @param column the header of the cell, or {@code #n} for the n-th, or {@code null}
	 * @param value the cell's text, or {@code null}
	 * @param expected the headers a table of its format has, or {@code null}
	 * @param lines the lines of two rows that name the same type, or {@code null}
	 */
	record InvalidTable(String problem, int line, String column, String value, List<String> expected,
			List<Integer> lines) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.INVALID_TABLE;
		}

		public String detail(ZoneId zone) {
			return this.problem;
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("line", this.line, "column", this.column, "value", this.value, "expected", this.expected,
					"lines", this.lines);
		}

	}

	/**
	 * A table larger than a table may be.
	 *
	 * @param bytes whether the limit is on bytes (else on rows)
	 */
	record TableTooLarge(boolean bytes, int limit, int size) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.PAYLOAD_TOO_LARGE;
		}

		public String detail(ZoneId zone) {
			return "The table " + (this.bytes ? "is " + this.size + " bytes" : "has " + this.size + " rows")
					+ "; a table has at most " + this.limit + ".";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("limit", this.limit, "size", this.size);
		}

	}

	/** A table in a media type the service does not read. */
	record UnsupportedTable(String contentType) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.UNSUPPORTED_MEDIA_TYPE;
		}

		public String detail(ZoneId zone) {
			return "Content-Type '" + this.contentType
					+ "' is not supported: send text/tab-separated-values, text/csv or application/json, in UTF-8.";
		}

	}

	/** A source that is too long or holds control characters. */
	record InvalidSource(int maxLength) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.INVALID_PARAMETER;
		}

		public String detail(ZoneId zone) {
			return "Parameter 'source' must be at most " + this.maxLength + " characters, without control characters.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("parameter", "source");
		}

	}

	/** A preview or apply from before now. */
	record EffectiveFromInPast(Instant effectiveFrom, Instant now) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.EFFECTIVE_FROM_IN_PAST;
		}

		public String detail(ZoneId zone) {
			return "'effectiveFrom' is " + this.effectiveFrom + ", before now (" + this.now
					+ "): a changeset takes effect now or later. Leave effectiveFrom out to apply it now.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("effectiveFrom", this.effectiveFrom.toString(), "now", this.now.toString());
		}

	}

	/**
	 * A changeset without If-Match.
	 *
	 * @param what the entity tag to send
	 */
	record PreconditionRequired(String what) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.PRECONDITION_REQUIRED;
		}

		public String detail(ZoneId zone) {
			return "Send If-Match with " + this.what + ", so that a change made meanwhile is not overlooked.";
		}

	}

	/** Applying a preview of a catalog that has changed since. */
	record StalePreview(long revision) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.PRECONDITION_FAILED;
		}

		public String detail(ZoneId zone) {
			return "The catalog has changed since the preview (it is at revision " + this.revision
					+ "). Preview the table again, check it, and apply with the new ETag.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("currentETag", ChangesetService.etag(this.revision));
		}

	}

	/** Withdrawing a changeset that has changed since it was read. */
	record StaleChangeset(String currentETag) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.PRECONDITION_FAILED;
		}

		public String detail(ZoneId zone) {
			return "The changeset has changed since you read it; read it again.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("currentETag", this.currentETag);
		}

	}

	/** A table that is the catalog as it will stand then. */
	record NothingToChange(Instant effectiveFrom) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.EMPTY_CHANGESET;
		}

		public String detail(ZoneId zone) {
			return "The table is the catalog as it will stand at " + this.effectiveFrom
					+ ": there is nothing to change.";
		}

	}

	/** Types whose pending changes take effect at or after the changeset. */
	record PendingChangesInTheWay(Instant effectiveFrom, List<Conflict> conflicts) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.CHANGESET_CONFLICT;
		}

		public String detail(ZoneId zone) {
			return "The changeset would change types whose pending changes take effect at or after "
					+ this.effectiveFrom + ": " + Conflict.codes(this.conflicts)
					+ ". Take effect later, or withdraw those changes first.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return Conflict.members(this.conflicts);
		}

	}

	/** Withdrawing a changeset whose types have changed since. */
	record LaterChanges(long changesetId, List<Conflict> conflicts) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.CHANGESET_CONFLICT;
		}

		public String detail(ZoneId zone) {
			return "Types of changeset " + this.changesetId + " have later changes: " + Conflict.codes(this.conflicts)
					+ ". Withdraw those first.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return Conflict.members(this.conflicts);
		}

	}

	/** Withdrawing a changeset that is in force or withdrawn already. */
	record NotPending(long changesetId, Changeset.State state) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.CHANGESET_NOT_PENDING;
		}

		public String detail(ZoneId zone) {
			return "Changeset " + this.changesetId + " is " + this.state.name().toLowerCase().replace('_', ' ')
					+ "; only a pending changeset can be withdrawn.";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("changesetId", this.changesetId, "state", this.state.name());
		}

	}

	record UnknownChangeset(long changesetId) implements ChangesetRefusal {

		public ProblemType type() {
			return ProblemType.UNKNOWN_CHANGESET;
		}

		public String detail(ZoneId zone) {
			return "No changeset has the id " + this.changesetId + ".";
		}

		public Map<String, Object> members(ZoneId zone) {
			return facts("changesetId", this.changesetId);
		}

	}

	/**
	 * A version of a type that stands in a changeset's way.
	 *
	 * @param effectiveFrom when it takes effect
	 */
	record Conflict(String code, long version, Instant effectiveFrom) {

		static String codes(List<Conflict> conflicts) {
			return String.join(", ", conflicts.stream().map(Conflict::code).distinct().toList());
		}

		static Map<String, Object> members(List<Conflict> conflicts) {
			return facts("conflicts", conflicts.stream()
				.map((conflict) -> facts("code", conflict.code(), "pendingVersion", conflict.version(),
						"pendingEffectiveFrom", String.valueOf(conflict.effectiveFrom())))
				.toList());
		}

	}

}
