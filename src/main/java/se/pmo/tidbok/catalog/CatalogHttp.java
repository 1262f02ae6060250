package se.pmo.tidbok.catalog;

import java.io.IOException;
import java.io.StringReader;

import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The HTTP representation of catalog reads, shared by the controller and the fast path so
 * both answer with the same bytes and the same headers.
 */
final class CatalogHttp {

	/** Response header with the catalog revision the answer was computed from. */
	static final String REVISION_HEADER = "Catalog-Revision";

	/** Bodies at least this large are gzip-compressed for clients that accept it. */
	static final int GZIP_THRESHOLD = 1024;

	private CatalogHttp() {
	}

	/**
	 * A catalog answer ready to send.
	 *
	 * @param body the bytes, compressed when {@code gzip}
	 * @param etag the strong entity tag of exactly these bytes
	 * @param gzip whether the body is gzip-compressed
	 * @param varies whether the answer varies with Accept-Encoding
	 * @param revision the catalog revision it was computed from
	 */
	record Answer(byte[] body, String etag, boolean gzip, boolean varies, long revision) {

		HttpHeaders headers(CacheControl cacheControl) {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_JSON);
			headers.setETag(this.etag);
			headers.setCacheControl(cacheControl);
			headers.set(REVISION_HEADER, Long.toString(this.revision));
			if (this.varies) {
				headers.setVary(java.util.List.of(HttpHeaders.ACCEPT_ENCODING));
			}
			if (this.gzip) {
				headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			return headers;
		}

	}

	static Answer list(CatalogSnapshot snapshot, boolean acceptsGzip) {
		return new Answer(acceptsGzip ? snapshot.listJsonGzip() : snapshot.listJson(), snapshot.etag(acceptsGzip),
				acceptsGzip, true, snapshot.revision());
	}

	static Answer item(CatalogSnapshot snapshot, CatalogEntry entry) {
		return new Answer(snapshot.itemJson().get(entry.code()), entry.etag(), false, false, snapshot.revision());
	}

	/**
	 * Whether the Accept-Encoding header admits gzip (by name or by *, with a non-zero
	 * weight), read with the same parser Tomcat's own response compression uses.
	 */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		try {
			return AcceptEncoding.parse(new StringReader(acceptEncoding))
				.stream()
				.anyMatch(
						(coding) -> ("gzip".equalsIgnoreCase(coding.getEncoding()) || "*".equals(coding.getEncoding()))
								&& coding.getQuality() > 0);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
