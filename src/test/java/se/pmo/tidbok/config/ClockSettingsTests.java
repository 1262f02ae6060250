package se.pmo.tidbok.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import se.pmo.tidbok.time.CalendarZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * How {@code tidbok.clock.fixed} and {@code tidbok.clock.adjustable} set the service's
 * clock, and that a value that cannot be read stops the start with the property's name.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClockSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ClockOnly.class);

	@Test
	void withoutThePropertiesTheClockIsTheSystemsAndNothingAnnouncesIt(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
			assertThat(context.getBean(ServiceClock.class).mode()).isEqualTo(ServiceClock.Mode.SYSTEM);
			assertThat(context).doesNotHaveBean(ClockEndpoint.class);
			assertThat(context.getBean(FilterRegistrationBean.class).isEnabled()).isFalse();
		});
		assertThat(output).doesNotContain("The clock is");
	}

	@Test
	void aFixedClockStandsStillAtTheInstantAndWarns(CapturedOutput output) {
		// The second 02:30 of the autumn change, given with its offset.
		this.runner.withPropertyValues("tidbok.clock.fixed=2026-10-25T02:30:00+01:00").run((context) -> {
			assertThat(context.getBean(Clock.class).instant()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
			assertThat(context.getBean(ServiceClock.class).mode()).isEqualTo(ServiceClock.Mode.FIXED);
			assertThat(context).doesNotHaveBean(ClockEndpoint.class);
			assertThat(context.getBean(FilterRegistrationBean.class).isEnabled()).isTrue();
		});
		assertThat(output).contains("WARN")
			.contains("The clock is fixed at 2026-10-25T02:30:00+01:00 (tidbok.clock.fixed)");
	}

	@Test
	void anAdjustableClockWithoutAnInstantRunsFromTheSystemsTime(CapturedOutput output) {
		this.runner.withPropertyValues("tidbok.clock.adjustable=true").run((context) -> {
			ServiceClock clock = context.getBean(ServiceClock.class);
			assertThat(clock.mode()).isEqualTo(ServiceClock.Mode.ADJUSTABLE);
			assertThat(clock.standsStill()).isFalse();
			assertThat(context).hasSingleBean(ClockEndpoint.class);
			Instant before = Clock.systemUTC().instant();
			Instant moved = clock.advance(Duration.ofDays(3));
			assertThat(moved).isAfterOrEqualTo(before.plus(Duration.ofDays(3)));
			assertThat(context.getBean(Clock.class).instant()).isAfterOrEqualTo(moved);
		});
		assertThat(output).contains("The clock is adjustable (tidbok.clock.adjustable=true), running at");
	}

	@Test
	void unreadableOrNonexistentTimesStopTheStartNamingTheProperty() {
		for (String value : new String[] { "10 December", "2026-13-10T09:00", "2026-03-29T02:30",
				"2026-10-25T02:30" }) {
			this.runner.withPropertyValues("tidbok.clock.fixed=" + value).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("tidbok.clock.fixed");
			});
		}
	}

	@Test
	void theClockOnlyMovesForwardAndARefusedMoveLeavesItWhereItWas() {
		ServiceClock clock = ServiceClock.fixed(Instant.parse("2026-12-10T08:00:00Z"), true);
		assertThatException().isThrownBy(() -> clock.set(Instant.parse("2026-12-10T07:59:59.999999Z")))
			.isInstanceOf(ServiceClock.ClockMovedBackwardsException.class);
		assertThatException().isThrownBy(() -> clock.advance(Duration.ofNanos(-1)))
			.isInstanceOf(ServiceClock.ClockMovedBackwardsException.class);
		assertThatException().isThrownBy(() -> clock.advance(Duration.ofDays(3_000_000)));
		assertThat(clock.clock().instant()).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
		assertThat(clock.set(Instant.parse("2026-12-10T08:00:00Z"))).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
		assertThat(clock.advance(Duration.ofHours(2))).isEqualTo(Instant.parse("2026-12-10T10:00:00Z"));
		assertThat(clock.clock().instant()).isEqualTo(Instant.parse("2026-12-10T10:00:00Z"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ClockProperties.class)
	@Import(ClockConfiguration.class)
	static class ClockOnly {

		@Bean
		CalendarZone calendarZone() {
			return new CalendarZone(ZoneId.of("Europe/Stockholm"));
		}

	}

}
