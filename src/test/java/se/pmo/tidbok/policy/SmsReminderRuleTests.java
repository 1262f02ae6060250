package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.pmo.tidbok.policy.SmsReminderRule.SmsReminderDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pmo.tidbok.policy.RuleFixtures.DIREKT;
import static se.pmo.tidbok.policy.RuleFixtures.MED_TOLK;

class SmsReminderRuleTests {

	private final SmsReminderRule rule = new SmsReminderRule(Duration.ofHours(48));

	@ParameterizedTest(name = "start {0}, booked {1}: {2}")
	@CsvSource({
			// Booked exactly when the reminder is due still gets it.
			"2026-02-10T10:00:00+01:00, 2026-02-08T10:00:00+01:00, SCHEDULED, 2026-02-08T10:00:00+01:00",
			"2026-02-10T10:00:00+01:00, 2026-02-08T09:59:59+01:00, SCHEDULED, 2026-02-08T10:00:00+01:00",
			"2026-02-10T10:00:00+01:00, 2026-02-08T10:00:00.000000001+01:00, BOOKED_INSIDE_REMINDER_WINDOW, 2026-02-08T10:00:00+01:00",
			"2026-02-10T10:00:00+01:00, 2026-02-08T10:00:01+01:00, BOOKED_INSIDE_REMINDER_WINDOW, 2026-02-08T10:00:00+01:00",
			// Spring change between send and start: 48 elapsed hours before 10:00 CEST is
			// 09:00 CET.
			"2026-03-29T10:00:00+02:00, 2026-03-27T09:00:00+01:00, SCHEDULED, 2026-03-27T09:00:00+01:00",
			"2026-03-29T10:00:00+02:00, 2026-03-27T08:59:59+01:00, SCHEDULED, 2026-03-27T09:00:00+01:00",
			"2026-03-29T10:00:00+02:00, 2026-03-27T09:00:00.000000001+01:00, BOOKED_INSIDE_REMINDER_WINDOW, 2026-03-27T09:00:00+01:00",
			"2026-03-29T10:00:00+02:00, 2026-03-27T09:00:01+01:00, BOOKED_INSIDE_REMINDER_WINDOW, 2026-03-27T09:00:00+01:00",
			// Autumn change: 48 elapsed hours before 10:00 CET is 11:00 CEST.
			"2026-10-26T10:00:00+01:00, 2026-10-24T11:00:00+02:00, SCHEDULED, 2026-10-24T11:00:00+02:00",
			"2026-10-26T10:00:00+01:00, 2026-10-24T10:59:59+02:00, SCHEDULED, 2026-10-24T11:00:00+02:00",
			"2026-10-26T10:00:00+01:00, 2026-10-24T11:00:00.000000001+02:00, BOOKED_INSIDE_REMINDER_WINDOW, 2026-10-24T11:00:00+02:00",
			"2026-10-26T10:00:00+01:00, 2026-10-24T11:00:01+02:00, BOOKED_INSIDE_REMINDER_WINDOW, 2026-10-24T11:00:00+02:00" })
	void reminderIsDue48ElapsedHoursBeforeTheStart(OffsetDateTime start, OffsetDateTime bookedAt,
			SmsReminderReason reason, OffsetDateTime sendAt) {
		SmsReminderDecision decision = this.rule.evaluate(MED_TOLK, start.toInstant(), bookedAt.toInstant());
		assertThat(decision.reason()).isEqualTo(reason);
		assertThat(decision.scheduled()).isEqualTo(reason == SmsReminderReason.SCHEDULED);
		assertThat(decision.sendAt()).isEqualTo(sendAt.toInstant());
	}

	@Test
	void typeWithoutSmsReminderGetsNone() {
		SmsReminderDecision decision = this.rule.evaluate(DIREKT, Instant.parse("2026-06-01T08:00:00Z"),
				Instant.parse("2026-03-20T08:30:00Z"));
		assertThat(decision.scheduled()).isFalse();
		assertThat(decision.reason()).isEqualTo(SmsReminderReason.NO_SMS_REMINDER_FOR_TYPE);
		assertThat(decision.sendAt()).isNull();
	}

}
