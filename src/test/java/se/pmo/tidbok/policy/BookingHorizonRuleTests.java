package se.pmo.tidbok.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.pmo.tidbok.policy.BookingHorizonRule.BookingDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pmo.tidbok.policy.RuleFixtures.DIREKT;
import static se.pmo.tidbok.policy.RuleFixtures.HIDDEN_1177;
import static se.pmo.tidbok.policy.RuleFixtures.LAKARE_BESOK;
import static se.pmo.tidbok.policy.RuleFixtures.VACCINATION;

class BookingHorizonRuleTests {

	private final BookingHorizonRule rule = new BookingHorizonRule(56, ZoneId.of("Europe/Stockholm"));

	@ParameterizedTest(name = "at {0}, start {1}: {2}")
	@CsvSource({
			// Spring: evaluated in winter time (CET), the last day (2026-05-15) is in
			// summer time (CEST).
			"2026-03-20T09:30:00+01:00, 2026-05-15T23:59:00+02:00, ALLOWED",
			"2026-03-20T09:30:00+01:00, 2026-05-15T23:59:59.999999999+02:00, ALLOWED",
			"2026-03-20T09:30:00+01:00, 2026-05-16T00:00:00+02:00, BEYOND_HORIZON",
			"2026-03-20T09:30:00+01:00, 2026-05-16T00:00:01+02:00, BEYOND_HORIZON",
			// The 56th day starts at 00:00 local time, which is 22:00 UTC the day before.
			"2026-03-20T09:30:00+01:00, 2026-05-15T00:00:00+02:00, ALLOWED",
			// Autumn: evaluated in summer time, the last day (2026-11-25) is in winter
			// time.
			"2026-09-30T10:00:00+02:00, 2026-11-25T23:59:00+01:00, ALLOWED",
			"2026-09-30T10:00:00+02:00, 2026-11-26T00:00:00+01:00, BEYOND_HORIZON",
			// Today is bookable for times still ahead, to the nanosecond.
			"2026-03-20T09:30:00+01:00, 2026-03-20T09:30:00.000000001+01:00, ALLOWED",
			"2026-03-20T09:30:00+01:00, 2026-03-20T09:30:01+01:00, ALLOWED",
			"2026-03-20T09:30:00+01:00, 2026-03-20T09:30:00+01:00, IN_THE_PAST",
			"2026-03-20T09:30:00+01:00, 2026-03-20T09:29:59+01:00, IN_THE_PAST",
			"2026-03-20T09:30:00+01:00, 2025-12-24T15:00:00+01:00, IN_THE_PAST",
			// Times across both daylight-saving changes inside the horizon.
			"2026-03-20T09:30:00+01:00, 2026-03-29T03:00:00+02:00, ALLOWED",
			"2026-10-01T09:30:00+02:00, 2026-10-25T02:30:00+01:00, ALLOWED" })
	void bookableTypeFollowsTheHorizonInStockholmDays(OffsetDateTime at, OffsetDateTime start, BookingReason reason) {
		BookingDecision decision = this.rule.evaluate(LAKARE_BESOK, start.toInstant(), at.toInstant());
		assertThat(decision.reason()).isEqualTo(reason);
		assertThat(decision.allowed()).isEqualTo(reason == BookingReason.ALLOWED);
	}

	@Test
	void lastBookableDateIsTodayInStockholmPlus56Days() {
		BookingDecision decision = this.rule.evaluate(LAKARE_BESOK, Instant.parse("2026-04-01T08:00:00Z"),
				Instant.parse("2026-03-20T08:30:00Z"));
		assertThat(decision.lastBookableDate()).isEqualTo(LocalDate.parse("2026-05-15"));
	}

	@Test
	void todayIsTheStockholmDateNotTheUtcDate() {
		// 23:30 UTC on 20 March is already 00:30 on 21 March in Stockholm.
		Instant at = Instant.parse("2026-03-20T23:30:00Z");
		assertThat(this.rule.window(at)).isEqualTo(
				new BookingHorizonRule.BookingWindow(LocalDate.parse("2026-03-21"), LocalDate.parse("2026-05-16")));
		assertThat(this.rule.evaluate(LAKARE_BESOK, Instant.parse("2026-05-16T21:59:59Z"), at).reason())
			.isEqualTo(BookingReason.ALLOWED);
		assertThat(this.rule.evaluate(LAKARE_BESOK, Instant.parse("2026-05-16T22:00:00Z"), at).reason())
			.isEqualTo(BookingReason.BEYOND_HORIZON);
	}

	@Test
	void typesNotBookableOnlineAreRefusedWhateverTheTime() {
		Instant at = Instant.parse("2026-03-20T08:30:00Z");
		Instant tomorrow = Instant.parse("2026-03-21T08:30:00Z");
		Instant past = Instant.parse("2026-03-19T08:30:00Z");
		Instant farAhead = Instant.parse("2027-03-21T08:30:00Z");
		for (var type : new se.pmo.tidbok.catalog.AppointmentTypeDetails[] { VACCINATION, DIREKT, HIDDEN_1177 }) {
			for (Instant start : new Instant[] { tomorrow, past, farAhead }) {
				BookingDecision decision = this.rule.evaluate(type, start, at);
				assertThat(decision.allowed()).isFalse();
				assertThat(decision.reason()).isEqualTo(BookingReason.NOT_BOOKABLE_ONLINE);
				assertThat(decision.lastBookableDate()).isNull();
			}
		}
	}

	@Test
	void horizonIsAParameter() {
		BookingHorizonRule oneWeek = new BookingHorizonRule(7, ZoneId.of("Europe/Stockholm"));
		Instant at = Instant.parse("2026-03-20T08:30:00Z");
		assertThat(oneWeek.evaluate(LAKARE_BESOK, Instant.parse("2026-03-27T22:59:59Z"), at).reason())
			.isEqualTo(BookingReason.ALLOWED);
		assertThat(oneWeek.evaluate(LAKARE_BESOK, Instant.parse("2026-03-27T23:00:00Z"), at).reason())
			.isEqualTo(BookingReason.BEYOND_HORIZON);
	}

}
