package se.pmo.tidbok.changeset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The changesets in PostgreSQL. Callers hold the transaction, so a changeset is written
 * with the versions and audit entries it makes.
 */
@Repository
class ChangesetStore {

	private static final String COLUMNS = """
			id, effective_from, recorded_at, catalog_revision, actor, source, diff::text AS diff, withdrawn_at,
			withdrawn_by, withdrawn_revision""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ChangesetStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A changeset as stored.
	 *
	 * @param withdrawnRevision the catalog revision of its withdrawal, or {@code null}
	 */
	record Stored(long id, Instant effectiveFrom, Instant recordedAt, long revision, String actor, String source,
			ChangesetDiff diff, Instant withdrawnAt, String withdrawnBy, Long withdrawnRevision) {
	}

	long insert(Instant effectiveFrom, Instant recordedAt, long revision, String actor, String source,
			ChangesetDiff diff) {
		Long id = this.jdbc.queryForObject("""
				INSERT INTO changeset (effective_from, recorded_at, catalog_revision, actor, source, diff)
				VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb)) RETURNING id""", Long.class, Timestamp.from(effectiveFrom),
				Timestamp.from(recordedAt), revision, actor, source, this.json.writeValueAsString(diff));
		return (id != null) ? id : 0;
	}

	Optional<Stored> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM changeset WHERE id = ?", this::stored, id)
			.stream()
			.findFirst();
	}

	/** Every changeset, the one taking effect last first. */
	List<Stored> all() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM changeset ORDER BY effective_from DESC, id DESC",
				this::stored);
	}

	void withdraw(long id, Instant at, String actor, long revision) {
		this.jdbc.update("UPDATE changeset SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_revision = ? WHERE id = ?",
				Timestamp.from(at), actor, revision, id);
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
		Long withdrawnRevision = rs.getObject("withdrawn_revision", Long.class);
		return new Stored(rs.getLong("id"), rs.getTimestamp("effective_from").toInstant(),
				rs.getTimestamp("recorded_at").toInstant(), rs.getLong("catalog_revision"), rs.getString("actor"),
				rs.getString("source"), this.json.readValue(rs.getString("diff"), ChangesetDiff.class),
				(withdrawnAt != null) ? withdrawnAt.toInstant() : null, rs.getString("withdrawn_by"),
				withdrawnRevision);
	}

}
