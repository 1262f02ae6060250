package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.Instant;

/**
 * A right the patient has until a fixed elapsed time before the start: allowed while the
 * evaluation instant is at or before start minus the cutoff (exact across daylight-saving
 * changes); exactly at the deadline is still allowed, one nanosecond later is not. A type
 * that does not give the right refuses it whatever the time: the flag wins over time.
 *
 * @param before how long before the start the right ends
 */
record Cutoff(Duration before) {

	<R extends Enum<R>> CutoffDecision<R> decide(boolean typeGivesTheRight, R noRight, R passed, R allowed,
			Instant start, Instant at) {
		if (!typeGivesTheRight) {
			return new CutoffDecision<>(false, noRight, null);
		}
		Instant deadline = start.minus(this.before);
		return at.isAfter(deadline) ? new CutoffDecision<>(false, passed, deadline)
				: new CutoffDecision<>(true, allowed, deadline);
	}

}
