package se.pmo.tidbok.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the catalog goes through here: the catalog checks its own invariants
 * (consistent rights, a code derived from the name, unique names and codes, a timeline
 * that only grows at its end), records the change as a new version of the type, bumps the
 * catalog revision and announces the change with {@link CatalogChanged}. Each method
 * joins the caller's transaction, so a caller can record the change (the audit trail) in
 * the same commit.
 * <p>
 * A change takes effect at its {@code effectiveFrom} (now when it is left out, never
 * before now), which must not lie before the type's last version: changes append to the
 * end of the type's timeline. Only the last version can be withdrawn, and only while it
 * is pending. Every change first bumps the single revision row, which serializes changes:
 * what a change reads after that is what the last committed change left, so the entity
 * tag it checks and the names it compares are current. The database's unique constraints
 * on the latest versions are the last word on names and codes.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CatalogWrites {

	private final AppointmentTypeRepository repository;

	private final CatalogVersions versions;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogWrites(AppointmentTypeRepository repository, CatalogVersions versions, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.versions = versions;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The catalog's timeline as committed now. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogTimeline timeline() {
		return this.versions.timeline();
	}

	/** The type's latest version, scheduled ones included: the one a change builds on. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogVersion latest(String code) {
		return this.versions.timeline().latest(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
	}

	/**
	 * Creates a type.
	 * @param effectiveFrom when the type comes into being; now when {@code null}
	 */
	public CatalogChange create(AppointmentTypeDetails details, Instant effectiveFrom) {
		RightsCheck.Result check = checked(details);
		String code = codeOf(details);
		return changed(created(begin(effectiveFrom), code, details, check));
	}

	private static String codeOf(AppointmentTypeDetails details) {
		String code = SwedishText.code(details.name());
		if (code.isEmpty()) {
			throw new CatalogChangeRefusedException.InvalidFields(false,
					List.of(new RightsCheck.FieldError("name", "must contain a letter or a digit")));
		}
		return code;
	}

	private CatalogChange created(Change change, String code, AppointmentTypeDetails details,
			RightsCheck.Result check) {
		AppointmentType type = this.repository.findByCode(code).orElse(null);
		CatalogVersion last = change.timeline().latest(code).orElse(null);
		if (last != null) {
			throw new CatalogChangeRefusedException.CodeTaken(code, last.retired());
		}
		requireNameFree(change, code, details.name());
		// The code of a type whose scheduled creation was withdrawn is still that type's.
		CatalogVersion after = change.version(code, this.versions.nextVersion(code), details, false);
		return new CatalogChange(change.revision(), null,
				saved((type != null) ? type : new AppointmentType(code), after), check.warnings());
	}

	/**
	 * Changes a type's name, description and rights.
	 * @param ifMatch whether the caller's precondition accepts the type's current entity
	 * tag
	 * @param effectiveFrom when the change takes effect; now when {@code null}
	 */
	public CatalogChange update(String code, Predicate<String> ifMatch, AppointmentTypeDetails details,
			Instant effectiveFrom) {
		RightsCheck.Result check = checked(details);
		// A write of the same values changes nothing, not even the catalog revision (and
		// so the lists' entity tags): seen before the write lock is taken.
		CatalogVersion current = latestMatching(this.versions.timeline(), code, ifMatch);
		if (current.details().equals(details)) {
			return CatalogChange.none(current, check.warnings());
		}
		Change change = begin(effectiveFrom);
		CatalogVersion last = latestMatching(change.timeline(), code, ifMatch);
		if (last.details().equals(details)) {
			return CatalogChange.none(last, check.warnings());
		}
		return changed(revised(change, last, details, last.retired(), check));
	}

	/**
	 * Several changes as one, e.g. a whole PMO table: one catalog revision, one
	 * {@code effectiveFrom} for every version they make, one {@link CatalogChanged}, in
	 * the caller's transaction. The work reads the committed timeline from the batch and
	 * makes its changes through it; when it throws, nothing of it is written.
	 * @param effectiveFrom when every change takes effect; now when {@code null}
	 */
	public <T> T together(Instant effectiveFrom, Function<CatalogBatch, T> work) {
		Change change = begin(effectiveFrom);
		CatalogBatch batch = new CatalogBatch(this, change);
		T result = work.apply(batch);
		if (batch.changed()) {
			this.events.publishEvent(new CatalogChanged(change.revision()));
		}
		return result;
	}

	/**
	 * Gives the type these details and this retirement state, creating it when no type
	 * has the code; nothing when it has them already.
	 */
	CatalogChange revise(Change change, String code, AppointmentTypeDetails details, boolean retired) {
		RightsCheck.Result check = checked(details);
		CatalogVersion last = change.timeline().latest(code).orElse(null);
		if (last == null) {
			return created(change, codeOf(details), details, check);
		}
		if (last.details().equals(details) && last.retired() == retired) {
			return CatalogChange.none(last, check.warnings());
		}
		return revised(change, last, details, retired, check);
	}

	private CatalogChange revised(Change change, CatalogVersion last, AppointmentTypeDetails details, boolean retired,
			RightsCheck.Result check) {
		requireAfter(change, last);
		requireNameFree(change, last.code(), details.name());
		CatalogVersion after = change.version(last.code(), this.versions.nextVersion(last.code()), details, retired);
		return new CatalogChange(change.revision(), last, saved(find(last.code()), after), check.warnings());
	}

	/**
	 * Retires a type.
	 * @param effectiveFrom when it is retired; now when {@code null}
	 */
	public CatalogChange retire(String code, Predicate<String> ifMatch, Instant effectiveFrom) {
		return changeRetirement(code, ifMatch, effectiveFrom, true);
	}

	/**
	 * Reinstates a retired type.
	 * @param effectiveFrom when it is reinstated; now when {@code null}
	 */
	public CatalogChange reinstate(String code, Predicate<String> ifMatch, Instant effectiveFrom) {
		return changeRetirement(code, ifMatch, effectiveFrom, false);
	}

	/**
	 * Withdraws a pending change: the type's last version, which has not taken effect.
	 * @param ifMatch whether the caller's precondition accepts the type's current entity
	 * tag, which is that of the withdrawn version
	 */
	public CatalogChange withdraw(String code, long version, Predicate<String> ifMatch) {
		Change change = begin(null);
		CatalogChange withdrawal = withdraw(change, code, version, ifMatch);
		this.events.publishEvent(new CatalogChanged(change.revision()));
		return withdrawal;
	}

	CatalogChange withdraw(Change change, String code, long version, Predicate<String> ifMatch) {
		List<CatalogVersion> history = change.timeline().history(code);
		CatalogVersion last = latestMatching(change.timeline(), code, ifMatch);
		CatalogVersion withdrawn = history.stream()
			.filter((candidate) -> candidate.version() == version)
			.findFirst()
			.orElseThrow(() -> new CatalogChangeRefusedException.UnknownScheduledChange(code, version,
					this.versions.withdrawn(code, version)));
		if (withdrawn.startedBy(change.now())) {
			throw new CatalogChangeRefusedException.ChangeInForce(withdrawn);
		}
		if (withdrawn != last) {
			throw CatalogChangeRefusedException.ScheduleConflict.notLast(withdrawn, last);
		}
		this.versions.withdraw(code, version, change.now());
		CatalogVersion remaining = (history.size() > 1) ? history.get(history.size() - 2) : null;
		AppointmentType type = find(code);
		if (remaining != null) {
			type.apply(remaining);
		}
		else {
			type.clear();
		}
		this.repository.saveAndFlush(type);
		return new CatalogChange(change.revision(), withdrawn, remaining, List.of());
	}

	private CatalogChange changeRetirement(String code, Predicate<String> ifMatch, Instant effectiveFrom,
			boolean retired) {
		Change change = begin(effectiveFrom);
		CatalogVersion last = latestMatching(change.timeline(), code, ifMatch);
		if (last.retired() == retired) {
			throw new CatalogChangeRefusedException.StateConflict(code, retired);
		}
		requireAfter(change, last);
		CatalogVersion after = change.version(code, this.versions.nextVersion(code), last.details(), retired);
		return changed(new CatalogChange(change.revision(), last, saved(find(code), after), List.of()));
	}

	/**
	 * Starts a change: takes the catalog's write lock by bumping its revision, then reads
	 * the time and the committed timeline.
	 */
	private Change begin(Instant effectiveFrom) {
		Long revision = this.jdbc
			.queryForObject("UPDATE catalog_revision SET revision = revision + 1 RETURNING revision", Long.class);
		// PostgreSQL keeps microseconds: what is answered is what is stored.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant from = now;
		if (effectiveFrom != null) {
			from = effectiveFrom.truncatedTo(ChronoUnit.MICROS);
			if (from.isBefore(now)) {
				throw new CatalogChangeRefusedException.EffectiveFromInPast(effectiveFrom, now);
			}
		}
		return new Change((revision != null) ? revision : 0, now, from, this.versions.timeline());
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

	private static CatalogVersion latestMatching(CatalogTimeline timeline, String code, Predicate<String> ifMatch) {
		CatalogVersion last = timeline.latest(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
		if (!ifMatch.test(last.etag())) {
			throw new CatalogChangeRefusedException.StaleVersion(code, last.etag());
		}
		return last;
	}

	/**
	 * The change must take effect after the type's last version: at or after it when that
	 * one is in force (several changes made at one instant follow each other), strictly
	 * after it when it is pending.
	 */
	private static void requireAfter(Change change, CatalogVersion last) {
		Instant lastFrom = last.effectiveFrom();
		if (lastFrom == null) {
			return;
		}
		boolean pending = lastFrom.isAfter(change.now());
		if (change.from().isBefore(lastFrom) || (pending && change.from().equals(lastFrom))) {
			throw CatalogChangeRefusedException.ScheduleConflict.before(last, change.from());
		}
	}

	/**
	 * A name is taken while another type bears it, or one that looks the same, now or in
	 * a pending change.
	 */
	private static void requireNameFree(Change change, String code, String name) {
		if (change.bearing(NameRule.key(name)).stream().anyMatch((other) -> !other.equals(code))) {
			throw new CatalogChangeRefusedException.DuplicateName(name);
		}
	}

	/**
	 * Writes the type's new latest version. A change that lost a race to another is
	 * refused by the database's unique constraints, and answered as the conflict the
	 * constraint stands for.
	 */
	private CatalogVersion saved(AppointmentType type, CatalogVersion version) {
		type.apply(version);
		try {
			this.repository.saveAndFlush(type);
		}
		catch (DataIntegrityViolationException ex) {
			String constraint = Constraints.violated(ex);
			if (AppointmentType.UNIQUE_CODE.equals(constraint)) {
				throw new CatalogChangeRefusedException.CodeTaken(type.getCode(), false);
			}
			if (AppointmentType.UNIQUE_NAME.equals(constraint)) {
				throw new CatalogChangeRefusedException.DuplicateName(version.details().name());
			}
			throw ex;
		}
		this.versions.insert(version);
		return version;
	}

	private CatalogChange changed(CatalogChange change) {
		this.events.publishEvent(new CatalogChanged(change.revision()));
		return change;
	}

	/**
	 * One change in the making.
	 *
	 * @param revision the catalog revision it makes
	 * @param now when it is made
	 * @param from when it takes effect
	 * @param timeline the catalog's timeline before it
	 * @param names the codes of the types bearing each name key now or in a pending
	 * change, filled when first asked for, so that the many changes of a batch compute
	 * each key once
	 */
	record Change(long revision, Instant now, Instant from, CatalogTimeline timeline, Map<String, Set<String>> names) {

		Change(long revision, Instant now, Instant from, CatalogTimeline timeline) {
			this(revision, now, from, timeline, new HashMap<>());
		}

		/**
		 * The codes of the types that bear a name with this key now or in a pending
		 * change.
		 */
		Set<String> bearing(String key) {
			if (this.names.isEmpty()) {
				for (CatalogVersion version : this.timeline.inForceOrLater(this.now)) {
					this.names.computeIfAbsent(NameRule.key(version.details().name()), (k) -> new HashSet<>())
						.add(version.code());
				}
			}
			return this.names.getOrDefault(key, Set.of());
		}

		CatalogVersion version(String code, long version, AppointmentTypeDetails details, boolean retired) {
			return new CatalogVersion(code, version, this.from, this.now, this.revision, details, retired, null);
		}

	}

}
