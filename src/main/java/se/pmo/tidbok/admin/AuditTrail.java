package se.pmo.tidbok.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.pmo.tidbok.catalog.CatalogChange;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.TimeOutput;

/**
 * The audit trail of catalog changes, in PostgreSQL through {@link AuditEvents}. Writes
 * join the caller's transaction, so a change and its audit row commit or roll back
 * together.
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

	private final AuditEvents events;

	private final JsonMapper json;

	private final ZoneId zone;

	AuditTrail(AuditEvents events, JsonMapper json, CalendarZone calendarZone) {
		this.events = events;
		this.json = json;
		this.zone = calendarZone.zone();
	}

	/** Removes every entry, for the seed reset. */
	void clear() {
		this.events.deleteAllInBatch();
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
		this.events.save(new AuditEvent(at, actor, action, subject.code(), revision, json(before), json(after),
				subject.effectiveFrom(), subject.version(), changesetId, source));
	}

	/**
	 * Who recorded each change that takes effect after the instant, by code and version;
	 * only those of one type when a code is given (by the index on the code).
	 */
	Map<String, String> recordedAfter(Instant instant, String code) {
		Map<String, String> actors = new LinkedHashMap<>();
		List<AuditEvent> recorded = (code != null) ? this.events.recordedAfter(instant, code)
				: this.events.recordedAfter(instant);
		recorded.forEach((event) -> actors.put(event.versionKey(), event.getActor()));
		return actors;
	}

	/** The changeset that made this version of the type, or {@code null}. */
	Long changesetOf(String code, long version) {
		return this.events.changesetsOf(code, version).stream().findFirst().orElse(null);
	}

	static String key(String code, long version) {
		return code + "#" + version;
	}

	private String json(CatalogVersion version) {
		return (version != null) ? this.json.writeValueAsString(state(version)) : null;
	}

	AuditEntryResponse.Page page(String code, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"));
		Page<AuditEvent> events = (code != null && !code.isBlank())
				? this.events.findByAppointmentTypeCode(code, request) : this.events.findAll(request);
		return new AuditEntryResponse.Page(events.map((event) -> event.response(this.zone, this::audited)).getContent(),
				page, size, events.getTotalElements());
	}

	private AuditEntryResponse.AuditedState audited(String json) {
		return (json != null) ? this.json.readValue(json, AuditEntryResponse.AuditedState.class) : null;
	}

	/** A version as the audit trail records it; {@code null} for none. */
	static AuditEntryResponse.AuditedState state(CatalogVersion version) {
		return AuditEntryResponse.AuditedState.from(version);
	}

}
