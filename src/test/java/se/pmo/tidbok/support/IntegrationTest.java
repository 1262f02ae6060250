package se.pmo.tidbok.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, on a real PostgreSQL, with the local
 * administrator and the clock pinned to {@link #NOW}. Test classes with the same
 * annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, IntegrationTest.FixedClock.class })
@ActiveProfiles("local")
public @interface IntegrationTest {

	/** The instant the application's clock reads during integration tests. */
	String NOW = "2026-03-20T08:30:00Z";

	@TestConfiguration(proxyBeanMethods = false)
	class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);
		}

		/**
		 * An HTTP client for the running application; lazy, as the port is known only
		 * once it runs.
		 */
		@Bean
		@Lazy
		Api api(@Value("${local.server.port}") int port) {
			return new Api(port);
		}

	}

}
