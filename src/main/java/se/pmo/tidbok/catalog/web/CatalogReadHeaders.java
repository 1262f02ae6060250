package se.pmo.tidbok.catalog.web;

import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import se.pmo.tidbok.catalog.CatalogSnapshot;

/**
 * The headers of a catalog list in another representation than JSON (e.g. PMO's table): a
 * strong entity tag of that representation, the catalog revision, and caching as for the
 * JSON list, never past the next scheduled change when the answer is for now.
 */
@Component
public class CatalogReadHeaders {

	private final CatalogHttp.Caching caching;

	CatalogReadHeaders(CatalogHttp.Caching catalogCaching) {
		this.caching = catalogCaching;
	}

	/**
	 * @param snapshot the catalog answered
	 * @param representation a short name of the representation, part of the entity tag
	 * @param contentType the answer's media type
	 * @param fixed whether the answer is for an instant the client named
	 * @param now when the request was served
	 */
	public HttpHeaders of(CatalogSnapshot snapshot, String representation, MediaType contentType, boolean fixed,
			Instant now) {
		String tag = snapshot.etag(false);
		CatalogHttp.Answer answer = new CatalogHttp.Answer(null,
				tag.substring(0, tag.length() - 1) + "-" + representation + "\"", false, false, snapshot.revision(),
				fixed ? null : snapshot.validUntil());
		HttpHeaders headers = answer.headers(this.caching, now);
		headers.setContentType(contentType);
		return headers;
	}

}
