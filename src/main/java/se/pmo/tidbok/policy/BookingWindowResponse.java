package se.pmo.tidbok.policy;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The dates on which bookable times are offered, shaped for the national
 * GetAvailableTimeslots date range.
 */
@Schema(name = "BookingWindow",
		description = "The date range (both dates inclusive) to ask for available timeslots in.")
public record BookingWindowResponse(
		@Schema(description = "Calendar the dates are in", example = "Europe/Stockholm") String zone,
		@Schema(description = "Today; only times still ahead are bookable on it",
				example = "2026-03-20") LocalDate firstBookableDate,
		@Schema(description = "Today + horizonDays; bookable all day",
				example = "2026-05-15") LocalDate lastBookableDate,
		@Schema(description = "The booking horizon in days", example = "56") int horizonDays) {
}
