package se.pmo.tidbok.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the pages for people live, apart from the API: the public catalog at {@code /}
 * and {@code /typer/...}, the administrators' console under {@code /konsol}. The page
 * security chain, the page headers and HTML error pages apply to these paths only, so the
 * API's requests never pass anything of the pages.
 */
public final class PagePaths {

	/** The public catalog table. */
	public static final String TABLE = "/";

	/** A page per type: {@code /typer/{code}}. */
	public static final String TYPES = "/typer";

	/** The administrators' console. */
	public static final String CONSOLE = "/konsol";

	/** The console's sign-in form (GET shows it, POST signs in). */
	public static final String SIGN_IN = CONSOLE + "/logga-in";

	/** Signs out (POST). */
	public static final String SIGN_OUT = CONSOLE + "/logga-ut";

	private PagePaths() {
	}

	/** Whether the request is for a page, by its path within the application. */
	public static boolean isPage(HttpServletRequest request) {
		return isPage(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** Whether the path (within the application, without query) is a page's. */
	public static boolean isPage(String path) {
		return path.equals(TABLE) || under(path, TYPES) || under(path, CONSOLE);
	}

	private static boolean under(String path, String root) {
		return path.startsWith(root) && (path.length() == root.length() || path.charAt(root.length()) == '/');
	}

}
