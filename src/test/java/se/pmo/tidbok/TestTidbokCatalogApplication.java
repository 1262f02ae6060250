package se.pmo.tidbok;

import org.springframework.boot.SpringApplication;

import se.pmo.tidbok.support.TestDatabaseConfiguration;

/**
 * Runs the real application on a throw-away PostgreSQL with the local administrator:
 * {@code ./mvnw spring-boot:test-run}.
 */
public class TestTidbokCatalogApplication {

	public static void main(String[] args) {
		SpringApplication.from(TidbokCatalogApplication::main)
			.with(TestDatabaseConfiguration.class)
			.withAdditionalProfiles("local")
			.run(args);
	}

}
