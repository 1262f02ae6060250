package se.pmo.tidbok.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeInput;

/**
 * The rules' web edge: reads the times a request sends as text (in the calendar zone,
 * each refusal naming its parameter) and hands {@link PolicyService} instants. A
 * request's faults are told in the order a client reads it: {@code at}, the type's code,
 * then {@code start} and {@code bookedAt}; in a batch, what fails one appointment becomes
 * that element's problem.
 */
@Component
class PolicyRequests {

	private final PolicyService policies;

	private final ZoneId zone;

	PolicyRequests(PolicyService policies, CalendarZone calendar) {
		this.policies = policies;
		this.zone = calendar.zone();
	}

	/** One time of the type with this code; the times as the client sent them. */
	PolicyResponse evaluate(String code, String start, String at, String bookedAt) {
		return evaluate(this.policies.at(time("at", at)), "", code, start, bookedAt);
	}

	/**
	 * A batch at one instant: each element of the answer is the policy of the appointment
	 * at the same position, or the problem when only that appointment is wrong.
	 */
	List<PolicyEvaluationResult> evaluateAll(PolicyEvaluationRequest request) {
		PolicyService.Evaluation evaluation = this.policies.at(time("at", request.at()));
		List<PolicyEvaluationResult> results = new ArrayList<>(request.appointments().size());
		for (int i = 0; i < request.appointments().size(); i++) {
			PolicyEvaluationRequest.Appointment appointment = request.appointments().get(i);
			String prefix = "appointments[" + i + "].";
			try {
				if (appointment == null || appointment.appointmentTypeCode() == null
						|| appointment.appointmentTypeCode().isBlank()) {
					throw new InvalidAppointmentException(prefix + "appointmentTypeCode",
							"'" + prefix + "appointmentTypeCode' is required.");
				}
				results.add(new PolicyEvaluationResult.Evaluated(i, evaluate(evaluation, prefix,
						appointment.appointmentTypeCode(), appointment.start(), appointment.bookedAt())));
			}
			catch (InvalidTimeException | InvalidAppointmentException | UnknownAppointmentTypeException ex) {
				results.add(new PolicyEvaluationResult.Failed(i, PolicyProblems.problem(ex)));
			}
		}
		return results;
	}

	/** The booking window at the instant sent, now when none is. */
	BookingWindowResponse bookingWindow(String at) {
		return this.policies.bookingWindow(time("at", at));
	}

	private PolicyResponse evaluate(PolicyService.Evaluation evaluation, String prefix, String code, String start,
			String bookedAt) {
		CatalogVersion type = evaluation.type(code);
		Instant startInstant = TimeInput.parse(prefix + "start", start, this.zone);
		return evaluation.evaluate(type, startInstant, time(prefix + "bookedAt", bookedAt));
	}

	/** The time sent in this parameter; {@code null} when none was. */
	private Instant time(String parameter, String value) {
		return (value != null) ? TimeInput.parse(parameter, value, this.zone) : null;
	}

}
