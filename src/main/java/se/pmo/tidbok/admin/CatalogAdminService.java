package se.pmo.tidbok.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.pmo.tidbok.catalog.AppointmentType;
import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.AppointmentTypeRepository;
import se.pmo.tidbok.catalog.CatalogChanged;
import se.pmo.tidbok.catalog.CatalogEntry;
import se.pmo.tidbok.catalog.RightsCheck;
import se.pmo.tidbok.catalog.SwedishText;
import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;

/**
 * Changes to the catalog. Each change, its audit row and the catalog revision bump are
 * one transaction. Bumping the single revision row first serializes concurrent changes;
 * the row version catches any change made after the caller read the type.
 */
@Service
class CatalogAdminService {

	private final AppointmentTypeRepository repository;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogAdminService(AppointmentTypeRepository repository, AuditTrail audit, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AdminAppointmentTypeResponse> list() {
		return this.repository.findAll()
			.stream()
			.map(AppointmentType::toEntry)
			.sorted((a, b) -> SwedishText.ORDER.compare(a.name(), b.name()))
			.map((entry) -> AdminAppointmentTypeResponse.from(entry, List.of()))
			.toList();
	}

	@Transactional(readOnly = true)
	CatalogEntry get(String code) {
		return find(code).toEntry();
	}

	@Transactional
	AdminAppointmentTypeResponse create(AppointmentTypeRequest request, String actor) {
		AppointmentTypeDetails details = request.toDetails();
		RightsCheck.Result check = checked(details);
		String code = SwedishText.code(details.name());
		if (code.isEmpty()) {
			throw new CatalogChangeRefusedException.InvalidFields(false,
					List.of(new RightsCheck.FieldError("name", "must contain a letter or a digit")));
		}
		long revision = bumpRevision();
		// Only to say whether the code belongs to a retired type; the unique constraints
		// decide.
		this.repository.findByCode(code).ifPresent((existing) -> {
			throw new CatalogChangeRefusedException.CodeTaken(code, existing.isRetired());
		});
		CatalogEntry created = saved(new AppointmentType(code, details), details);
		return changed(AuditTrail.Action.CREATE, actor, revision, null, created, check.warnings());
	}

	@Transactional
	AdminAppointmentTypeResponse update(String code, IfMatch ifMatch, AppointmentTypeRequest request, String actor) {
		AppointmentTypeDetails details = request.toDetails();
		RightsCheck.Result check = checked(details);
		AppointmentType type = findMatching(code, ifMatch);
		if (type.details().equals(details)) {
			return AdminAppointmentTypeResponse.from(type.toEntry(), check.warnings());
		}
		long revision = bumpRevision();
		CatalogEntry before = type.toEntry();
		type.apply(details);
		return changed(AuditTrail.Action.UPDATE, actor, revision, before, saved(type, details), check.warnings());
	}

	@Transactional
	AdminAppointmentTypeResponse retire(String code, IfMatch ifMatch, String actor) {
		AppointmentType type = findMatching(code, ifMatch);
		if (type.isRetired()) {
			throw new CatalogChangeRefusedException.StateConflict(code, true);
		}
		long revision = bumpRevision();
		CatalogEntry before = type.toEntry();
		type.retire();
		return changed(AuditTrail.Action.RETIRE, actor, revision, before, flush(type), List.of());
	}

	@Transactional
	AdminAppointmentTypeResponse reinstate(String code, IfMatch ifMatch, String actor) {
		AppointmentType type = findMatching(code, ifMatch);
		if (!type.isRetired()) {
			throw new CatalogChangeRefusedException.StateConflict(code, false);
		}
		long revision = bumpRevision();
		CatalogEntry before = type.toEntry();
		type.reinstate();
		return changed(AuditTrail.Action.REINSTATE, actor, revision, before, flush(type), List.of());
	}

	@Transactional(readOnly = true)
	AuditEntryResponse.Page audit(String code, int page, int size) {
		return this.audit.page(code, page, size);
	}

	private static RightsCheck.Result checked(AppointmentTypeDetails details) {
		RightsCheck.Result check = RightsCheck.check(details);
		if (!check.errors().isEmpty()) {
			throw new CatalogChangeRefusedException.InvalidFields(true, check.errors());
		}
		return check;
	}

	private AppointmentType find(String code) {
		return this.repository.findByCode(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
	}

	private AppointmentType findMatching(String code, IfMatch ifMatch) {
		AppointmentType type = find(code);
		if (!ifMatch.matches(type.toEntry().etag())) {
			throw new CatalogChangeRefusedException.StaleVersion(code, type.toEntry().etag());
		}
		return type;
	}

	private CatalogEntry flush(AppointmentType type) {
		try {
			return this.repository.saveAndFlush(type).toEntry();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Another administrator's change to this type committed after we read it.
			throw new CatalogChangeRefusedException.StaleVersion(type.getCode(), null);
		}
	}

	/**
	 * Writes a created or renamed type. The database's unique constraints on the code and
	 * on the normalized name are the last word: a change that lost a race to another is
	 * refused by them, and answered as the conflict the constraint stands for.
	 */
	private CatalogEntry saved(AppointmentType type, AppointmentTypeDetails details) {
		try {
			return flush(type);
		}
		catch (DataIntegrityViolationException ex) {
			String constraint = Constraints.violated(ex);
			if (AppointmentType.UNIQUE_CODE.equals(constraint)) {
				throw new CatalogChangeRefusedException.CodeTaken(type.getCode(), false);
			}
			if (AppointmentType.UNIQUE_NAME.equals(constraint)) {
				throw new CatalogChangeRefusedException.DuplicateName(details.name());
			}
			throw ex;
		}
	}

	private long bumpRevision() {
		Long revision = this.jdbc
			.queryForObject("UPDATE catalog_revision SET revision = revision + 1 RETURNING revision", Long.class);
		return (revision != null) ? revision : 0;
	}

	private AdminAppointmentTypeResponse changed(AuditTrail.Action action, String actor, long revision,
			CatalogEntry before, CatalogEntry after, List<String> warnings) {
		this.audit.record(Instant.now(this.clock), actor, action, revision, before, after);
		this.events.publishEvent(new CatalogChanged(revision));
		return AdminAppointmentTypeResponse.from(after, warnings);
	}

}
