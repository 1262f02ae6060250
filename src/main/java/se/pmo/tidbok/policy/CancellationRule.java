package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.Instant;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;

/**
 * Cancellation cutoff: a patient may cancel a booked time when the type is cancellable by
 * the patient and the evaluation instant is at or before start minus the cutoff (default
 * 24 hours of elapsed time, exact across daylight-saving changes). Exactly at the
 * deadline is still allowed; one nanosecond later is not, and the patient must contact
 * the clinic. A type that is not cancellable by the patient (such as "Mottagningstid med
 * tolk", whose interpreter the clinic must cancel) is refused whatever the time: the flag
 * wins over time.
 */
public final class CancellationRule {

	private final Cutoff cutoff;

	public CancellationRule(Duration cutoff) {
		this.cutoff = new Cutoff(cutoff);
	}

	public CutoffDecision<CancellationReason> evaluate(AppointmentTypeDetails type, Instant start, Instant at) {
		return this.cutoff.decide(type.cancellableByPatient(), CancellationReason.NOT_CANCELLABLE_BY_PATIENT,
				CancellationReason.CUTOFF_PASSED, CancellationReason.ALLOWED, start, at);
	}

}
