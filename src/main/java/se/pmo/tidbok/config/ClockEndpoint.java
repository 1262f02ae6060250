package se.pmo.tidbok.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.time.TimeProblems;
import se.pmo.tidbok.web.ProblemType;

/**
 * {@code /actuator/clock} on the management port, while {@code tidbok.clock.adjustable}
 * is set: {@code GET} reads the clock; {@code POST {"instant": "…"}} sets it and
 * {@code POST {"advance": "PT2H"}} moves it ahead by an ISO-8601 duration. It only moves
 * forward; the catalog in force and every rule follow at the next read, as when time
 * passes.
 */
@Endpoint(id = "clock")
class ClockEndpoint {

	private final ServiceClock clock;

	private final ZoneId zone;

	ClockEndpoint(ServiceClock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	@ReadOperation
	Reading read() {
		return reading(this.clock.clock().instant());
	}

	@WriteOperation
	WebEndpointResponse<Object> move(@Nullable String instant, @Nullable String advance) {
		if ((instant == null) == (advance == null)) {
			return problem(ProblemType.INVALID_BODY.detail(
					"Send either 'instant' (ISO-8601, e.g. 2026-12-10T09:00:00+01:00) or 'advance' (an ISO-8601 duration, e.g. PT2H), not "
							+ ((instant == null) ? "neither." : "both."),
					Map.of("field", (instant == null) ? "instant" : "advance")));
		}
		try {
			Instant now = (instant != null) ? this.clock.set(TimeInput.parse("instant", instant, this.zone))
					: this.clock.advance(duration(advance));
			return new WebEndpointResponse<>(reading(now));
		}
		catch (InvalidTimeException ex) {
			return problem(TimeProblems.problem(ex));
		}
		catch (DateTimeException | ArithmeticException ex) {
			// Not a duration, or one that takes the clock past any representable instant.
			return problem(ProblemType.INVALID_BODY.detail(
					"'advance' is not an ISO-8601 duration of days, hours, minutes or seconds, such as PT2H or P1D, that the clock can move by.",
					Map.of("field", "advance")));
		}
		catch (ServiceClock.ClockMovedBackwardsException ex) {
			Map<String, Object> facts = new LinkedHashMap<>();
			facts.put("field", (instant != null) ? "instant" : "advance");
			String now = ServiceClock.local(ex.now(), this.zone);
			String requested = ServiceClock.local(ex.requested(), this.zone);
			facts.put("now", now);
			facts.put("value", requested);
			return problem(
					ProblemType.CONFLICT.detail("The clock only moves forward, as the catalog in force does: it reads "
							+ now + " and cannot be set to " + requested + ".", facts));
		}
	}

	private static Duration duration(String advance) {
		return Duration.parse(advance.strip());
	}

	private Reading reading(Instant instant) {
		return new Reading(this.clock.mode().label(), ServiceClock.local(instant, this.zone), this.clock.standsStill());
	}

	private static WebEndpointResponse<Object> problem(ProblemDetail problem) {
		return new WebEndpointResponse<>(problem, problem.getStatus(), MediaType.APPLICATION_PROBLEM_JSON);
	}

	/**
	 * The clock's reading.
	 *
	 * @param mode {@code fixed} or {@code adjustable}
	 * @param instant what the clock reads, with the rules' zone's offset
	 * @param standsStill whether it stands still between moves
	 * ({@code tidbok.clock.fixed} set) or runs at the system's pace
	 */
	record Reading(String mode, String instant, boolean standsStill) {
	}

}
