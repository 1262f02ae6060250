package se.pmo.tidbok.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests: it reads {@link IntegrationTest#NOW}
 * until a test sets it, and a test that sets it puts it back with {@link #reset()} after
 * each test.
 */
public final class MutableClock extends Clock {

	private final Instant start;

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.start = start;
		this.now = start;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	/** Back to the instant it started at. */
	public void reset() {
		this.now = this.start;
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
