package se.pmo.tidbok.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

import se.pmo.tidbok.catalog.web.AppointmentTypeResponse;

/**
 * What a patient may do with one booked (or offered) time, at one instant.
 */
@Schema(name = "Policy",
		description = "What the patient may do with this time at evaluatedAt, and when its SMS reminder goes out. "
				+ "Instants carry the Europe/Stockholm offset of that instant.")
public record PolicyResponse(@Schema(
		description = "The appointment type of the time, as it was at evaluatedAt") AppointmentTypeResponse appointmentType,
		@Schema(description = "When the time starts", example = "2026-03-29T10:00:00+02:00") OffsetDateTime start,
		@Schema(description = "The instant the rules were evaluated at (the 'at' input, or now)",
				example = "2026-03-28T09:00:01+01:00") OffsetDateTime evaluatedAt,
		@Schema(description = "May the patient book this time online now?") Booking booking,
		@Schema(description = "May the patient cancel this time on 1177 now? Set cancel_booking_allowed from it.") Cancellation cancellation,
		@Schema(description = "May the patient rebook this time on 1177 now? Set rebooking_allowed from it.") Rebooking rebooking,
		@Schema(description = "Does the SMS reminder go out for this time, and when?") SmsReminder smsReminder,
		@Schema(description = "The version of the appointment type in force at evaluatedAt, whose flags the rules used (see getAppointmentTypeHistory)",
				example = "0") long appointmentTypeVersion,
		@Schema(description = "The catalog revision the answer was computed from; with evaluatedAt it reproduces the answer",
				example = "7") long catalogRevision,
		@Schema(description = "When the appointment type's next scheduled change takes effect, if one does after evaluatedAt and before start: "
				+ "the decisions hold until then (and until their deadlines), so a client may keep the answer that long and must ask again after it. "
				+ "Null when no change of the type is scheduled before start, e.g. 2026-03-23T00:00:00+01:00 when one is.",
				example = "null", nullable = true) OffsetDateTime validUntil) {

	@Schema(name = "BookingDecision", description = "May the patient book this time through the 1177 e-services now?")
	public record Booking(@Schema(description = "The patient may book the time", example = "true") boolean allowed,
			@Schema(example = "ALLOWED") BookingReason reason,
			@Schema(description = "Last calendar date (Europe/Stockholm) a bookable time may start on; null when the type cannot be booked online",
					example = "2026-05-23", nullable = true) LocalDate lastBookableDate) {
	}

	@Schema(name = "CancellationDecision",
			description = "May the patient cancel this time on 1177 now? Maps to cancel_booking_allowed.")
	public record Cancellation(
			@Schema(description = "The patient may cancel the time", example = "false") boolean allowed,
			@Schema(example = "CUTOFF_PASSED") CancellationReason reason,
			@Schema(description = "Last instant the patient may cancel (start − 24 h, exact); null when the type is not cancellable by the patient",
					example = "2026-03-28T09:00:00+01:00", nullable = true) OffsetDateTime deadline,
			@Schema(description = "Swedish sentence 1177 can show the patient when cancelling is refused; null when allowed",
					example = "Tiden kan inte längre avbokas via 1177 eftersom det är mindre än 24 timmar kvar. Kontakta mottagningen om du behöver avboka. Ett uteblivet besök debiteras.",
					nullable = true) String message) {
	}

	@Schema(name = "RebookingDecision",
			description = "May the patient rebook this time on 1177 now? Maps to rebooking_allowed.")
	public record Rebooking(@Schema(description = "The patient may rebook the time", example = "false") boolean allowed,
			@Schema(example = "CUTOFF_PASSED") RebookingReason reason,
			@Schema(description = "Last instant the patient may rebook (start − 24 h, exact); null when the type is not rebookable by the patient",
					example = "2026-03-28T09:00:00+01:00", nullable = true) OffsetDateTime deadline,
			@Schema(description = "Swedish sentence 1177 can show the patient when rebooking is refused; null when allowed",
					example = "Tiden kan inte längre ombokas via 1177 eftersom det är mindre än 24 timmar kvar. Kontakta mottagningen om du vill byta tid.",
					nullable = true) String message) {
	}

	@Schema(name = "SmsReminderDecision",
			description = "Does an SMS reminder go out for this time, and when? Judged by the type as it is at sendAt (the reminder goes out by that day's rules), not at evaluatedAt.")
	public record SmsReminder(
			@Schema(description = "The reminder goes out at sendAt", example = "true") boolean scheduled,
			@Schema(example = "SCHEDULED") SmsReminderReason reason,
			@Schema(description = "When the reminder is due (start − 48 h, exact); null when the type has no SMS reminder at that instant",
					example = "2026-03-27T09:00:00+01:00", nullable = true) OffsetDateTime sendAt,
			@Schema(description = "The version of the appointment type in force when the reminder is due, whose smsReminder flag decided it "
					+ "(the type's version at evaluatedAt when the type did not exist yet then)",
					example = "0") long appointmentTypeVersion) {
	}

}
