package se.pmo.tidbok.policy;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.pmo.tidbok.catalog.CatalogProblems;
import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeProblems;
import se.pmo.tidbok.web.ProblemType;

/**
 * The rules' edge: their domain exceptions as problem details, for a whole request or for
 * one element of a batch.
 */
@RestControllerAdvice
@Order(0)
class PolicyProblems {

	@ExceptionHandler
	ProblemDetail invalidAppointment(InvalidAppointmentException ex) {
		return problem(ex);
	}

	/** The problem detail of what made one evaluation fail. */
	static ProblemDetail problem(RuntimeException ex) {
		return switch (ex) {
			case InvalidTimeException time -> TimeProblems.problem(time);
			case InvalidAppointmentException appointment -> ProblemType.INVALID_PARAMETER
				.detail(appointment.getMessage(), Map.of("parameter", appointment.field()));
			case UnknownAppointmentTypeException unknown -> CatalogProblems.problem(unknown);
			default -> throw ex;
		};
	}

}
