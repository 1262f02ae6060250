package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pmo.tidbok.policy.RuleFixtures.LAKARE_BESOK;
import static se.pmo.tidbok.policy.RuleFixtures.MED_TOLK;
import static se.pmo.tidbok.policy.RuleFixtures.VACCINATION;

class RebookingRuleTests {

	private final RebookingRule rule = new RebookingRule(Duration.ofHours(24));

	@ParameterizedTest(name = "start {0}, at {1}: {2}")
	@CsvSource({ "2026-02-10T10:00:00+01:00, 2026-02-09T10:00:00+01:00, ALLOWED",
			"2026-02-10T10:00:00+01:00, 2026-02-09T09:59:59+01:00, ALLOWED",
			"2026-02-10T10:00:00+01:00, 2026-02-09T10:00:00.000000001+01:00, CUTOFF_PASSED",
			"2026-02-10T10:00:00+01:00, 2026-02-09T10:00:01+01:00, CUTOFF_PASSED",
			"2026-03-29T10:00:00+02:00, 2026-03-28T09:00:00+01:00, ALLOWED",
			"2026-03-29T10:00:00+02:00, 2026-03-28T08:59:59.999999999+01:00, ALLOWED",
			"2026-03-29T10:00:00+02:00, 2026-03-28T09:00:00.000000001+01:00, CUTOFF_PASSED",
			"2026-03-29T10:00:00+02:00, 2026-03-28T09:00:01+01:00, CUTOFF_PASSED",
			"2026-10-25T10:00:00+01:00, 2026-10-24T11:00:00+02:00, ALLOWED",
			"2026-10-25T10:00:00+01:00, 2026-10-24T10:59:59+02:00, ALLOWED",
			"2026-10-25T10:00:00+01:00, 2026-10-24T11:00:00.000000001+02:00, CUTOFF_PASSED",
			"2026-10-25T10:00:00+01:00, 2026-10-24T11:00:01+02:00, CUTOFF_PASSED",
			"2026-03-01T10:00:00+01:00, 2026-03-20T09:30:00+01:00, CUTOFF_PASSED" })
	void rebookableTypeMayBeRebookedUntilTheCancellationCutoff(OffsetDateTime start, OffsetDateTime at,
			RebookingReason reason) {
		CutoffDecision<RebookingReason> decision = this.rule.evaluate(LAKARE_BESOK, start.toInstant(), at.toInstant());
		assertThat(decision.reason()).isEqualTo(reason);
		assertThat(decision.allowed()).isEqualTo(reason == RebookingReason.ALLOWED);
		assertThat(decision.deadline()).isEqualTo(start.toInstant().minus(Duration.ofHours(24)));
	}

	@Test
	void typeThatIsNotRebookableIsRefusedEvenWellBeforeTheCutoff() {
		for (var type : new se.pmo.tidbok.catalog.AppointmentTypeDetails[] { VACCINATION, MED_TOLK }) {
			CutoffDecision<RebookingReason> decision = this.rule.evaluate(type, Instant.parse("2026-06-01T08:00:00Z"),
					Instant.parse("2026-03-20T08:30:00Z"));
			assertThat(decision.allowed()).isFalse();
			assertThat(decision.reason()).isEqualTo(RebookingReason.NOT_REBOOKABLE_BY_PATIENT);
			assertThat(decision.deadline()).isNull();
		}
	}

}
