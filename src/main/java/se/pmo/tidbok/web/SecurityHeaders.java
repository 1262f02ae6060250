package se.pmo.tidbok.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. Spring Security writes them on everything that
 * reaches its filter chain; answers given before it (the catalog fast path, the request
 * guard, errors raised by Tomcat itself) write them from here. A test compares the two.
 */
public final class SecurityHeaders {

	/** Header names and values, as Spring Security is configured to write them. */
	public static final Map<String, String> VALUES = values();

	/**
	 * The Content-Security-Policy of the pages for people ({@link PagePaths}): scripts,
	 * styles, images and forms from the service itself only, never inline, and no
	 * framing.
	 */
	public static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	public static void apply(HttpServletResponse response) {
		VALUES.forEach(response::setHeader);
	}

	/** The headers of a page: those of every response, and the page's policy. */
	public static void applyToPage(HttpServletResponse response) {
		apply(response);
		response.setHeader("Content-Security-Policy", PAGE_CONTENT_SECURITY_POLICY);
	}

	private static Map<String, String> values() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("X-XSS-Protection", "0");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Referrer-Policy", "no-referrer");
		return Map.copyOf(headers);
	}

}
