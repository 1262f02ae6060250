package se.pmo.tidbok.policy;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The rule parameters in force, and each rule in one sentence.
 */
@Schema(name = "Rules", description = "The 1177 patient rules as this service applies them now.")
public record RulesResponse(
		@Schema(description = "Calendar used where a day matters", example = "Europe/Stockholm") String zone,
		@Schema(description = "How far ahead times are offered, ISO-8601", example = "P56D") String bookingHorizon,
		@Schema(description = "How long before the start the patient may still cancel or rebook, ISO-8601",
				example = "PT24H") String cancellationCutoff,
		@Schema(description = "How long before the start the SMS reminder goes out, ISO-8601",
				example = "PT48H") String smsReminderLead,
		@Schema(description = "The catalog revision: bumped by every change to the catalog",
				example = "1") long catalogRevision,
		List<Rule> rules, @Schema(description = "The clock the answers without `at` use: the system's in production; "
				+ "fixed or adjustable only where a test set-up pins it (`tidbok.clock.*`)") ClockReading clock) {

	@Schema(name = "ClockReading")
	public record ClockReading(
			@Schema(description = "`system` in production; `fixed` (stands still) or `adjustable` "
					+ "(moved through the management port) in a test set-up",
					allowableValues = {
							"system", "fixed", "adjustable" },
					example = "system") String mode,
			@Schema(description = "What the clock read when this answer was made",
					example = "2026-03-20T09:30:00+01:00") OffsetDateTime instant){
	}

	@Schema(name = "Rule")
	public record Rule(
			@Schema(description = "Stable identifier of the rule", example = "cancellation-cutoff") String id,
			@Schema(description = "The rule in Swedish") String sv,
			@Schema(description = "The rule in English") String en) {
	}

}
