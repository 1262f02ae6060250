package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.Instant;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;

/**
 * Rebooking: a patient may rebook a booked time when the type is rebookable by the
 * patient and the cancellation cutoff has not passed, i.e. the evaluation instant is at
 * or before start minus the cutoff (default 24 hours of elapsed time), because rebooking
 * gives up the old time. Exactly at the deadline is still allowed. The type's flag wins
 * over time.
 */
public final class RebookingRule {

	private final Cutoff cutoff;

	public RebookingRule(Duration cutoff) {
		this.cutoff = new Cutoff(cutoff);
	}

	public CutoffDecision<RebookingReason> evaluate(AppointmentTypeDetails type, Instant start, Instant at) {
		return this.cutoff.decide(type.rebookableByPatient(), RebookingReason.NOT_REBOOKABLE_BY_PATIENT,
				RebookingReason.CUTOFF_PASSED, RebookingReason.ALLOWED, start, at);
	}

}
