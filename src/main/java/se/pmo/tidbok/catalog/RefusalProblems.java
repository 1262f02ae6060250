package se.pmo.tidbok.catalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.Refusal;
import se.pmo.tidbok.web.RefusedException;

/**
 * The edge of every refusal of the service's rules, wherever it is thrown: the
 * {@link Refusal} a {@link RefusedException} carries, as its problem answer, with its
 * times in the calendar zone. Here rather than in {@code web}, which the time module
 * depends on; the changesets' refusals come here too, as the changesets depend on the
 * catalog.
 */
@RestControllerAdvice
@Order(0)
class RefusalProblems {

	private final ObjectProvider<CalendarZone> calendarZone;

	/**
	 * @param calendarZone the rules' zone, in which refusals write their times; looked up
	 * when a refusal is answered, so that a web slice without it still starts
	 */
	RefusalProblems(ObjectProvider<CalendarZone> calendarZone) {
		this.calendarZone = calendarZone;
	}

	@ExceptionHandler
	ProblemDetail refused(RefusedException ex) {
		return ex.refusal().problem(this.calendarZone.getObject().zone());
	}

}
