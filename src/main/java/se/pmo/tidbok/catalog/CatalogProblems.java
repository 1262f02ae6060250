package se.pmo.tidbok.catalog;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.pmo.tidbok.web.ProblemType;

/**
 * The catalog's edge: its domain exceptions as problem details, wherever they are thrown
 * (the catalog reads, the rules, the administration): an unknown code (a time that cannot
 * be used is the time module's, {@code TimeProblems}). A change the catalog's rules
 * refuse is a {@link CatalogRefusal}, which answers for itself.
 */
@RestControllerAdvice
@Order(0)
public class CatalogProblems {

	@ExceptionHandler
	ProblemDetail unknownAppointmentType(UnknownAppointmentTypeException ex) {
		return problem(ex);
	}

	/** The problem detail of an unknown code. */
	public static ProblemDetail problem(UnknownAppointmentTypeException ex) {
		return ProblemType.UNKNOWN_APPOINTMENT_TYPE.detail(ex.getMessage(), Map.of("code", ex.code()));
	}

}
