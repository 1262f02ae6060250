package se.pmo.tidbok.catalog;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the catalog goes through here: the catalog checks its own invariants
 * (consistent rights, a code derived from the name, unique names and codes), bumps the
 * catalog revision and announces the change with {@link CatalogChanged}. Each method
 * joins the caller's transaction, so a caller can record the change (the audit trail) in
 * the same commit. Bumping the single revision row first serializes concurrent changes;
 * the row version catches a change made after the caller read the type; the database's
 * unique constraints are the last word on names and codes.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CatalogWrites {

	private final AppointmentTypeRepository repository;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	CatalogWrites(AppointmentTypeRepository repository, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Every type, retired ones included, in the PMO table's order. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public List<CatalogEntry> all() {
		return this.repository.findAll()
			.stream()
			.map(AppointmentType::toEntry)
			.sorted((a, b) -> SwedishText.ORDER.compare(a.name(), b.name()))
			.toList();
	}

	/** The type with this code, retired or not. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogEntry get(String code) {
		return find(code).toEntry();
	}

	public CatalogChange create(AppointmentTypeDetails details) {
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
		return changed(revision, null, saved(new AppointmentType(code, details), details), check.warnings());
	}

	/**
	 * Changes a type's name, description and rights.
	 * @param ifMatch whether the caller's precondition accepts the type's current entity
	 * tag
	 */
	public CatalogChange update(String code, Predicate<String> ifMatch, AppointmentTypeDetails details) {
		RightsCheck.Result check = checked(details);
		AppointmentType type = findMatching(code, ifMatch);
		if (type.details().equals(details)) {
			return CatalogChange.none(type.toEntry(), check.warnings());
		}
		long revision = bumpRevision();
		CatalogEntry before = type.toEntry();
		type.apply(details);
		return changed(revision, before, saved(type, details), check.warnings());
	}

	public CatalogChange retire(String code, Predicate<String> ifMatch) {
		AppointmentType type = findMatching(code, ifMatch);
		if (type.isRetired()) {
			throw new CatalogChangeRefusedException.StateConflict(code, true);
		}
		long revision = bumpRevision();
		CatalogEntry before = type.toEntry();
		type.retire();
		return changed(revision, before, flush(type), List.of());
	}

	public CatalogChange reinstate(String code, Predicate<String> ifMatch) {
		AppointmentType type = findMatching(code, ifMatch);
		if (!type.isRetired()) {
			throw new CatalogChangeRefusedException.StateConflict(code, false);
		}
		long revision = bumpRevision();
		CatalogEntry before = type.toEntry();
		type.reinstate();
		return changed(revision, before, flush(type), List.of());
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

	private AppointmentType findMatching(String code, Predicate<String> ifMatch) {
		AppointmentType type = find(code);
		if (!ifMatch.test(type.toEntry().etag())) {
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
	 * Writes a created or renamed type. A change that lost a race to another is refused
	 * by the database's unique constraints, and answered as the conflict the constraint
	 * stands for.
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

	private CatalogChange changed(long revision, CatalogEntry before, CatalogEntry after, List<String> warnings) {
		this.events.publishEvent(new CatalogChanged(revision));
		return new CatalogChange(revision, before, after, warnings);
	}

}
