package se.pmo.tidbok.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.pmo.tidbok.catalog.CatalogChange;
import se.pmo.tidbok.catalog.CatalogEntry;
import se.pmo.tidbok.catalog.CatalogWrites;

/**
 * An administrator's changes to the catalog: the catalog makes each change
 * ({@link CatalogWrites}) and this records it in the audit trail, in one transaction.
 */
@Service
class CatalogAdminService {

	private final CatalogWrites catalog;

	private final AuditTrail audit;

	private final Clock clock;

	CatalogAdminService(CatalogWrites catalog, AuditTrail audit, Clock clock) {
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	List<AdminAppointmentTypeResponse> list() {
		return this.catalog.all().stream().map((entry) -> AdminAppointmentTypeResponse.from(entry, List.of())).toList();
	}

	CatalogEntry get(String code) {
		return this.catalog.get(code);
	}

	@Transactional
	AdminAppointmentTypeResponse create(AppointmentTypeRequest request, String actor) {
		return recorded(AuditTrail.Action.CREATE, actor, this.catalog.create(request.toDetails()));
	}

	@Transactional
	AdminAppointmentTypeResponse update(String code, IfMatch ifMatch, AppointmentTypeRequest request, String actor) {
		return recorded(AuditTrail.Action.UPDATE, actor,
				this.catalog.update(code, ifMatch::matches, request.toDetails()));
	}

	@Transactional
	AdminAppointmentTypeResponse retire(String code, IfMatch ifMatch, String actor) {
		return recorded(AuditTrail.Action.RETIRE, actor, this.catalog.retire(code, ifMatch::matches));
	}

	@Transactional
	AdminAppointmentTypeResponse reinstate(String code, IfMatch ifMatch, String actor) {
		return recorded(AuditTrail.Action.REINSTATE, actor, this.catalog.reinstate(code, ifMatch::matches));
	}

	@Transactional(readOnly = true)
	AuditEntryResponse.Page audit(String code, int page, int size) {
		return this.audit.page(code, page, size);
	}

	private AdminAppointmentTypeResponse recorded(AuditTrail.Action action, String actor, CatalogChange change) {
		if (change.changed()) {
			this.audit.record(Instant.now(this.clock), actor, action, change.revision(), change.before(),
					change.after());
		}
		return AdminAppointmentTypeResponse.from(change.after(), change.warnings());
	}

}
