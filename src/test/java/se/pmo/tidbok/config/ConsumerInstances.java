package se.pmo.tidbok.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.pmo.tidbok.TidbokCatalogApplication;
import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service side by side on one PostgreSQL of their own, as another
 * team's CI runs them, each with the given arguments, on ports of its own (the management
 * port too), and clients for both ports of each.
 */
final class ConsumerInstances implements AutoCloseable {

	private final TestDatabase database;

	private final ConfigurableApplicationContext first;

	private final ConfigurableApplicationContext second;

	ConsumerInstances(String... arguments) {
		this.database = TestDatabase.start();
		this.first = start(arguments);
		this.second = start(arguments);
	}

	private ConfigurableApplicationContext start(String... arguments) {
		// Arguments, not default properties: those lose to application.yml's ports.
		String[] all = Stream
			.concat(Stream.of("--server.port=0", "--management.server.port=0",
					"--spring.datasource.url=" + this.database.jdbcUrl(),
					"--spring.datasource.username=" + this.database.username(),
					"--spring.datasource.password=" + this.database.password()), Stream.of(arguments))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(TidbokCatalogApplication.class).profiles("local").run(all);
	}

	Api one() {
		return api(this.first, "local.server.port");
	}

	Api two() {
		return api(this.second, "local.server.port");
	}

	Api oneManagement() {
		return api(this.first, "local.management.port");
	}

	Api twoManagement() {
		return api(this.second, "local.management.port");
	}

	private static Api api(ConfigurableApplicationContext context, String port) {
		return new Api(context.getEnvironment().getRequiredProperty(port, Integer.class));
	}

	/** Every type's row, without its generated id. */
	List<Map<String, Object>> types() {
		return jdbc().queryForList("""
				SELECT code, name_key FROM appointment_type ORDER BY code""");
	}

	/** Every version's row, without its generated id. */
	List<Map<String, Object>> versions() {
		return jdbc().queryForList("""
				SELECT code, version, effective_from, recorded_at, catalog_revision, name, description,
				       visible_to_patient, cancellable_by_patient, rebookable_by_patient, sms_reminder, is_retired,
				       source, withdrawn_at
				FROM appointment_type_version ORDER BY code, version""");
	}

	private JdbcTemplate jdbc() {
		return this.first.getBean(JdbcTemplate.class);
	}

	/** Waits up to 5 s until the instance serves the path at the catalog revision. */
	static void awaitRevision(Api instance, String path, String revision) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!revision.equals(instance.get(path).header("Catalog-Revision")) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(instance.get(path).header("Catalog-Revision")).isEqualTo(revision);
	}

	@Override
	public void close() {
		for (AutoCloseable closeable : new AutoCloseable[] { this.second, this.first, this.database }) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// The next one still has to be closed.
			}
		}
	}

}
