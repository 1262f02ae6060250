package se.pmo.tidbok.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders errors raised outside the controllers (the servlet container, the security
 * filters, a rejected request) as problem details too, in place of Spring Boot's default
 * error body. A browser's failed request for a page ({@link PagePaths}) gets the HTML
 * error page of {@link HtmlErrorPages} instead.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private final ObjectProvider<HtmlErrorPages> htmlPages;

	ProblemErrorController(ObjectProvider<HtmlErrorPages> htmlPages) {
		this.htmlPages = htmlPages;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		// Requests rejected by the security firewall reach here without the security
		// headers.
		SecurityHeaders.apply(response);
		HttpStatus status = status(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status));
	}

	/**
	 * A browser's failed request for a page gets an HTML page; anything else, the API
	 * especially, its problem detail as above.
	 */
	@RequestMapping(path = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		HtmlErrorPages pages = this.htmlPages.getIfAvailable();
		if (pages != null && uri instanceof String path
				&& PagePaths.isPage(path.substring(request.getContextPath().length()))) {
			return pages.render(request, response, status);
		}
		SecurityHeaders.apply(response);
		ProblemDetail problem = problem(status);
		byte[] body = Problems.body(ProblemType.forStatus(status.value()), status.value(), problem.getDetail());
		return new ModelAndView((model, req, res) -> {
			res.setStatus(status.value());
			res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			res.setContentLength(body.length);
			res.getOutputStream().write(body);
		});
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status;
		if (code == null) {
			// Called by a client, not forwarded to by the container: there is nothing at
			// this path.
			status = HttpStatus.NOT_FOUND;
		}
		else {
			status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
			if (status == null || status.is2xxSuccessful()) {
				status = HttpStatus.INTERNAL_SERVER_ERROR;
			}
		}
		return status;
	}

	private static ProblemDetail problem(HttpStatus status) {
		if (status.is5xxServerError() && status != HttpStatus.NOT_IMPLEMENTED) {
			return ProblemAdvice.internalError();
		}
		ProblemType type = ProblemType.forStatus(status.value());
		ProblemDetail problem = type.detail(type.meaning());
		problem.setStatus(status.value());
		return problem;
	}

}
