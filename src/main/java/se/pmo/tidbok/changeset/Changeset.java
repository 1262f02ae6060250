package se.pmo.tidbok.changeset;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A table applied as one change: every version it made takes effect at
 * {@code effectiveFrom} and was recorded by catalog revision {@code catalogRevision}.
 *
 * @param id its id
 * @param state pending until {@code effectiveFrom}, in force from then, or withdrawn
 * @param etag its entity tag, to send as If-Match when withdrawing it
 * @param effectiveFrom when it takes effect
 * @param appliedAt when it was applied
 * @param appliedBy who applied it, as the audit trail names actors
 * @param source where the table comes from, as the administrator wrote it
 * @param catalogRevision the catalog revision that recorded it
 * @param diff what it changes
 * @param withdrawnAt when it was withdrawn, or {@code null}
 * @param withdrawnBy who withdrew it, or {@code null}
 */
@Schema(name = "Changeset")
public record Changeset(@Schema(example = "12") long id, State state, @Schema(example = "\"8\"") String etag,
		@Schema(example = "2027-02-01T00:00:00+01:00") OffsetDateTime effectiveFrom,
		@Schema(example = "2027-01-20T14:05:00+01:00") OffsetDateTime appliedAt,
		@Schema(example = "basic:admin") String appliedBy,
		@Schema(nullable = true, example = "PMO Tidbokstyp på 1177, uppdaterad 2027-01-15") String source,
		@Schema(example = "8") long catalogRevision, ChangesetDiff diff,
		@Schema(nullable = true, example = "null") OffsetDateTime withdrawnAt,
		@Schema(nullable = true, example = "null") String withdrawnBy) {

	/** Where a changeset stands; a closed set. */
	@Schema(name = "ChangesetState")
	public enum State {

		/** Applied, taking effect later; it can be withdrawn. */
		PENDING,

		/** In force since its effectiveFrom. */
		IN_FORCE,

		/** Withdrawn before it took effect; it never did. */
		WITHDRAWN

	}

}
