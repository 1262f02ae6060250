package se.pmo.tidbok.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-memory catalog every read is served from. It is loaded at start-up and reloaded
 * when the catalog revision in PostgreSQL moves: at once on the instance that made a
 * change, and by a cheap revision check on every other instance. While PostgreSQL is
 * unreachable the last snapshot keeps being served.
 */
@Component
public class Catalog {

	private static final Logger logger = LoggerFactory.getLogger(Catalog.class);

	private final JdbcTemplate jdbc;

	private final AppointmentTypeRepository repository;

	private final JsonMapper json;

	private final TransactionTemplate readSnapshot;

	private final AtomicBoolean databaseReachable = new AtomicBoolean(true);

	private volatile CatalogSnapshot current;

	Catalog(JdbcTemplate jdbc, AppointmentTypeRepository repository, JsonMapper json,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.json = json;
		this.readSnapshot = new TransactionTemplate(transactionManager);
		this.readSnapshot.setReadOnly(true);
		// The revision and the rows must be read from one consistent view of the
		// database.
		this.readSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.current = load();
	}

	/** The catalog as this instance serves it now. */
	public CatalogSnapshot current() {
		return this.current;
	}

	/**
	 * Reloads the catalog if its revision in PostgreSQL differs from the one held; run
	 * every {@link CatalogProperties#refreshInterval()}.
	 */
	public void refresh() {
		try {
			Long revision = this.jdbc.queryForObject("SELECT revision FROM catalog_revision", Long.class);
			if (this.databaseReachable.compareAndSet(false, true)) {
				logger.info("PostgreSQL is reachable again; catalog revision {}", revision);
			}
			if (revision != null && revision != this.current.revision()) {
				reload();
			}
		}
		catch (DataAccessException ex) {
			if (this.databaseReachable.compareAndSet(true, false)) {
				logger.warn(
						"Cannot check the catalog revision; serving revision {} from memory until PostgreSQL answers: {}",
						this.current.revision(), ex.getMessage());
			}
		}
	}

	/**
	 * Serves a change made on this instance as soon as it is committed. The change is
	 * already committed here, so a failed reload must not fail the request that made it:
	 * the revision check loads it as soon as PostgreSQL answers again.
	 */
	@TransactionalEventListener
	void onCatalogChanged(CatalogChanged change) {
		try {
			reload();
		}
		catch (DataAccessException ex) {
			logger.warn("Catalog revision {} is committed but not loaded yet; the revision check will load it: {}",
					change.revision(), ex.getMessage());
		}
	}

	/** Loads the catalog now, unless a newer revision is already held. */
	public synchronized void reload() {
		CatalogSnapshot loaded = load();
		if (loaded.revision() > this.current.revision()) {
			logger.info("Catalog revision {} loaded ({} active types)", loaded.revision(), loaded.entries().size());
			this.current = loaded;
		}
	}

	private CatalogSnapshot load() {
		return this.readSnapshot.execute((status) -> {
			Long revision = this.jdbc.queryForObject("SELECT revision FROM catalog_revision", Long.class);
			List<CatalogEntry> entries = this.repository.findAll().stream().map(AppointmentType::toEntry).toList();
			return CatalogSnapshot.of(revision, entries, this.json);
		});
	}

}
