package se.pmo.tidbok.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.pmo.tidbok.catalog.CatalogChange;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.CatalogWrites;
import se.pmo.tidbok.catalog.SwedishText;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.TimeOutput;
import se.pmo.tidbok.web.ProblemType;

/**
 * An administrator's changes to the catalog: the catalog makes each change
 * ({@link CatalogWrites}) and this records it in the audit trail, in one transaction. The
 * API and the console's pages both call it.
 */
@Service
public class CatalogAdminService {

	private final CatalogWrites catalog;

	private final AuditTrail audit;

	private final Clock clock;

	private final ZoneId zone;

	CatalogAdminService(CatalogWrites catalog, AuditTrail audit, Clock clock, CalendarZone calendarZone) {
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
		this.zone = calendarZone.zone();
	}

	/**
	 * Every type in force at the instant (now when {@code null}), retired ones included.
	 */
	@Transactional(readOnly = true)
	public List<AdminAppointmentTypeResponse> list(Instant asOf) {
		Instant at = (asOf != null) ? asOf : this.clock.instant();
		return this.catalog.timeline()
			.inForce(at)
			.stream()
			.sorted((a, b) -> SwedishText.ORDER.compare(a.details().name(), b.details().name()))
			.map((version) -> response(version, List.of()))
			.toList();
	}

	/** The type's latest version, scheduled ones included. */
	public AdminAppointmentTypeResponse get(String code) {
		return response(this.catalog.latest(code), List.of());
	}

	/*
	 * effectiveFrom: when the change takes effect, null for now; the warnings of how it
	 * was read join those of the change.
	 */

	@Transactional
	public AdminAppointmentTypeResponse create(AppointmentTypeRequest request, TimeInput.Reading effectiveFrom,
			String actor) {
		return recorded(AuditTrail.Action.CREATE, actor,
				this.catalog.create(request.toDetails(), instant(effectiveFrom)), effectiveFrom);
	}

	@Transactional
	public AdminAppointmentTypeResponse update(String code, IfMatch ifMatch, AppointmentTypeRequest request,
			TimeInput.Reading effectiveFrom, String actor) {
		return recorded(AuditTrail.Action.UPDATE, actor,
				this.catalog.update(code, ifMatch::matches, request.toDetails(), instant(effectiveFrom)),
				effectiveFrom);
	}

	@Transactional
	public AdminAppointmentTypeResponse retire(String code, IfMatch ifMatch, TimeInput.Reading effectiveFrom,
			String actor) {
		return recorded(AuditTrail.Action.RETIRE, actor,
				this.catalog.retire(code, ifMatch::matches, instant(effectiveFrom)), effectiveFrom);
	}

	@Transactional
	public AdminAppointmentTypeResponse reinstate(String code, IfMatch ifMatch, TimeInput.Reading effectiveFrom,
			String actor) {
		return recorded(AuditTrail.Action.REINSTATE, actor,
				this.catalog.reinstate(code, ifMatch::matches, instant(effectiveFrom)), effectiveFrom);
	}

	/**
	 * Withdraws a pending change.
	 * @return the type's version it leaves as the latest, or {@code null} when a
	 * scheduled creation was withdrawn
	 */
	@Transactional
	public AdminAppointmentTypeResponse cancelScheduledChange(String code, long version, IfMatch ifMatch,
			String actor) {
		Long changeset = this.audit.changesetOf(code, version);
		if (changeset != null) {
			// A changeset takes effect as a whole, so it is withdrawn as a whole.
			throw ProblemType.CHANGESET_CONFLICT.exception(
					"Version " + version + " of '" + code + "' was made by changeset " + changeset
							+ ", which is withdrawn as a whole: cancel the changeset.",
					Map.of("changesetId", changeset, "code", code, "version", version));
		}
		CatalogChange change = this.catalog.withdraw(code, version, ifMatch::matches);
		this.audit.record(Instant.now(this.clock), actor, AuditTrail.Action.CANCEL_SCHEDULED_CHANGE, change.revision(),
				change.before(), change.after());
		return (change.after() != null) ? response(change.after(), List.of()) : null;
	}

	/**
	 * One page of the changes that take effect later, soonest first; only a type's when a
	 * code is given (read by its index, not a scan).
	 */
	@Transactional(readOnly = true)
	public ScheduledChanges scheduledChanges(String code, int page, int size) {
		Instant now = this.clock.instant();
		String only = (code != null && !code.isBlank()) ? code : null;
		CatalogTimeline timeline = (only != null) ? this.catalog.timeline(only) : this.catalog.timeline();
		List<CatalogVersion> pending = timeline.pending(now);
		int from = (int) Math.min((long) page * size, pending.size());
		List<CatalogVersion> shown = pending.subList(from, Math.min(from + size, pending.size()));
		Map<String, String> scheduledBy = shown.isEmpty() ? Map.of() : this.audit.recordedAfter(now, only);
		List<ScheduledChangeResponse> changes = new ArrayList<>(shown.size());
		for (CatalogVersion version : shown) {
			CatalogVersion before = previous(timeline.history(version.code()), version);
			changes.add(ScheduledChangeResponse.from(version, before,
					scheduledBy.get(AuditTrail.key(version.code(), version.version())), this.zone));
		}
		return new ScheduledChanges(List.copyOf(changes), pending.size(), timeline.revision());
	}

	/**
	 * One page of pending changes.
	 *
	 * @param items the changes on the page
	 * @param total how many changes are pending in all
	 * @param revision the catalog revision they were read at
	 */
	public record ScheduledChanges(List<ScheduledChangeResponse> items, int total, long revision) {
	}

	@Transactional(readOnly = true)
	public AuditEntryResponse.Page audit(String code, int page, int size) {
		return this.audit.page(code, page, size);
	}

	private AdminAppointmentTypeResponse recorded(AuditTrail.Action action, String actor, CatalogChange change,
			TimeInput.Reading effectiveFrom) {
		if (change.changed()) {
			this.audit.record(Instant.now(this.clock), actor, action, change.revision(), change.before(),
					change.after());
		}
		List<String> warnings = new ArrayList<>(change.warnings());
		if (effectiveFrom != null) {
			warnings.addAll(effectiveFrom.warnings());
		}
		return response(change.after(), List.copyOf(warnings));
	}

	private static Instant instant(TimeInput.Reading reading) {
		return (reading != null) ? reading.instant() : null;
	}

	private AdminAppointmentTypeResponse response(CatalogVersion version, List<String> warnings) {
		return AdminAppointmentTypeResponse.from(version, warnings, this.zone);
	}

	private static CatalogVersion previous(List<CatalogVersion> history, CatalogVersion version) {
		int index = history.indexOf(version);
		return (index > 0) ? history.get(index - 1) : null;
	}

}
