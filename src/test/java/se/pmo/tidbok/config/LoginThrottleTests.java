package se.pmo.tidbok.config;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private static final Instant T = Instant.parse("2026-03-20T08:30:00Z");

	private final LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(1), 100);

	@Test
	void tenFailuresAreAllowedAndTheEleventhAttemptWaitsUntilOneHasAgedOut() {
		for (int i = 0; i < 10; i++) {
			assertThat(this.throttle.waitFor("address:10.0.0.1", T)).isZero();
			this.throttle.failed("address:10.0.0.1", T);
		}
		assertThat(this.throttle.waitFor("address:10.0.0.1", T)).isPositive();
		assertThat(this.throttle.waitFor("address:10.0.0.1", T)).isEqualTo(Duration.ofSeconds(6));
		// One failure ages out every 6 s; from exactly then one more attempt is allowed.
		assertThat(this.throttle.waitFor("address:10.0.0.1", T.plusSeconds(6).minusNanos(1))).isPositive();
		assertThat(this.throttle.waitFor("address:10.0.0.1", T.plusSeconds(6))).isZero();
		assertThat(this.throttle.waitFor("address:10.0.0.2", T)).isZero();
	}

	@Test
	void failuresSpreadOverThePeriodNeverReachTheLimit() {
		for (int i = 0; i < 100; i++) {
			Instant at = T.plusSeconds(6L * i);
			assertThat(this.throttle.waitFor("user:admin", at)).as("attempt %d", i).isZero();
			this.throttle.failed("user:admin", at);
		}
	}

	@Test
	void memoryIsBoundedByForgettingTheLeastRecentlySeen() {
		for (int i = 0; i < 1000; i++) {
			this.throttle.failed("address:10.0." + (i / 256) + "." + (i % 256), T);
		}
		assertThat(this.throttle.tracked()).isEqualTo(100);
	}

}
