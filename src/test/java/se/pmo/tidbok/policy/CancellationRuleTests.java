package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pmo.tidbok.policy.RuleFixtures.DIREKT;
import static se.pmo.tidbok.policy.RuleFixtures.LAKARE_BESOK;
import static se.pmo.tidbok.policy.RuleFixtures.MED_TOLK;

class CancellationRuleTests {

	private final CancellationRule rule = new CancellationRule(Duration.ofHours(24));

	@ParameterizedTest(name = "start {0}, at {1}: {2}")
	@CsvSource({
			// An ordinary day: the deadline is exactly 24 h before, and that instant is
			// still allowed.
			"2026-02-10T10:00:00+01:00, 2026-02-09T10:00:00+01:00, ALLOWED",
			"2026-02-10T10:00:00+01:00, 2026-02-09T09:59:59+01:00, ALLOWED",
			"2026-02-10T10:00:00+01:00, 2026-02-09T09:59:59.999999999+01:00, ALLOWED",
			"2026-02-10T10:00:00+01:00, 2026-02-09T10:00:00.000000001+01:00, CUTOFF_PASSED",
			"2026-02-10T10:00:00+01:00, 2026-02-09T10:00:01+01:00, CUTOFF_PASSED",
			// 29 March 2026, clocks go forward: 24 elapsed hours before 10:00 CEST is
			// 09:00 CET the day before.
			"2026-03-29T10:00:00+02:00, 2026-03-28T09:00:00+01:00, ALLOWED",
			"2026-03-29T10:00:00+02:00, 2026-03-28T08:59:59+01:00, ALLOWED",
			"2026-03-29T10:00:00+02:00, 2026-03-28T09:00:00.000000001+01:00, CUTOFF_PASSED",
			"2026-03-29T10:00:00+02:00, 2026-03-28T09:00:01+01:00, CUTOFF_PASSED",
			"2026-03-29T10:00:00+02:00, 2026-03-28T10:00:00+01:00, CUTOFF_PASSED",
			// 25 October 2026, clocks go back: 24 elapsed hours before 10:00 CET is 11:00
			// CEST the day before.
			"2026-10-25T10:00:00+01:00, 2026-10-24T11:00:00+02:00, ALLOWED",
			"2026-10-25T10:00:00+01:00, 2026-10-24T10:59:59+02:00, ALLOWED",
			"2026-10-25T10:00:00+01:00, 2026-10-24T11:00:00.000000001+02:00, CUTOFF_PASSED",
			"2026-10-25T10:00:00+01:00, 2026-10-24T11:00:01+02:00, CUTOFF_PASSED",
			// A start in the past is past every cutoff.
			"2026-03-01T10:00:00+01:00, 2026-03-20T09:30:00+01:00, CUTOFF_PASSED" })
	void cancellableTypeMayBeCancelledUntil24ElapsedHoursBefore(OffsetDateTime start, OffsetDateTime at,
			CancellationReason reason) {
		CutoffDecision<CancellationReason> decision = this.rule.evaluate(LAKARE_BESOK, start.toInstant(),
				at.toInstant());
		assertThat(decision.reason()).isEqualTo(reason);
		assertThat(decision.allowed()).isEqualTo(reason == CancellationReason.ALLOWED);
		assertThat(decision.deadline()).isEqualTo(start.toInstant().minus(Duration.ofHours(24)));
	}

	@Test
	void deadlineOfAStartAfterTheSpringChangeIsNineOClockWinterTime() {
		CutoffDecision<CancellationReason> decision = this.rule.evaluate(LAKARE_BESOK,
				Instant.parse("2026-03-29T08:00:00Z"), Instant.parse("2026-03-20T08:30:00Z"));
		assertThat(decision.deadline()).isEqualTo(OffsetDateTime.parse("2026-03-28T09:00:00+01:00").toInstant());
	}

	@Test
	void mottagningstidMedTolkIsNeverCancellableByThePatient() {
		CutoffDecision<CancellationReason> decision = this.rule.evaluate(MED_TOLK,
				Instant.parse("2026-06-01T08:00:00Z"), Instant.parse("2026-03-20T08:30:00Z"));
		assertThat(decision.allowed()).isFalse();
		assertThat(decision.reason()).isEqualTo(CancellationReason.NOT_CANCELLABLE_BY_PATIENT);
		assertThat(decision.deadline()).isNull();
	}

	@Test
	void flagWinsOverTimeInsideTheCutoff() {
		CutoffDecision<CancellationReason> decision = this.rule.evaluate(DIREKT, Instant.parse("2026-03-20T09:00:00Z"),
				Instant.parse("2026-03-20T08:30:00Z"));
		assertThat(decision.reason()).isEqualTo(CancellationReason.NOT_CANCELLABLE_BY_PATIENT);
	}

}
