package se.pmo.tidbok.time;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.pmo.tidbok.web.ProblemType;

/**
 * The edge of time reading: a time a client sent that cannot be used, as a problem
 * detail, wherever it was read (the catalog, the rules, the administration, the clock).
 */
@RestControllerAdvice
@Order(0)
public class TimeProblems {

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

	@ExceptionHandler
	ProblemDetail invalidTime(InvalidTimeException ex) {
		return problem(ex);
	}

}
