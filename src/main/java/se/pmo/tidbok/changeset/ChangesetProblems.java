package se.pmo.tidbok.changeset;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The changesets' edge: a refused table or changeset as the problem detail it names.
 */
@RestControllerAdvice
@Order(0)
class ChangesetProblems {

	@ExceptionHandler
	ProblemDetail refused(ChangesetRefusedException ex) {
		return ex.type().detail(ex.getMessage(), ex.facts());
	}

}
