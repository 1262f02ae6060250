package se.pmo.tidbok.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import se.pmo.tidbok.catalog.HostClock;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeInput;

/**
 * The one source of the current time. Code reads the time only through the {@link Clock}
 * bean, so tests can pin it to a literal instant. It is the system's clock unless
 * {@link ClockProperties} pin it or make it adjustable, which the service announces at
 * start-up, in the management health, in {@code getRules} and on every answer.
 */
@Configuration(proxyBeanMethods = false)
@Import(ClockConfiguration.AdjustableClockEndpoint.class)
class ClockConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ClockConfiguration.class);

	@Bean
	ServiceClock serviceClock(ClockProperties properties, CalendarZone calendarZone) {
		if (!properties.pinned() && !properties.adjustable()) {
			return ServiceClock.system(Clock.systemUTC());
		}
		ServiceClock clock;
		if (properties.pinned()) {
			clock = ServiceClock.fixed(fixedInstant(properties.fixed(), calendarZone.zone()), properties.adjustable());
		}
		else {
			clock = ServiceClock.adjustable(Clock.systemUTC());
		}
		String reading = ServiceClock.local(clock.clock().instant(), calendarZone.zone());
		if (clock.mode() == ServiceClock.Mode.FIXED) {
			logger.warn("The clock is fixed at {} ({}): every answer uses that time, not the system's. "
					+ "For integration tests only, never in production.", reading, ClockProperties.FIXED);
		}
		else {
			logger.warn(
					"The clock is adjustable ({}=true), {} at {}: POST /actuator/clock on the management port moves "
							+ "it forward and POST /actuator/catalogreset puts the catalog back to its seed. "
							+ "For integration tests only, never in production.",
					ClockProperties.ADJUSTABLE, clock.standsStill() ? "standing still" : "running", reading);
		}
		return clock;
	}

	private static Instant fixedInstant(String value, ZoneId zone) {
		try {
			return TimeInput.parse(ClockProperties.FIXED, value, zone);
		}
		catch (InvalidTimeException ex) {
			throw new IllegalStateException("Invalid " + ClockProperties.FIXED + "=" + value + ": " + ex.getMessage(),
					ex);
		}
	}

	@Bean
	Clock clock(ServiceClock serviceClock) {
		return serviceClock.clock();
	}

	/** The host's clock, for the check of its skew from PostgreSQL's only. */
	@Bean
	HostClock hostClock() {
		return new HostClock(Clock.systemUTC());
	}

	/** The clock's mode and reading, on the management port's health. */
	@Bean
	HealthIndicator clockHealthIndicator(ServiceClock serviceClock, Clock clock, CalendarZone calendarZone) {
		return () -> Health.up()
			.withDetail("mode", serviceClock.mode().label())
			.withDetail("instant", ServiceClock.local(clock.instant(), calendarZone.zone()))
			.build();
	}

	/**
	 * Names the clock on every answer while it is not the system's; with the system's
	 * clock the filter is not registered at all, so production requests pass one filter
	 * fewer than this list.
	 */
	@Bean
	FilterRegistrationBean<ClockHeaderFilter> clockHeaderFilter(ServiceClock serviceClock, Clock clock,
			CalendarZone calendarZone) {
		FilterRegistrationBean<ClockHeaderFilter> registration = new FilterRegistrationBean<>(
				new ClockHeaderFilter(serviceClock.mode(), clock, calendarZone.zone()));
		registration.setEnabled(!serviceClock.isSystem());
		// Before the request guard and the catalog fast path, which may answer
		// themselves.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	/**
	 * The clock's actuator endpoint, only while the clock is adjustable. Registered by a
	 * registrar rather than under a condition: a registrar is asked where the service
	 * runs, also when its bean definitions were generated at build time (Spring AOT, as
	 * the image starts it), where a condition would have been decided by the build's
	 * properties.
	 */
	static class AdjustableClockEndpoint implements BeanRegistrar {

		@Override
		public void register(BeanRegistry registry, Environment environment) {
			if (environment.getProperty(ClockProperties.ADJUSTABLE, Boolean.class, false)) {
				registry.registerBean("clockEndpoint", ClockEndpoint.class,
						(endpoint) -> endpoint.supplier((context) -> new ClockEndpoint(context.bean(ServiceClock.class),
								context.bean(CalendarZone.class).zone())));
			}
		}

	}

}
