package se.pmo.tidbok.support;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import se.pmo.tidbok.catalog.Catalog;

/**
 * Puts the catalog back as Flyway seeded it, so that tests sharing one application
 * context do not see each other's changes. It copies the seeded rows when the context
 * starts, before any test runs; a test class that changes the catalog calls
 * {@link #restoreSeed()} after each test. The catalog revision only ever moves forward,
 * as in production, so every instance reloads the restored catalog.
 */
public class CatalogReset implements InitializingBean {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Catalog catalog;

	private final MutableClock clock;

	CatalogReset(JdbcTemplate jdbc, TransactionTemplate transaction, Catalog catalog, MutableClock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		this.jdbc.execute("CREATE TABLE IF NOT EXISTS seed_snapshot AS TABLE appointment_type");
		this.jdbc.execute("CREATE TABLE IF NOT EXISTS seed_version_snapshot AS TABLE appointment_type_version");
	}

	/**
	 * Removes every change and audit row made since the seed, in one transaction, and
	 * puts the clock back, which the changes may have moved on.
	 */
	public void restoreSeed() {
		this.clock.reset();
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.execute("DELETE FROM audit_event");
			this.jdbc.execute("DELETE FROM appointment_type_version");
			this.jdbc.execute("DELETE FROM appointment_type");
			this.jdbc.execute("DELETE FROM changeset");
			this.jdbc.execute("INSERT INTO appointment_type OVERRIDING SYSTEM VALUE SELECT * FROM seed_snapshot");
			this.jdbc.execute(
					"INSERT INTO appointment_type_version OVERRIDING SYSTEM VALUE SELECT * FROM seed_version_snapshot");
			this.jdbc.execute("UPDATE catalog_revision SET revision = revision + 1");
		});
		this.catalog.reload();
	}

}
