package se.pmo.tidbok.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A clock other than the system's, for integration tests of the service's clients only;
 * never set in production. Either property makes the service warn at start-up and name
 * its clock on every answer ({@link ClockHeaderFilter}).
 *
 * @param fixed the instant the clock stands still at: ISO-8601 with an offset, or a local
 * time in the rules' zone (as every time the API reads); unset (or blank) for the
 * system's clock
 * @param adjustable whether {@code /actuator/clock} on the management port may move the
 * clock forward (and {@code /actuator/catalogreset} put the catalog back to its seed)
 */
@ConfigurationProperties("tidbok.clock")
record ClockProperties(String fixed, @DefaultValue("false") boolean adjustable) {

	static final String FIXED = "tidbok.clock.fixed";

	static final String ADJUSTABLE = "tidbok.clock.adjustable";

	boolean pinned() {
		return this.fixed != null && !this.fixed.isBlank();
	}

}
