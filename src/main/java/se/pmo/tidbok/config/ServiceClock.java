package se.pmo.tidbok.config;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.pmo.tidbok.time.TimeOutput;

/**
 * How the service's clock is set. In production it is the system's. For other teams'
 * integration tests it can stand still at an instant ({@code tidbok.clock.fixed}) and be
 * moved forward through the management port ({@code tidbok.clock.adjustable}); the
 * application reads it as it reads the system's, through the one {@link Clock} bean, so a
 * moved clock changes the catalog in force and every rule exactly as time passing does.
 * It never moves backwards: the catalog in force only moves forward.
 */
public final class ServiceClock {

	/** Whose time the service reads. */
	public enum Mode {

		/** The system's: every production run. */
		SYSTEM,

		/** Stands still at {@code tidbok.clock.fixed}. */
		FIXED,

		/**
		 * Moved forward through {@code /actuator/clock}; from {@code tidbok.clock.fixed}
		 * if set (standing still between moves), else from the system's time (running).
		 */
		ADJUSTABLE;

		/**
		 * The mode as answers name it: {@code system}, {@code fixed}, {@code adjustable}.
		 */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** As far as times sent to the service may lie ({@code TimeInput}). */
	private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

	private final Mode mode;

	private final Clock base;

	private final Clock clock;

	private final boolean standsStill;

	/** How far the adjustable clock has been moved ahead of its base. */
	private volatile Duration offset = Duration.ZERO;

	private ServiceClock(Mode mode, Clock base, boolean standsStill) {
		this.mode = mode;
		this.base = base;
		this.standsStill = standsStill;
		this.clock = (mode == Mode.ADJUSTABLE) ? new Moved() : base;
	}

	/**
	 * An instant as answers write it: ISO-8601 with the zone's offset, seconds included.
	 */
	static String local(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(TimeOutput.local(instant, zone));
	}

	/** The system's clock. */
	static ServiceClock system(Clock system) {
		return new ServiceClock(Mode.SYSTEM, system, false);
	}

	/** A clock that stands still at the instant, movable forward when adjustable. */
	static ServiceClock fixed(Instant instant, boolean adjustable) {
		return new ServiceClock(adjustable ? Mode.ADJUSTABLE : Mode.FIXED, Clock.fixed(instant, ZoneOffset.UTC), true);
	}

	/** The system's time, movable forward. */
	static ServiceClock adjustable(Clock system) {
		return new ServiceClock(Mode.ADJUSTABLE, system, false);
	}

	public Mode mode() {
		return this.mode;
	}

	/** Whether the clock is the system's, as in production. */
	public boolean isSystem() {
		return this.mode == Mode.SYSTEM;
	}

	/** Whether the clock stands still between moves. */
	boolean standsStill() {
		return this.standsStill;
	}

	/** What the application reads: the system's clock itself in production. */
	Clock clock() {
		return this.clock;
	}

	/**
	 * Sets the clock to the instant.
	 * @throws ClockMovedBackwardsException when the instant lies before now
	 */
	synchronized Instant set(Instant instant) {
		return moveTo(this.clock.instant(), instant);
	}

	/**
	 * Moves the clock forward by the duration.
	 * @throws ClockMovedBackwardsException when the duration is negative
	 * @throws DateTimeException when it would take the clock past the year 9998
	 */
	synchronized Instant advance(Duration duration) {
		Instant now = this.clock.instant();
		return moveTo(now, now.plus(duration));
	}

	private Instant moveTo(Instant now, Instant instant) {
		if (instant.isBefore(now)) {
			throw new ClockMovedBackwardsException(now, instant);
		}
		if (!instant.isBefore(LATEST)) {
			throw new DateTimeException("The clock cannot be moved past the year 9998.");
		}
		this.offset = this.offset.plus(Duration.between(now, instant));
		return this.clock.instant();
	}

	/** The adjustable clock: its base, moved ahead by the offset. */
	private final class Moved extends Clock {

		@Override
		public Instant instant() {
			return ServiceClock.this.base.instant().plus(ServiceClock.this.offset);
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

	/** A move that would take the clock backwards, which the catalog cannot follow. */
	static final class ClockMovedBackwardsException extends RuntimeException {

		private final Instant now;

		private final Instant requested;

		ClockMovedBackwardsException(Instant now, Instant requested) {
			super("The clock only moves forward: it reads " + now + " and cannot be set to " + requested + ".");
			this.now = now;
			this.requested = requested;
		}

		Instant now() {
			return this.now;
		}

		Instant requested() {
			return this.requested;
		}

	}

}
