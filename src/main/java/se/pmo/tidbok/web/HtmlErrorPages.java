package se.pmo.tidbok.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in HTML for the pages for people ({@link PagePaths}); the API keeps its
 * problem details. The module that renders pages provides it.
 */
public interface HtmlErrorPages {

	/**
	 * Request attribute set when a form came without a valid CSRF token, so the page can
	 * say so (and that the session may have expired).
	 */
	String CSRF_REFUSED = "tidbok.page.csrf-refused";

	/**
	 * The error page for a failed request to a page.
	 * @param request the failed request (during the error dispatch)
	 * @param response its response, whose page headers the implementation writes
	 * @param status the status to answer with
	 */
	ModelAndView render(HttpServletRequest request, HttpServletResponse response, HttpStatus status);

}
