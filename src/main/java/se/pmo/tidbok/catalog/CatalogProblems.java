package se.pmo.tidbok.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.web.ProblemType;

/**
 * The catalog's edge: its domain exceptions as problem details, wherever they are thrown
 * (the catalog reads, the rules, the administration): an unknown code and a time that
 * cannot be used. A change the catalog's rules refuse is a {@link CatalogRefusal}, which
 * answers for itself.
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

	@ExceptionHandler
	ProblemDetail invalidTime(InvalidTimeException ex) {
		return problem(ex);
	}

	/** The problem detail of a time a client sent that cannot be used. */
	public static ProblemDetail problem(InvalidTimeException ex) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("parameter", ex.parameter());
		if (ex.value() != null) {
			facts.put("value", ex.value());
		}
		ProblemType type = switch (ex.reason()) {
			case INVALID -> ProblemType.INVALID_TIME;
			case NONEXISTENT -> ProblemType.NONEXISTENT_LOCAL_TIME;
			case AMBIGUOUS -> ProblemType.AMBIGUOUS_LOCAL_TIME;
		};
		return type.detail(ex.getMessage(), facts);
	}

}
