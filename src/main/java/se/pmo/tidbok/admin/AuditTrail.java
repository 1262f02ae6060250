package se.pmo.tidbok.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.pmo.tidbok.catalog.CatalogChange;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.TimeOutput;

/**
 * The audit trail of catalog changes, in PostgreSQL. Writes join the caller's
 * transaction, so a change and its audit row commit or roll back together.
 */
@Component
public class AuditTrail {

	/** What a change did; a closed set. */
	public enum Action {

		CREATE, UPDATE, RETIRE, REINSTATE,

		/** A scheduled change withdrawn before it took effect. */
		CANCEL_SCHEDULED_CHANGE;

		/** What a change from one version to the next did. */
		static Action of(CatalogVersion before, CatalogVersion after) {
			if (before == null) {
				return CREATE;
			}
			if (before.retired() != after.retired()) {
				return after.retired() ? RETIRE : REINSTATE;
			}
			return UPDATE;
		}

	}

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final ZoneId zone;

	AuditTrail(JdbcTemplate jdbc, JsonMapper json, CalendarZone calendarZone) {
		this.jdbc = jdbc;
		this.json = json;
		this.zone = calendarZone.zone();
	}

	/** Removes every entry, for the seed reset. */
	void clear() {
		this.jdbc.execute("DELETE FROM audit_event");
	}

	/**
	 * Records a change: of the version it made, or for a withdrawal of the version it
	 * withdrew.
	 */
	void record(Instant at, String actor, Action action, long revision, CatalogVersion before, CatalogVersion after) {
		record(at, actor, action, revision, before, after, null, null);
	}

	/**
	 * Records the changes a changeset made, or those its withdrawal made, each naming the
	 * changeset and its source.
	 * @param withdrawal whether the changes withdraw the changeset's versions
	 */
	public void recordChangeset(Instant at, String actor, boolean withdrawal, List<CatalogChange> changes,
			long changesetId, String source) {
		for (CatalogChange change : changes) {
			Action action = withdrawal ? Action.CANCEL_SCHEDULED_CHANGE : Action.of(change.before(), change.after());
			record(at, actor, action, change.revision(), change.before(), change.after(), changesetId, source);
		}
	}

	private void record(Instant at, String actor, Action action, long revision, CatalogVersion before,
			CatalogVersion after, Long changesetId, String source) {
		CatalogVersion subject = (action == Action.CANCEL_SCHEDULED_CHANGE) ? before : after;
		this.jdbc.update(
				"""
						INSERT INTO audit_event (occurred_at, actor, action, appointment_type_code, catalog_revision,
						                         before_change, after_change, effective_from, type_version, changeset_id, source)
						VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?)""",
				Timestamp.from(at), actor, action.name(), subject.code(), revision, json(before), json(after),
				(subject.effectiveFrom() != null) ? Timestamp.from(subject.effectiveFrom()) : null, subject.version(),
				changesetId, source);
	}

	/**
	 * Who recorded each change that takes effect after the instant, by code and version;
	 * only those of one type when a code is given (by the index on the code).
	 */
	Map<String, String> recordedAfter(Instant instant, String code) {
		Map<String, String> actors = new LinkedHashMap<>();
		List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(instant)));
		String onlyCode = "";
		if (code != null) {
			onlyCode = " AND appointment_type_code = ?";
			arguments.add(code);
		}
		this.jdbc.query("""
				SELECT appointment_type_code, type_version, actor FROM audit_event
				WHERE effective_from > ? AND action <> 'CANCEL_SCHEDULED_CHANGE'""" + onlyCode, (rs) -> {
			actors.put(key(rs.getString("appointment_type_code"), rs.getLong("type_version")), rs.getString("actor"));
		}, arguments.toArray());
		return actors;
	}

	/** The changeset that made this version of the type, or {@code null}. */
	Long changesetOf(String code, long version) {
		return this.jdbc.query("""
				SELECT changeset_id FROM audit_event
				WHERE appointment_type_code = ? AND type_version = ? AND changeset_id IS NOT NULL
				  AND action <> 'CANCEL_SCHEDULED_CHANGE'""", (rs, row) -> rs.getLong(1), code, version)
			.stream()
			.findFirst()
			.orElse(null);
	}

	static String key(String code, long version) {
		return code + "#" + version;
	}

	private String json(CatalogVersion version) {
		return (version != null) ? this.json.writeValueAsString(state(version)) : null;
	}

	AuditEntryResponse.Page page(String code, int page, int size) {
		List<Object> arguments = new ArrayList<>();
		String where = "";
		if (code != null && !code.isBlank()) {
			where = " WHERE appointment_type_code = ?";
			arguments.add(code);
		}
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM audit_event" + where, Long.class,
				arguments.toArray());
		arguments.add(size);
		arguments.add((long) page * size);
		List<AuditEntryResponse> items = this.jdbc.query("""
				SELECT id, occurred_at, actor, action, appointment_type_code, catalog_revision, effective_from,
				       before_change::text AS before_change, after_change::text AS after_change, changeset_id, source
				FROM audit_event""" + where + " ORDER BY id DESC LIMIT ? OFFSET ?", entryMapper(), arguments.toArray());
		return new AuditEntryResponse.Page(items, page, size, (total != null) ? total : 0);
	}

	private RowMapper<AuditEntryResponse> entryMapper() {
		return (rs, row) -> {
			String before = rs.getString("before_change");
			String after = rs.getString("after_change");
			Timestamp effectiveFrom = rs.getTimestamp("effective_from");
			return new AuditEntryResponse(rs.getLong("id"),
					TimeOutput.local(rs.getTimestamp("occurred_at").toInstant(), this.zone), rs.getString("actor"),
					Action.valueOf(rs.getString("action")), rs.getString("appointment_type_code"),
					rs.getLong("catalog_revision"),
					TimeOutput.local((effectiveFrom != null) ? effectiveFrom.toInstant() : null, this.zone),
					(before != null) ? this.json.readValue(before, AuditEntryResponse.AuditedState.class) : null,
					(after != null) ? this.json.readValue(after, AuditEntryResponse.AuditedState.class) : null,
					rs.getObject("changeset_id", Long.class), rs.getString("source"));
		};
	}

	/** A version as the audit trail records it; {@code null} for none. */
	static AuditEntryResponse.AuditedState state(CatalogVersion version) {
		if (version == null) {
			return null;
		}
		var d = version.details();
		return new AuditEntryResponse.AuditedState(d.name(), d.description(), d.visibleToPatient(),
				d.cancellableByPatient(), d.rebookableByPatient(), d.smsReminder(), version.retired(),
				version.version());
	}

}
