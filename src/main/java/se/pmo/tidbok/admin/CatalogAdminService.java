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
import se.pmo.tidbok.catalog.TimeOutput;
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

	CatalogAdminService(CatalogWrites catalog, AuditTrail audit, Clock clock, ZoneId calendarZone) {
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
		this.zone = calendarZone;
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

	@Transactional
	public AdminAppointmentTypeResponse create(AppointmentTypeRequest request, Instant effectiveFrom, String actor) {
		return recorded(AuditTrail.Action.CREATE, actor, this.catalog.create(request.toDetails(), effectiveFrom));
	}

	@Transactional
	public AdminAppointmentTypeResponse update(String code, IfMatch ifMatch, AppointmentTypeRequest request,
			Instant effectiveFrom, String actor) {
		return recorded(AuditTrail.Action.UPDATE, actor,
				this.catalog.update(code, ifMatch::matches, request.toDetails(), effectiveFrom));
	}

	@Transactional
	public AdminAppointmentTypeResponse retire(String code, IfMatch ifMatch, Instant effectiveFrom, String actor) {
		return recorded(AuditTrail.Action.RETIRE, actor, this.catalog.retire(code, ifMatch::matches, effectiveFrom));
	}

	@Transactional
	public AdminAppointmentTypeResponse reinstate(String code, IfMatch ifMatch, Instant effectiveFrom, String actor) {
		return recorded(AuditTrail.Action.REINSTATE, actor,
				this.catalog.reinstate(code, ifMatch::matches, effectiveFrom));
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
	 * The changes that take effect later, soonest first; only a type's when a code is
	 * given.
	 */
	@Transactional(readOnly = true)
	public List<ScheduledChangeResponse> scheduledChanges(String code) {
		Instant now = this.clock.instant();
		CatalogTimeline timeline = this.catalog.timeline();
		Map<String, String> scheduledBy = this.audit.recordedAfter(now);
		List<ScheduledChangeResponse> changes = new ArrayList<>();
		for (CatalogVersion version : timeline.pending(now)) {
			if (code != null && !code.isBlank() && !version.code().equals(code)) {
				continue;
			}
			CatalogVersion before = previous(timeline.history(version.code()), version);
			changes.add(new ScheduledChangeResponse(version.code(), version.version(),
					TimeOutput.local(version.effectiveFrom(), this.zone), AuditTrail.Action.of(before, version),
					scheduledBy.get(AuditTrail.key(version.code(), version.version())),
					TimeOutput.local(version.recordedAt(), this.zone), AuditTrail.state(before),
					AuditTrail.state(version)));
		}
		return changes;
	}

	@Transactional(readOnly = true)
	public AuditEntryResponse.Page audit(String code, int page, int size) {
		return this.audit.page(code, page, size);
	}

	private AdminAppointmentTypeResponse recorded(AuditTrail.Action action, String actor, CatalogChange change) {
		if (change.changed()) {
			this.audit.record(Instant.now(this.clock), actor, action, change.revision(), change.before(),
					change.after());
		}
		return response(change.after(), change.warnings());
	}

	private AdminAppointmentTypeResponse response(CatalogVersion version, List<String> warnings) {
		return AdminAppointmentTypeResponse.from(version, warnings, this.zone);
	}

	private static CatalogVersion previous(List<CatalogVersion> history, CatalogVersion version) {
		int index = history.indexOf(version);
		return (index > 0) ? history.get(index - 1) : null;
	}

}
