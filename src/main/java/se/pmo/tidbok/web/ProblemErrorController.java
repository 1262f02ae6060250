package se.pmo.tidbok.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders errors raised outside the controllers (the servlet container, the security
 * filters, a rejected request) as problem details too, in place of Spring Boot's default
 * error body.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		// Requests rejected by the security firewall reach here without the security
		// headers.
		SecurityHeaders.apply(response);
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
		ProblemDetail problem;
		if (status.is5xxServerError() && status != HttpStatus.NOT_IMPLEMENTED) {
			problem = ProblemAdvice.internalError();
		}
		else {
			ProblemType type = ProblemType.forStatus(status.value());
			problem = type.detail(type.meaning());
			problem.setStatus(status.value());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
