package se.pmo.tidbok.policy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whether and why an SMS reminder goes out for a booked time. A closed set: integrations
 * switch on it.
 */
@Schema(description = """
		SCHEDULED: the reminder goes out at sendAt (48 hours before the start). \
		NO_SMS_REMINDER_FOR_TYPE: times of this type get no SMS reminder. \
		BOOKED_INSIDE_REMINDER_WINDOW: the time was booked after sendAt, so no reminder goes out.""")
public enum SmsReminderReason {

	SCHEDULED, NO_SMS_REMINDER_FOR_TYPE, BOOKED_INSIDE_REMINDER_WINDOW

}
