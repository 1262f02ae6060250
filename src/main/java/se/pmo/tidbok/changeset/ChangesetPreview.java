package se.pmo.tidbok.changeset;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What applying a table would do, computed without writing anything.
 *
 * @param catalogETag the catalog's entity tag the preview was computed against: send it
 * as If-Match with the changeset, so that a catalog changed since is refused (412)
 * @param catalogRevision the catalog revision it was computed against
 * @param effectiveFrom when the changeset would take effect
 * @param diff what it changes against the catalog as it will stand then
 * @param conflicts the types whose pending changes stand in the way; applying is refused
 * (409) while there are any
 */
@Schema(name = "ChangesetPreview")
public record ChangesetPreview(@Schema(example = "\"7\"") String catalogETag,
		@Schema(example = "7") long catalogRevision,
		@Schema(example = "2027-02-01T00:00:00+01:00") OffsetDateTime effectiveFrom, ChangesetDiff diff,
		List<Conflict> conflicts) {

	/**
	 * A type whose timeline refuses the change: its last version takes effect at or
	 * after the changeset.
	 *
	 * @param code the type
	 * @param pendingVersion its last version
	 * @param pendingEffectiveFrom when that version takes effect
	 */
	@Schema(name = "ChangesetConflict")
	public record Conflict(@Schema(example = "sexolog-1177") String code, @Schema(example = "3") long pendingVersion,
			@Schema(example = "2027-03-01T00:00:00+01:00") OffsetDateTime pendingEffectiveFrom) {
	}

}
