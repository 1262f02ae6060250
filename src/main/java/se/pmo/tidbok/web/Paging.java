package se.pmo.tidbok.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The headers of one page of a list: {@code X-Total-Count} and RFC 8288 {@code Link}s to
 * the first, previous, next and last pages, each the request's own URI with its page and
 * size replaced, so every other parameter (a filter) carries over.
 */
public final class Paging {

	/** Response header with the number of items in all pages. */
	public static final String TOTAL_COUNT = "X-Total-Count";

	private Paging() {
	}

	public static HttpHeaders headers(HttpServletRequest request, int page, int size, long total) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(TOTAL_COUNT, Long.toString(total));
		long last = Math.max(0, (total - 1) / size);
		List<String> links = new ArrayList<>();
		links.add(link(request, 0, size, "first"));
		if (page > 0) {
			links.add(link(request, Math.min(page - 1, last), size, "prev"));
		}
		if (page < last) {
			links.add(link(request, page + 1, size, "next"));
		}
		links.add(link(request, last, size, "last"));
		headers.set(HttpHeaders.LINK, String.join(", ", links));
		return headers;
	}

	private static String link(HttpServletRequest request, long page, int size, String rel) {
		String uri = ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}

}
