package se.pmo.tidbok.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limit on failed sign-ins. A client address, and a user name, may fail
 * {@code maxFailures} times within {@code period}; after that, every attempt is refused
 * without checking the password until enough failures have aged out: each ages out after
 * {@code period / maxFailures}, so one more attempt is allowed that long after the limit
 * was reached (from exactly then). Counters are kept for at most {@code maxTracked}
 * addresses and names; the least recently seen is forgotten first.
 * <p>
 * Each key keeps one instant, its "theoretical arrival time" in the generic cell rate
 * algorithm: every failure moves it {@code period / maxFailures} past the later of itself
 * and now, and a key is refused while it lies more than
 * {@code period - period / maxFailures} ahead of now.
 */
final class LoginThrottle {

	private final Duration period;

	private final Duration interval;

	private final Map<String, Instant> next;

	LoginThrottle(int maxFailures, Duration period, int maxTracked) {
		this.period = period;
		this.interval = period.dividedBy(maxFailures);
		this.next = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
				return size() > maxTracked;
			}

		};
	}

	/**
	 * How long this key must wait before it may try again, or {@link Duration#ZERO} when
	 * it may try now.
	 */
	synchronized Duration waitFor(String key, Instant now) {
		Instant arrival = this.next.get(key);
		if (arrival == null) {
			return Duration.ZERO;
		}
		Instant allowedFrom = arrival.minus(this.period).plus(this.interval);
		return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
	}

	/** Counts a failed sign-in of this key. */
	synchronized void failed(String key, Instant now) {
		Instant arrival = this.next.get(key);
		Instant from = (arrival == null || arrival.isBefore(now)) ? now : arrival;
		this.next.put(key, from.plus(this.interval));
	}

	synchronized int tracked() {
		return this.next.size();
	}

}
