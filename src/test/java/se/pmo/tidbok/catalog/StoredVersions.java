package se.pmo.tidbok.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations and the versions as a database holds them, read with plain SQL: for the
 * migration tests, which run on a database of their own, outside the application's
 * persistence.
 */
final class StoredVersions {

	private StoredVersions() {
	}

	/** Flyway for the database, up to the target version, or to the last when null. */
	static Flyway flyway(DataSource dataSource, String target) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.javaMigrations(new NameKeyMigration());
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

	/** The timeline of every type, withdrawn versions left out. */
	static CatalogTimeline timeline(JdbcTemplate jdbc) {
		Long revision = jdbc.queryForObject("SELECT revision FROM catalog_revision", Long.class);
		return CatalogTimeline.of(revision, all(jdbc, "WHERE withdrawn_at IS NULL"));
	}

	/** Every version, withdrawn ones too, by code and version. */
	static List<CatalogVersion> all(JdbcTemplate jdbc, String where) {
		return jdbc
			.query("""
					SELECT code, version, effective_from, recorded_at, catalog_revision, name, description,
					       visible_to_patient, cancellable_by_patient, rebookable_by_patient, sms_reminder, is_retired, source
					FROM appointment_type_version %s ORDER BY code, version"""
				.formatted(where), StoredVersions::version);
	}

	private static CatalogVersion version(ResultSet rs, int row) throws SQLException {
		Timestamp effectiveFrom = rs.getTimestamp("effective_from");
		return new CatalogVersion(rs.getString("code"), rs.getLong("version"),
				(effectiveFrom != null) ? effectiveFrom.toInstant() : null, rs.getTimestamp("recorded_at").toInstant(),
				rs.getLong("catalog_revision"),
				new AppointmentTypeDetails(rs.getString("name"), rs.getString("description"),
						rs.getBoolean("visible_to_patient"), rs.getBoolean("cancellable_by_patient"),
						rs.getBoolean("rebookable_by_patient"), rs.getBoolean("sms_reminder"),
						rs.getBoolean("is_retired")),
				rs.getString("source"));
	}

}
