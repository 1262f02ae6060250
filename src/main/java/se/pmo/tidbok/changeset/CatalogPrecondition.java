package se.pmo.tidbok.changeset;

import java.util.List;

import org.springframework.http.ETag;

import se.pmo.tidbok.web.RefusedException;

/**
 * An If-Match header on a changeset, compared strongly (RFC 9110 13.1.1): for applying, a
 * tag matches the catalog at a revision when it is that revision's (the preview's
 * {@code "7"}, or a list's or export's tag of the same revision, such as
 * {@code "7@2026-03-22T23:00:00Z-tsv"}); for withdrawing, when it is the changeset's.
 * {@code *} matches anything.
 *
 * @param tags the tags the client sent
 */
record CatalogPrecondition(List<ETag> tags) {

	/** The header's tags; refused (428) when it is missing or blank. */
	static CatalogPrecondition required(String header, String what) {
		if (header == null || header.isBlank()) {
			throw new RefusedException(new ChangesetRefusal.PreconditionRequired(what));
		}
		return new CatalogPrecondition(ETag.parse(header));
	}

	/** Whether a tag names the catalog at this revision. */
	boolean matchesRevision(long revision) {
		String wanted = Long.toString(revision);
		return this.tags.stream().anyMatch((tag) -> tag.isWildcard() || (!tag.weak() && revisionOf(tag.tag()).equals(wanted)));
	}

	/** Whether a tag is this one. */
	boolean matches(String etag) {
		ETag current = ETag.create(etag);
		return this.tags.stream().anyMatch((tag) -> tag.isWildcard() || tag.compare(current, true));
	}

	private static String revisionOf(String tag) {
		int end = 0;
		while (end < tag.length() && Character.isDigit(tag.charAt(end))) {
			end++;
		}
		return tag.substring(0, end);
	}

}
