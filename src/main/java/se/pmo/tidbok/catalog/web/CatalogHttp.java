package se.pmo.tidbok.catalog.web;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import se.pmo.tidbok.catalog.CatalogAsOf;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.CatalogSnapshot;

/**
 * The HTTP representation of catalog reads, shared by the controller and the fast path so
 * both answer with the same bytes and the same headers; the FHIR endpoint uses its
 * {@link Caching}.
 */
public final class CatalogHttp {

	/** Response header with the catalog revision the answer was computed from. */
	public static final String REVISION_HEADER = "Catalog-Revision";

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
	 * @param changesAt when what the answer covers next changes, or {@code null} when no
	 * change is scheduled or the answer is for a fixed instant
	 */
	record Answer(byte[] body, String etag, boolean gzip, boolean varies, long revision, Instant changesAt) {

		/** The same answer, for an instant given by the client rather than now. */
		Answer fixed() {
			return new Answer(this.body, this.etag, this.gzip, this.varies, this.revision, null);
		}

		HttpHeaders headers(Caching caching, Instant now) {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_JSON);
			headers.setETag(this.etag);
			headers.setCacheControl(caching.until(now, this.changesAt));
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

	/**
	 * How long clients and proxies may reuse a catalog answer: {@code maxAge}, but never
	 * past the instant what the answer covers changes, so no cache serves a type's old
	 * version after a scheduled change took effect.
	 *
	 * @param maxAge the longest reuse ({@code tidbok.catalog.max-age})
	 * @param usual {@code maxAge} as a header
	 */
	public record Caching(Duration maxAge, CacheControl usual) {

		Caching(Duration maxAge) {
			this(maxAge, CacheControl.maxAge(maxAge).cachePublic());
		}

		/**
		 * The Cache-Control of an answer computed at {@code now} that stays true until
		 * {@code changesAt} ({@code null}: until further notice).
		 */
		public CacheControl until(Instant now, Instant changesAt) {
			if (changesAt == null) {
				return this.usual;
			}
			Duration left = Duration.between(now, changesAt);
			if (left.compareTo(this.maxAge) >= 0) {
				return this.usual;
			}
			return CacheControl.maxAge(Duration.ofSeconds(Math.max(0, left.getSeconds()))).cachePublic();
		}

	}

	static Answer list(CatalogSnapshot snapshot, boolean acceptsGzip) {
		return new Answer(acceptsGzip ? snapshot.listJsonGzip() : snapshot.listJson(), snapshot.etag(acceptsGzip),
				acceptsGzip, true, snapshot.revision(), snapshot.validUntil());
	}

	/** A list as of an instant outside the snapshot in force now, from the timeline. */
	static Answer list(CatalogAsOf catalog, Instant instant, Predicate<CatalogVersion> filter, boolean acceptsGzip) {
		byte[] body = catalog.json(catalog.active(instant, filter));
		boolean gzip = acceptsGzip && body.length >= GZIP_THRESHOLD;
		return new Answer(gzip ? CatalogSnapshot.gzip(body) : body, catalog.etag(instant, gzip), gzip, true,
				catalog.revision(), null);
	}

	/** One type as of an instant outside the snapshot in force now, from the timeline. */
	static Answer item(CatalogAsOf catalog, CatalogVersion version) {
		return new Answer(catalog.json(version), version.etag(), false, false, catalog.revision(), null);
	}

	static Answer item(CatalogSnapshot snapshot, CatalogVersion entry) {
		return new Answer(snapshot.itemJson().get(entry.code()), entry.etag(), false, false, snapshot.revision(),
				snapshot.changesAt().get(entry.code()));
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
