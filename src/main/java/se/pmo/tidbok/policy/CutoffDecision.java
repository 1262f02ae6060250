package se.pmo.tidbok.policy;

import java.time.Instant;

/**
 * The outcome of a rule with a deadline before the start (cancellation, rebooking).
 *
 * @param <R> the rule's reason codes
 * @param allowed whether the patient may do it now
 * @param reason why
 * @param deadline the last instant the patient may do it, or {@code null} when the type
 * does not give the patient this right at all
 */
public record CutoffDecision<R extends Enum<R>>(boolean allowed, R reason, Instant deadline) {
}
