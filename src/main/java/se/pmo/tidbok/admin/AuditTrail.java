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

import se.pmo.tidbok.catalog.CatalogEntry;

/**
 * The audit trail of catalog changes, in PostgreSQL. Writes join the caller's
 * transaction, so a change and its audit row commit or roll back together.
 */
@Component
class AuditTrail {

	/** What a change did; a closed set. */
	enum Action {

		CREATE, UPDATE, RETIRE, REINSTATE

	}

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final ZoneId zone;

	AuditTrail(JdbcTemplate jdbc, JsonMapper json, ZoneId calendarZone) {
		this.jdbc = jdbc;
		this.json = json;
		this.zone = calendarZone;
	}

	void record(Instant at, String actor, Action action, long revision, CatalogEntry before, CatalogEntry after) {
		this.jdbc.update(
				"""
						INSERT INTO audit_event (occurred_at, actor, action, appointment_type_code, catalog_revision, before_change, after_change)
						VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""",
				Timestamp.from(at), actor, action.name(), after.code(), revision,
				(before != null) ? this.json.writeValueAsString(state(before)) : null,
				this.json.writeValueAsString(state(after)));
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
				SELECT id, occurred_at, actor, action, appointment_type_code, catalog_revision,
				       before_change::text AS before_change, after_change::text AS after_change
				FROM audit_event""" + where + " ORDER BY id DESC LIMIT ? OFFSET ?", entryMapper(), arguments.toArray());
		return new AuditEntryResponse.Page(items, page, size, (total != null) ? total : 0);
	}

	private RowMapper<AuditEntryResponse> entryMapper() {
		return (rs, row) -> {
			String before = rs.getString("before_change");
			return new AuditEntryResponse(rs.getLong("id"),
					rs.getTimestamp("occurred_at").toInstant().atZone(this.zone).toOffsetDateTime(),
					rs.getString("actor"), Action.valueOf(rs.getString("action")),
					rs.getString("appointment_type_code"), rs.getLong("catalog_revision"),
					(before != null) ? this.json.readValue(before, AuditEntryResponse.AuditedState.class) : null,
					this.json.readValue(rs.getString("after_change"), AuditEntryResponse.AuditedState.class));
		};
	}

	private static Map<String, Object> state(CatalogEntry entry) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", entry.details().name());
		state.put("description", entry.details().description());
		state.put("visibleToPatient", entry.details().visibleToPatient());
		state.put("cancellableByPatient", entry.details().cancellableByPatient());
		state.put("rebookableByPatient", entry.details().rebookableByPatient());
		state.put("smsReminder", entry.details().smsReminder());
		state.put("retired", entry.retired());
		state.put("version", entry.version());
		return state;
	}

}
