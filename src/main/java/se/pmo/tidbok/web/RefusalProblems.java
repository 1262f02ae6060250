package se.pmo.tidbok.web;

import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The edge of every refusal of the service's rules, wherever it is thrown: the
 * {@link Refusal} a {@link RefusedException} carries, as its problem answer.
 */
@RestControllerAdvice
@Order(0)
class RefusalProblems {

	private final ObjectProvider<ZoneId> calendarZone;

	/**
	 * @param calendarZone the rules' zone, in which refusals write their times; looked up
	 * when a refusal is answered, so that a web slice without it still starts
	 */
	RefusalProblems(ObjectProvider<ZoneId> calendarZone) {
		this.calendarZone = calendarZone;
	}

	@ExceptionHandler
	ProblemDetail refused(RefusedException ex) {
		return ex.refusal().problem(this.calendarZone.getObject());
	}

}
