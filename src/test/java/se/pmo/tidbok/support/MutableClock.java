package se.pmo.tidbok.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests: it reads {@link IntegrationTest#NOW}
 * until a test sets it, and a test that sets it puts it back with {@link #reset()} after
 * each test ({@link CatalogReset#restoreSeed()} does too).
 * <p>
 * A change made without an {@code effectiveFrom} takes effect the propagation delay after
 * it is made. Unless a test holds the clock still, it then moves on to that instant
 * ({@link ImmediateChangesTakeEffect}), as a client waits for the change to be in force;
 * a test about that delay itself calls {@link #holdStill()}.
 */
public final class MutableClock extends Clock {

	private final Instant start;

	private volatile Instant now;

	private volatile boolean waitsForChanges = true;

	public MutableClock(Instant start) {
		this.start = start;
		this.now = start;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	/** Back to the instant it started at, waiting for immediate changes again. */
	public void reset() {
		this.now = this.start;
		this.waitsForChanges = true;
	}

	/**
	 * Stops the clock from moving on to when an immediate change takes effect, until
	 * {@link #reset()}.
	 */
	public void holdStill() {
		this.waitsForChanges = false;
	}

	/**
	 * Moves on to the instant, unless the test holds the clock still or it lies behind.
	 */
	void waitUntil(Instant instant) {
		if (this.waitsForChanges && instant.isAfter(this.now)) {
			this.now = instant;
		}
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application reads instants only");
	}

}
