package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.Instant;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;

/**
 * SMS reminder: for a type with an SMS reminder, the reminder is due at start minus the
 * lead (default 48 hours of elapsed time, exact across daylight-saving changes). A time
 * booked at or before that instant gets the reminder; a time booked after it was booked
 * inside the reminder window and gets none. The type's flag wins over time, and it is the
 * flag of the type as it is when the reminder is due: the caller passes the type's
 * version in force at {@link #dueAt(Instant)}, so a type that loses (or gains) its
 * reminder before then sends none (or one).
 */
public final class SmsReminderRule {

	private final Duration lead;

	public SmsReminderRule(Duration lead) {
		this.lead = lead;
	}

	/** When the reminder for a time starting at this instant is due. */
	public Instant dueAt(Instant start) {
		return start.minus(this.lead);
	}

	public SmsReminderDecision evaluate(AppointmentTypeDetails type, Instant start, Instant bookedAt) {
		if (!type.smsReminder()) {
			return new SmsReminderDecision(false, SmsReminderReason.NO_SMS_REMINDER_FOR_TYPE, null);
		}
		Instant sendAt = dueAt(start);
		if (bookedAt.isAfter(sendAt)) {
			return new SmsReminderDecision(false, SmsReminderReason.BOOKED_INSIDE_REMINDER_WINDOW, sendAt);
		}
		return new SmsReminderDecision(true, SmsReminderReason.SCHEDULED, sendAt);
	}

	/**
	 * The outcome of the SMS reminder rule.
	 *
	 * @param scheduled whether the reminder goes out
	 * @param reason why
	 * @param sendAt when the reminder is due for this start, or {@code null} when the
	 * type has no SMS reminder
	 */
	public record SmsReminderDecision(boolean scheduled, SmsReminderReason reason, Instant sendAt) {
	}

}
