package se.pmo.tidbok.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogProperties;

/**
 * The whole application on a random port (and a random management port), on a real
 * PostgreSQL, with the local administrator, bearer tokens from the test issuer of
 * {@link JwtTestKeys} checked as in production, and the clock at {@link #NOW} (a
 * {@link MutableClock} that a test may move, and then resets). Every test class with this
 * annotation shares one context (and so one PostgreSQL): a class that changes the catalog
 * restores the seed after each test with {@link CatalogReset#restoreSeed()}, so no test
 * sees another's changes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=1000", "management.server.port=0",
				"spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/test-issuer.pub",
				"spring.security.oauth2.resourceserver.jwt.audiences=" + JwtTestKeys.AUDIENCE,
				"tidbok.security.jwt.issuer=" + JwtTestKeys.ISSUER })
@Import({ TestDatabaseConfiguration.class, IntegrationTest.FixedClock.class })
@ActiveProfiles("local")
public @interface IntegrationTest {

	/** The instant the application's clock reads during integration tests. */
	String NOW = "2026-03-20T08:30:00Z";

	@TestConfiguration(proxyBeanMethods = false)
	class FixedClock {

		/**
		 * Reads {@link #NOW} unless a test moves it; a test that moves it puts it back
		 * after itself.
		 */
		@Bean
		@Primary
		MutableClock fixedClock() {
			return new MutableClock(Instant.parse(NOW));
		}

		/**
		 * An HTTP client for the running application; lazy, as the port is known only
		 * once it runs.
		 */
		@Bean
		CatalogReset catalogReset(JdbcTemplate jdbc, TransactionTemplate transaction, Catalog catalog,
				MutableClock clock) {
			return new CatalogReset(jdbc, transaction, catalog, clock);
		}

		@Bean
		ImmediateChangesTakeEffect immediateChangesTakeEffect(JdbcTemplate jdbc, MutableClock clock,
				CatalogProperties properties) {
			return new ImmediateChangesTakeEffect(jdbc, clock, properties.propagationDelay());
		}

		@Bean
		@Lazy
		Api api(@Value("${local.server.port}") int port) {
			return new Api(port);
		}

		/**
		 * An HTTP client for the management port (Actuator), new for each test class: the
		 * management server gets a new port whenever a cached context is paused and
		 * started again.
		 */
		@Bean
		@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
		Api managementApi(@Value("${local.management.port}") int port) {
			return new Api(port);
		}

	}

}
