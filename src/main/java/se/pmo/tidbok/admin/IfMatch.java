package se.pmo.tidbok.admin;

import java.util.List;

import org.springframework.http.ETag;

import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * The entity tags of an If-Match header, compared the way RFC 9110 13.1.1 says: strongly,
 * so a weak tag never matches, and {@code *} matches any existing type.
 *
 * @param tags the tags the client accepts
 */
public record IfMatch(List<ETag> tags) {

	/** The header's tags, or {@code null} when the header is missing or blank. */
	static IfMatch parse(String header) {
		return (header == null || header.isBlank()) ? null : new IfMatch(ETag.parse(header));
	}

	/** The precondition of a form opened on this version of a type. */
	public static IfMatch version(long version) {
		return new IfMatch(List.of(ETag.create(CatalogVersion.etagOf(version))));
	}

	boolean matches(String currentETag) {
		ETag current = ETag.create(currentETag);
		return this.tags.stream().anyMatch((tag) -> tag.isWildcard() || tag.compare(current, true));
	}

}
