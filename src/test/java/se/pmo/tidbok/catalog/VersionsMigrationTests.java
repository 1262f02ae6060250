package se.pmo.tidbok.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration 9 on a database that a release before it wrote to: audited changes, a
 * scheduled version and a withdrawn one, each written as that release did (the type's row
 * holding a copy of its latest version). The copy goes and nothing is lost; a copy that
 * differs from the versions stops the migration. It runs on a database of its own on the
 * suite's PostgreSQL server.
 */
@IntegrationTest
class VersionsMigrationTests {

	private static final Instant UPDATED = Instant.parse("2026-03-28T07:30:00Z");

	/** The first hour of summer time in Europe/Stockholm. */
	private static final Instant SCHEDULED = Instant.parse("2026-03-29T01:00:00Z");

	private static final Instant WITHDRAWN = Instant.parse("2026-03-28T08:00:00Z");

	@Autowired
	TestDatabase database;

	@Autowired
	JdbcTemplate suite;

	@Test
	void theTypesCopyOfItsLatestVersionGoesAndNothingIsLost() {
		upgraded((jdbc) -> {
			writeAsTheReleaseBefore(jdbc);
			List<List<Map<String, Object>>> before = kept(jdbc);

			StoredVersions.flyway(jdbc.getDataSource(), null).migrate();

			List<List<Map<String, Object>>> after = kept(jdbc);
			assertThat(after).isEqualTo(before);
			assertThat(after).extracting(List::size).containsExactly(109 + 3, 4, 110);
			assertThat(jdbc.queryForList("""
					SELECT column_name FROM information_schema.columns WHERE table_name = 'appointment_type'
					ORDER BY ordinal_position""", String.class)).containsExactly("id", "code", "name_key");

			CatalogTimeline timeline = StoredVersions.timeline(jdbc);
			assertThat(timeline.history("sexolog-1177")).extracting(CatalogVersion::version)
				.containsExactly(0L, 1L, 2L);
			assertThat(timeline.inForce("sexolog-1177", SCHEDULED.minusNanos(1000)).orElseThrow().details())
				.isEqualTo(new AppointmentTypeDetails("Sexolog 1177", null, true, true, false, true));
			assertThat(timeline.latest("sexolog-1177").orElseThrow().details())
				.isEqualTo(new AppointmentTypeDetails("Sexolog 1177", null, true, true, false, false));
			assertThat(timeline.history("fotterapeut-1177")).isEmpty();
			assertThat(StoredVersions.all(jdbc, "WHERE withdrawn_at IS NOT NULL")).extracting(CatalogVersion::name)
				.containsExactly("Fotterapeut 1177");
		});
	}

	@Test
	void aCopyThatDiffersFromTheVersionsStopsTheMigrationAndDropsNothing() {
		upgraded((jdbc) -> {
			writeAsTheReleaseBefore(jdbc);
			jdbc.update("UPDATE appointment_type SET sms_reminder = TRUE WHERE code = 'sexolog-1177'");
			jdbc.update("UPDATE appointment_type SET name_key = NULL WHERE code = 'rast'");

			assertThatThrownBy(() -> StoredVersions.flyway(jdbc.getDataSource(), null).migrate())
				.isInstanceOf(FlywayException.class)
				.hasMessageContaining("rast, sexolog-1177");
			assertThat(jdbc.queryForObject("SELECT sms_reminder FROM appointment_type WHERE code = 'sexolog-1177'",
					Boolean.class))
				.isTrue();
		});
	}

	/** Every version, every audit entry, and each type's code and name key. */
	private static List<List<Map<String, Object>>> kept(JdbcTemplate jdbc) {
		return List.of(jdbc.queryForList("SELECT * FROM appointment_type_version ORDER BY id"),
				jdbc.queryForList("SELECT * FROM audit_event ORDER BY id"),
				jdbc.queryForList("SELECT id, code, name_key FROM appointment_type ORDER BY id"));
	}

	/**
	 * What the release before migration 9 did: an audited change in force now, one
	 * scheduled ahead, and a scheduled creation withdrawn, each with its audit row.
	 */
	private static void writeAsTheReleaseBefore(JdbcTemplate jdbc) {
		jdbc.update("UPDATE catalog_revision SET revision = 5");
		jdbc.update("""
				UPDATE appointment_type SET rebookable_by_patient = FALSE, sms_reminder = FALSE, version = 2
				WHERE code = 'sexolog-1177'""");
		version(jdbc, "sexolog-1177", 1, UPDATED, UPDATED, 2, "Sexolog 1177", false, true, null);
		audit(jdbc, UPDATED, UPDATED, "UPDATE", "sexolog-1177", 2, 1, state("Sexolog 1177", true, true, 0),
				state("Sexolog 1177", false, true, 1));
		version(jdbc, "sexolog-1177", 2, SCHEDULED, UPDATED, 3, "Sexolog 1177", false, false, null);
		audit(jdbc, UPDATED, SCHEDULED, "UPDATE", "sexolog-1177", 3, 2, state("Sexolog 1177", false, true, 1),
				state("Sexolog 1177", false, false, 2));
		jdbc.update("""
				INSERT INTO appointment_type (code, name, name_key, visible_to_patient, cancellable_by_patient,
				    rebookable_by_patient, sms_reminder, is_retired, version)
				VALUES ('fotterapeut-1177', 'Fotterapeut 1177', NULL, TRUE, TRUE, TRUE, TRUE, FALSE, 0)""");
		version(jdbc, "fotterapeut-1177", 0, SCHEDULED, UPDATED, 4, "Fotterapeut 1177", true, true, WITHDRAWN);
		audit(jdbc, UPDATED, SCHEDULED, "CREATE", "fotterapeut-1177", 4, 0, null,
				state("Fotterapeut 1177", true, true, 0));
		audit(jdbc, WITHDRAWN, SCHEDULED, "CANCEL_SCHEDULED_CHANGE", "fotterapeut-1177", 5, 0,
				state("Fotterapeut 1177", true, true, 0), null);
	}

	private void upgraded(Consumer<JdbcTemplate> test) {
		this.suite.execute("DROP DATABASE IF EXISTS versions_upgrade");
		this.suite.execute("CREATE DATABASE versions_upgrade");
		try {
			JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
					this.database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/versions_upgrade$1"),
					this.database.username(), this.database.password()));
			StoredVersions.flyway(jdbc.getDataSource(), "8").migrate();
			test.accept(jdbc);
		}
		finally {
			this.suite.execute("DROP DATABASE IF EXISTS versions_upgrade WITH (FORCE)");
		}
	}

	private static void version(JdbcTemplate jdbc, String code, long version, Instant from, Instant recorded,
			long revision, String name, boolean rebookable, boolean sms, Instant withdrawnAt) {
		jdbc.update("""
				INSERT INTO appointment_type_version (code, version, effective_from, recorded_at, catalog_revision,
				    name, description, visible_to_patient, cancellable_by_patient, rebookable_by_patient,
				    sms_reminder, is_retired, withdrawn_at)
				VALUES (?, ?, ?, ?, ?, ?, NULL, TRUE, TRUE, ?, ?, FALSE, ?)""", code, version, Timestamp.from(from),
				Timestamp.from(recorded), revision, name, rebookable, sms,
				(withdrawnAt != null) ? Timestamp.from(withdrawnAt) : null);
	}

	private static void audit(JdbcTemplate jdbc, Instant at, Instant effectiveFrom, String action, String code,
			long revision, long version, String before, String after) {
		jdbc.update("""
				INSERT INTO audit_event (occurred_at, actor, action, appointment_type_code, catalog_revision,
				    before_change, after_change, effective_from, type_version)
				VALUES (?, 'basic:admin', ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)""", Timestamp.from(at),
				action, code, revision, before, after, Timestamp.from(effectiveFrom), version);
	}

	private static String state(String name, boolean rebookable, boolean sms, long version) {
		return """
				{"name": "%s", "description": null, "visibleToPatient": true, "cancellableByPatient": true,
				 "rebookableByPatient": %s, "smsReminder": %s, "retired": false, "version": %d}""".formatted(name,
				rebookable, sms, version);
	}

}
