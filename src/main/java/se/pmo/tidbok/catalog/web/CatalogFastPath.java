package se.pmo.tidbok.catalog.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogEntry;
import se.pmo.tidbok.catalog.CatalogSnapshot;
import se.pmo.tidbok.web.SecurityHeaders;

/**
 * Serves the two hottest reads of the 1177 backend, the whole catalog and one type by
 * code, straight from the in-memory snapshot's ready bytes, ahead of the security filter
 * chain and the DispatcherServlet, which cost several times more than the answer itself.
 * It answers only a plain GET or HEAD without a query that accepts JSON, for a type that
 * exists; everything else (filters, unknown codes, other media types) goes on to
 * {@link CatalogController}, so errors, content negotiation and answers as of another
 * instant than now stay in one place. The answer is byte for byte and header for header
 * what the controller sends: a test compares the two.
 */
class CatalogFastPath extends OncePerRequestFilter {

	static final String LIST_PATH = "/api/v1/appointment-types";

	private static final String ITEM_PATTERN = LIST_PATH + "/{code}";

	private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final Catalog catalog;

	private final CatalogHttp.Caching caching;

	private final Clock clock;

	CatalogFastPath(Catalog catalog, CatalogHttp.Caching caching, Clock clock) {
		this.catalog = catalog;
		this.caching = caching;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant now = servable(request) ? this.clock.instant() : null;
		CatalogHttp.Answer answer = (now != null) ? answer(request, now) : null;
		if (answer == null) {
			chain.doFilter(request, response);
			return;
		}
		write(request, response, answer, now);
	}

	/** A plain GET or HEAD without a query that accepts JSON. */
	private static boolean servable(HttpServletRequest request) {
		String method = request.getMethod();
		return (method.equals("GET") || method.equals("HEAD")) && request.getQueryString() == null
				&& acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
	}

	private CatalogHttp.Answer answer(HttpServletRequest request, Instant now) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		CatalogSnapshot snapshot = this.catalog.current(now);
		if (path.equals(LIST_PATH)) {
			observedAs(request, LIST_PATH);
			return CatalogHttp.list(snapshot, CatalogHttp.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
		}
		if (path.startsWith(LIST_PATH + "/")) {
			String code = path.substring(LIST_PATH.length() + 1);
			CatalogEntry entry = CODE.matcher(code).matches() ? snapshot.byCode().get(code) : null;
			if (entry != null) {
				observedAs(request, ITEM_PATTERN);
				return CatalogHttp.item(snapshot, entry);
			}
		}
		return null;
	}

	private void write(HttpServletRequest request, HttpServletResponse response, CatalogHttp.Answer answer, Instant now)
			throws IOException {
		HttpHeaders headers = answer.headers(this.caching, now);
		SecurityHeaders.apply(response);
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		// Spring MVC's own If-None-Match handling (weak comparison, RFC 9110 13.1.2). It
		// does not count "*" as matching the representation that exists, which RFC 9110
		// does for a GET or HEAD; that one case is answered here.
		if (new ServletWebRequest(request, response).checkNotModified(answer.etag())
				|| "*".equals(StringUtils.trimWhitespace(request.getHeader(HttpHeaders.IF_NONE_MATCH)))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.CONTENT_TYPE, null);
			response.setHeader(HttpHeaders.CONTENT_ENCODING, null);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentLength(answer.body().length);
		if (request.getMethod().equals("GET")) {
			response.getOutputStream().write(answer.body());
		}
	}

	private static boolean acceptsJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			List<MediaType> accepted = MediaType.parseMediaTypes(accept);
			return accepted.stream()
				.anyMatch((type) -> type.getQualityValue() > 0 && type.includes(MediaType.APPLICATION_JSON));
		}
		catch (InvalidMediaTypeException ex) {
			// Let Spring MVC answer the malformed header with its problem detail.
			return false;
		}
	}

	/** Names the endpoint in the http.server.requests metrics, as Spring MVC would. */
	private static void observedAs(HttpServletRequest request, String pattern) {
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(pattern));
	}

}
