package se.pmo.tidbok.catalog.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
import se.pmo.tidbok.catalog.CatalogAsOf;
import se.pmo.tidbok.catalog.CatalogSnapshot;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.SecurityHeaders;

/**
 * Serves the two hottest reads of the 1177 backend, the whole catalog and one type by
 * code, straight from the in-memory snapshot's ready bytes, ahead of the security filter
 * chain and the DispatcherServlet, which cost several times more than the answer itself.
 * It answers only a GET or HEAD that accepts JSON, without a query or with {@code asOf}
 * alone, for a type that exists at that instant; everything else (filters, unknown codes,
 * times it cannot read, other media types) goes on to {@link CatalogController}, so
 * errors and content negotiation stay in one place. Answers as of another instant are
 * served here too, so that cycling {@code asOf} costs what a plain read costs and cannot
 * crowd out the other reads. The answer is byte for byte and header for header what the
 * controller sends: a test compares the two.
 */
class CatalogFastPath extends OncePerRequestFilter {

	static final String LIST_PATH = "/api/v1/appointment-types";

	private static final String ITEM_PATTERN = LIST_PATH + "/{code}";

	private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final String AS_OF = "asOf";

	private static final CatalogFilter ALL = new CatalogFilter(null, null, null, null, null, null);

	private final Catalog catalog;

	private final CatalogHttp.Caching caching;

	private final Clock clock;

	private final ZoneId zone;

	CatalogFastPath(Catalog catalog, CatalogHttp.Caching caching, Clock clock, ZoneId zone) {
		this.catalog = catalog;
		this.caching = caching;
		this.clock = clock;
		this.zone = zone;
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

	/**
	 * A GET or HEAD that accepts JSON, without a query or with one {@code asOf} alone.
	 */
	private static boolean servable(HttpServletRequest request) {
		String method = request.getMethod();
		return (method.equals("GET") || method.equals("HEAD"))
				&& (request.getQueryString() == null || onlyAsOf(request.getParameterMap()))
				&& acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
	}

	private static boolean onlyAsOf(Map<String, String[]> parameters) {
		return parameters.size() == 1 && parameters.containsKey(AS_OF) && parameters.get(AS_OF).length == 1;
	}

	private CatalogHttp.Answer answer(HttpServletRequest request, Instant now) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean list = path.equals(LIST_PATH);
		String code = (!list && path.startsWith(LIST_PATH + "/")) ? path.substring(LIST_PATH.length() + 1) : null;
		if (!list && (code == null || !CODE.matcher(code).matches())) {
			return null;
		}
		Instant at = (request.getQueryString() != null) ? asOf(request.getParameter(AS_OF)) : now;
		if (at == null) {
			return null;
		}
		CatalogHttp.Answer answer = (list) ? list(request, now, at) : item(now, at, code);
		if (answer == null) {
			return null;
		}
		observedAs(request, list ? LIST_PATH : ITEM_PATTERN);
		// As the controller answers an instant the client named: for the usual time.
		return (request.getQueryString() != null) ? answer.fixed() : answer;
	}

	private CatalogHttp.Answer list(HttpServletRequest request, Instant now, Instant at) {
		boolean gzip = CatalogHttp.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		CatalogSnapshot snapshot = this.catalog.current(now);
		return snapshot.covers(at) ? CatalogHttp.list(snapshot, gzip)
				: CatalogHttp.list(this.catalog.asOf(), at, ALL, gzip);
	}

	private CatalogHttp.Answer item(Instant now, Instant at, String code) {
		CatalogSnapshot snapshot = this.catalog.current(now);
		if (snapshot.covers(at)) {
			CatalogVersion entry = snapshot.byCode().get(code);
			return (entry != null) ? CatalogHttp.item(snapshot, entry) : null;
		}
		CatalogAsOf other = this.catalog.asOf();
		return other.find(code, at).map((version) -> CatalogHttp.item(other, version)).orElse(null);
	}

	/**
	 * The instant asOf names, or {@code null} to let the controller answer what it cannot
	 * read.
	 */
	private Instant asOf(String text) {
		try {
			return TimeInput.parseDayOrTime(AS_OF, text, this.zone).instant();
		}
		catch (InvalidTimeException ex) {
			return null;
		}
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
