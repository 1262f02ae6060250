package se.pmo.tidbok.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The one way tests and local runs get PostgreSQL: Spring Boot's DataSource, Flyway and
 * JPA connect to the {@link TestDatabase} through its connection details.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	TestDatabase testDatabase() {
		return TestDatabase.start();
	}

	@Bean
	JdbcConnectionDetails jdbcConnectionDetails(TestDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

		};
	}

}
