package se.pmo.tidbok.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 6 on a database that was in use before it: the versions of every type are
 * rebuilt from the seed and the audit trail, so the history of a changed type starts with
 * its seeded state and every audited change takes effect when it was made. It runs on a
 * database of its own on the suite's PostgreSQL server.
 */
@IntegrationTest
class TimelineMigrationTests {

	private static final Instant UPDATED = Instant.parse("2026-05-04T07:30:00Z");

	private static final Instant CREATED = Instant.parse("2026-05-05T08:00:00Z");

	private static final Instant RETIRED = Instant.parse("2026-05-06T09:00:00Z");

	@Autowired
	TestDatabase database;

	@Autowired
	JdbcTemplate suite;

	@Test
	void versionsAreRebuiltFromTheSeedAndTheAuditTrail() {
		this.suite.execute("DROP DATABASE IF EXISTS timeline_upgrade");
		this.suite.execute("CREATE DATABASE timeline_upgrade");
		try {
			DriverManagerDataSource upgraded = new DriverManagerDataSource(
					this.database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/timeline_upgrade$1"),
					this.database.username(), this.database.password());
			StoredVersions.flyway(upgraded, "5").migrate();
			JdbcTemplate jdbc = new JdbcTemplate(upgraded);
			// What the service did before migration 6: a seeded type updated, a type
			// created
			// and retired, each with its audit row.
			jdbc.update("UPDATE appointment_type SET rebookable_by_patient = FALSE, version = 1 WHERE code = ?",
					"sexolog-1177");
			audit(jdbc, UPDATED, "UPDATE", "sexolog-1177", 2, state("Sexolog 1177", true, false, 0),
					state("Sexolog 1177", false, false, 1));
			jdbc.update(
					"""
							INSERT INTO appointment_type (code, name, name_key, visible_to_patient, cancellable_by_patient,
							    rebookable_by_patient, sms_reminder, is_retired, version)
							VALUES ('fotterapeut-1177', 'Fotterapeut 1177', 'fotterapeut 1177', TRUE, TRUE, TRUE, TRUE, TRUE, 1)""");
			audit(jdbc, CREATED, "CREATE", "fotterapeut-1177", 3, null, state("Fotterapeut 1177", true, false, 0));
			audit(jdbc, RETIRED, "RETIRE", "fotterapeut-1177", 4, state("Fotterapeut 1177", true, false, 0),
					state("Fotterapeut 1177", true, true, 1));

			StoredVersions.flyway(upgraded, null).migrate();

			CatalogTimeline timeline = StoredVersions.timeline(jdbc);
			List<CatalogVersion> sexolog = timeline.history("sexolog-1177");
			assertThat(sexolog).extracting(CatalogVersion::version).containsExactly(0L, 1L);
			assertThat(sexolog.get(0).effectiveFrom()).isNull();
			assertThat(sexolog.get(0).recordedAt()).isEqualTo(Instant.parse("2026-04-22T22:00:00Z"));
			assertThat(sexolog.get(0).source()).contains("2026-04-23");
			assertThat(sexolog.get(0).details().rebookableByPatient()).isTrue();
			assertThat(sexolog.get(1).effectiveFrom()).isEqualTo(UPDATED);
			assertThat(sexolog.get(1).scheduled()).isFalse();
			assertThat(sexolog.get(1).details().rebookableByPatient()).isFalse();
			assertThat(timeline.inForce("sexolog-1177", UPDATED.minusNanos(1000))).contains(sexolog.get(0));

			List<CatalogVersion> created = timeline.history("fotterapeut-1177");
			assertThat(created).extracting(CatalogVersion::version).containsExactly(0L, 1L);
			assertThat(created.get(0).effectiveFrom()).isEqualTo(CREATED);
			assertThat(created.get(1).retired()).isTrue();
			assertThat(timeline.inForce("fotterapeut-1177", CREATED.minusNanos(1000))).isEmpty();
			// Every other seeded type has its one seeded version.
			assertThat(timeline.inForce(Instant.parse("2026-05-01T00:00:00Z"))).hasSize(109);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE effective_from = occurred_at",
					Long.class))
				.isEqualTo(3);
		}
		finally {
			this.suite.execute("DROP DATABASE IF EXISTS timeline_upgrade WITH (FORCE)");
		}
	}

	private static void audit(JdbcTemplate jdbc, Instant at, String action, String code, long revision, String before,
			String after) {
		jdbc.update("""
				INSERT INTO audit_event (occurred_at, actor, action, appointment_type_code, catalog_revision,
				    before_change, after_change)
				VALUES (?, 'basic:admin', ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""", Timestamp.from(at), action,
				code, revision, before, after);
	}

	private static String state(String name, boolean rebookable, boolean retired, long version) {
		return """
				{"name": "%s", "description": null, "visibleToPatient": true, "cancellableByPatient": true,
				 "rebookableByPatient": %s, "smsReminder": true, "retired": %s, "version": %d}""".formatted(name,
				rebookable, retired, version);
	}

}
