package se.pmo.tidbok.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;

/**
 * Booking horizon: a patient may book a time when the type is bookable through the 1177
 * e-services, the start is strictly after the evaluation instant, and the start's
 * calendar date (in the configured zone) is no later than the evaluation instant's date
 * plus the horizon (default 56 days). The last day is bookable all day; today is bookable
 * for times still ahead. The type's flag is checked before time.
 */
public final class BookingHorizonRule {

	private final int horizonDays;

	private final ZoneId zone;

	public BookingHorizonRule(int horizonDays, ZoneId zone) {
		this.horizonDays = horizonDays;
		this.zone = zone;
	}

	public BookingDecision evaluate(AppointmentTypeDetails type, Instant start, Instant at) {
		if (!type.bookableOnline()) {
			return new BookingDecision(false, BookingReason.NOT_BOOKABLE_ONLINE, null);
		}
		LocalDate lastBookableDate = lastBookableDate(at);
		if (!start.isAfter(at)) {
			return new BookingDecision(false, BookingReason.IN_THE_PAST, lastBookableDate);
		}
		if (start.atZone(this.zone).toLocalDate().isAfter(lastBookableDate)) {
			return new BookingDecision(false, BookingReason.BEYOND_HORIZON, lastBookableDate);
		}
		return new BookingDecision(true, BookingReason.ALLOWED, lastBookableDate);
	}

	/**
	 * The first and last calendar dates (both inclusive) on which times may be offered.
	 */
	public BookingWindow window(Instant at) {
		return new BookingWindow(at.atZone(this.zone).toLocalDate(), lastBookableDate(at));
	}

	private LocalDate lastBookableDate(Instant at) {
		return at.atZone(this.zone).toLocalDate().plusDays(this.horizonDays);
	}

	/**
	 * The outcome of the booking rule.
	 *
	 * @param allowed whether the patient may book
	 * @param reason why
	 * @param lastBookableDate the last date a time may start on, or {@code null} when the
	 * type cannot be booked online at all
	 */
	public record BookingDecision(boolean allowed, BookingReason reason, LocalDate lastBookableDate) {
	}

	/**
	 * The dates on which times are offered, both inclusive.
	 *
	 * @param firstBookableDate today in the configured zone
	 * @param lastBookableDate today plus the horizon
	 */
	public record BookingWindow(LocalDate firstBookableDate, LocalDate lastBookableDate) {
	}

}
