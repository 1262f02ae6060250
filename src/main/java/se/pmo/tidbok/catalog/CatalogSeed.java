package se.pmo.tidbok.catalog;

import java.nio.charset.StandardCharsets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the catalog back to the state Flyway seeds a new database with, for other teams'
 * integration tests: the PMO table of migration V2 (its script, run again), the name keys
 * of migration V5, and each type's first version as migration V6 records it for a type
 * never changed. Every other type, version and pending change is gone. It is a change
 * like any other: it takes the catalog's write lock by bumping the revision (so caches
 * and entity tags move on) and announces itself with {@link CatalogChanged}, so this
 * instance reloads on commit and every other instance at its next revision check. It
 * joins the caller's transaction: the reset is one commit or none.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CatalogSeed {

	private static final ClassPathResource SEED = new ClassPathResource(
			"db/migration/V2__seed_pmo_appointment_types.sql");

	/** The first version of every seeded type, as migration V6 writes it. */
	private static final String FIRST_VERSIONS = """
			INSERT INTO appointment_type_version (code, version, effective_from, recorded_at, catalog_revision, name,
			                                      description, visible_to_patient, cancellable_by_patient,
			                                      rebookable_by_patient, sms_reminder, is_retired, source)
			SELECT code, version, NULL, TIMESTAMP WITH TIME ZONE '2026-04-23 00:00:00+02', 1, name, description,
			       visible_to_patient, cancellable_by_patient, rebookable_by_patient, sms_reminder, is_retired,
			       'PMO Tidbokstyp på 1177, uppdaterad 2026-04-23'
			FROM appointment_type""";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	CatalogSeed(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Restores the seed.
	 * @param clearReferences removes what refers to the types (the audit trail); run once
	 * the write lock is held, before the types are replaced
	 * @return the catalog revision of the restored seed
	 */
	public long restore(Runnable clearReferences) {
		Long revision = this.jdbc
			.queryForObject("UPDATE catalog_revision SET revision = revision + 1 RETURNING revision", Long.class);
		clearReferences.run();
		this.jdbc.execute("DELETE FROM appointment_type_version");
		this.jdbc.execute("DELETE FROM appointment_type");
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			ScriptUtils.executeSqlScript(connection, new EncodedResource(SEED, StandardCharsets.UTF_8));
			NameKeyMigration.fillKeys(connection);
			return null;
		});
		this.jdbc.execute(FIRST_VERSIONS);
		long restored = (revision != null) ? revision : 0;
		this.events.publishEvent(new CatalogChanged(restored));
		return restored;
	}

}
