package se.pmo.tidbok.support;

import java.time.Clock;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import se.pmo.tidbok.TidbokCatalogApplication;

/**
 * A second instance of the service on the integration tests' PostgreSQL, as behind a load
 * balancer, with the same clock as the first, as synchronized hosts have. It is started
 * once, by the first test class that asks for it, and stops with the JVM.
 */
public final class SecondInstance {

	private static ConfigurableApplicationContext context;

	private SecondInstance() {
	}

	/** A client of the second instance, started now if it is not running yet. */
	public static synchronized Api api(TestDatabase database, Clock clock) {
		if (context == null) {
			// Arguments, not default properties: application.yml's management port (8081)
			// would win over a default, and another process on the machine may hold it.
			context = new SpringApplicationBuilder(TidbokCatalogApplication.class).profiles("local")
				.initializers((started) -> ((GenericApplicationContext) started).registerBean("sharedClock",
						Clock.class, () -> clock, (definition) -> definition.setPrimary(true)))
				.run("--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=" + database.username(),
						"--spring.datasource.password=" + database.password());
		}
		return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}
