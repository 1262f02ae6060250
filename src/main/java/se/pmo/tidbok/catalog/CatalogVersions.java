package se.pmo.tidbok.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The versions of the appointment types in PostgreSQL. Callers hold the transaction: the
 * reads are consistent with the catalog revision read in the same one.
 */
@Repository
class CatalogVersions {

	private static final String COLUMNS = """
			code, version, effective_from, recorded_at, catalog_revision, name, description, visible_to_patient,
			cancellable_by_patient, rebookable_by_patient, sms_reminder, is_retired, source""";

	private final JdbcTemplate jdbc;

	CatalogVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The catalog revision now. */
	long revision() {
		Long revision = this.jdbc.queryForObject("SELECT revision FROM catalog_revision", Long.class);
		return (revision != null) ? revision : 0;
	}

	/**
	 * The catalog revision now, and PostgreSQL's clock when it was read.
	 *
	 * @param revision the catalog revision
	 * @param databaseTime PostgreSQL's clock
	 */
	record Revision(long revision, Instant databaseTime) {
	}

	/** The catalog revision now, with PostgreSQL's clock, which every instance shares. */
	Revision revisionAndClock() {
		return this.jdbc.queryForObject("SELECT revision, clock_timestamp() FROM catalog_revision",
				(rs, row) -> new Revision(rs.getLong(1), rs.getTimestamp(2).toInstant()));
	}

	/** The timeline of every type at the current revision. */
	CatalogTimeline timeline() {
		long revision = revision();
		List<CatalogVersion> versions = this.jdbc.query(
				"SELECT " + COLUMNS + " FROM appointment_type_version WHERE withdrawn_at IS NULL",
				CatalogVersions::version);
		return CatalogTimeline.of(revision, versions);
	}

	/**
	 * The timeline of one type at the current revision: its versions by the index on
	 * (code, version), not a scan.
	 */
	CatalogTimeline timeline(String code) {
		long revision = revision();
		List<CatalogVersion> versions = this.jdbc.query(
				"SELECT " + COLUMNS + " FROM appointment_type_version WHERE code = ? AND withdrawn_at IS NULL",
				CatalogVersions::version, code);
		return CatalogTimeline.of(revision, versions);
	}

	/**
	 * The next version number of a type: versions, withdrawn ones too, are never reused.
	 */
	long nextVersion(String code) {
		Long last = this.jdbc.queryForObject("SELECT max(version) FROM appointment_type_version WHERE code = ?",
				Long.class, code);
		return (last != null) ? last + 1 : 0;
	}

	/** Whether this version of the type was recorded and later withdrawn. */
	boolean withdrawn(String code, long version) {
		Long count = this.jdbc.queryForObject(
				"SELECT count(*) FROM appointment_type_version WHERE code = ? AND version = ? AND withdrawn_at IS NOT NULL",
				Long.class, code, version);
		return count != null && count > 0;
	}

	void insert(CatalogVersion version) {
		AppointmentTypeDetails d = version.details();
		this.jdbc.update(
				"INSERT INTO appointment_type_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				version.code(), version.version(), timestamp(version.effectiveFrom()), timestamp(version.recordedAt()),
				version.revision(), d.name(), d.description(), d.visibleToPatient(), d.cancellableByPatient(),
				d.rebookableByPatient(), d.smsReminder(), version.retired(), version.source());
	}

	void withdraw(String code, long version, Instant at) {
		this.jdbc.update("UPDATE appointment_type_version SET withdrawn_at = ? WHERE code = ? AND version = ?",
				timestamp(at), code, version);
	}

	private static CatalogVersion version(ResultSet rs, int row) throws SQLException {
		Timestamp effectiveFrom = rs.getTimestamp("effective_from");
		return new CatalogVersion(rs.getString("code"), rs.getLong("version"),
				(effectiveFrom != null) ? effectiveFrom.toInstant() : null, rs.getTimestamp("recorded_at").toInstant(),
				rs.getLong("catalog_revision"),
				new AppointmentTypeDetails(rs.getString("name"), rs.getString("description"),
						rs.getBoolean("visible_to_patient"), rs.getBoolean("cancellable_by_patient"),
						rs.getBoolean("rebookable_by_patient"), rs.getBoolean("sms_reminder")),
				rs.getBoolean("is_retired"), rs.getString("source"));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
