package se.pmo.tidbok.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The host's own clock, whatever the service's clock is set to: the clock NTP keeps in
 * step with PostgreSQL's. {@link Catalog} checks the skew between instances against it,
 * so that a clock pinned for integration tests is not reported as a host out of step.
 *
 * @param clock the host's clock
 */
public record HostClock(Clock clock) {

	/**
	 * How far PostgreSQL's clock, read between two readings of this one, is from it
	 * beyond what the reading itself leaves uncertain; zero while within that.
	 */
	static Duration offset(Instant before, Instant database, Instant after) {
		Duration half = Duration.between(before, after).dividedBy(2);
		Duration offset = Duration.between(before.plus(half), database);
		Duration beyond = offset.abs().minus(half);
		return beyond.isNegative() ? Duration.ZERO : (offset.isNegative() ? beyond.negated() : beyond);
	}

}
