package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The parameters of the 1177 patient rules, with the defaults of the PMO source document.
 * Invalid values stop the application at start-up with a message naming the property. The
 * calendar where a day matters ({@code tidbok.rules.zone}, the booking horizon's) is the
 * time module's {@link se.pmo.tidbok.time.CalendarZone}.
 *
 * @param bookingHorizon how many calendar days ahead times are offered (whole days only)
 * @param cancellationCutoff how long before the start the patient may still cancel or
 * rebook
 * @param smsReminderLead how long before the start the SMS reminder goes out
 */
@ConfigurationProperties("tidbok.rules")
public record RulesProperties(@DefaultValue("56d") Period bookingHorizon,
		@DefaultValue("24h") Duration cancellationCutoff, @DefaultValue("48h") Duration smsReminderLead) {

	public RulesProperties {
		if (bookingHorizon.getYears() != 0 || bookingHorizon.getMonths() != 0 || bookingHorizon.getDays() < 0) {
			throw new IllegalArgumentException(
					"tidbok.rules.booking-horizon must be a whole, non-negative number of days, e.g. 56d, not "
							+ bookingHorizon);
		}
		requirePositive("tidbok.rules.cancellation-cutoff", cancellationCutoff);
		requirePositive("tidbok.rules.sms-reminder-lead", smsReminderLead);
	}

	private static void requirePositive(String property, Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(property + " must be a positive duration, e.g. 24h, not " + duration);
		}
	}

	public int bookingHorizonDays() {
		return this.bookingHorizon.getDays();
	}

}
