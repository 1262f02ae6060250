package se.pmo.tidbok.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.TimeOutput;

/**
 * Every change to the catalog goes through here: the catalog checks its own invariants
 * (consistent rights, a code derived from the name, unique names and codes, a timeline
 * that only grows at its end), records the change as a new version of the type, bumps the
 * catalog revision and announces the change with {@link CatalogChanged}. Each method
 * joins the caller's transaction, so a caller can record the change (the audit trail) in
 * the same commit.
 * <p>
 * No change becomes visible, on any instance, for an instant any instance may already
 * have answered: a change takes effect no earlier than the propagation delay after it is
 * made ({@link CatalogProperties#propagationDelay()}, the longest an instance takes to
 * learn of it), at its {@code effectiveFrom} or, when that is left out, exactly then; and
 * a pending change can be withdrawn only until the propagation delay before it takes
 * effect. The time is read after the write lock is held, so it is never earlier than the
 * commit of the change before. A change must not take effect before the type's last
 * version: changes append to the end of the type's timeline. Only the last version can be
 * withdrawn. Every change first bumps the single revision row, which serializes changes:
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

	private final Duration propagationDelay;

	/** The zone whose offsets the times in refusals carry. */
	private final ZoneId zone;

	CatalogWrites(AppointmentTypeRepository repository, CatalogVersions versions, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock, CatalogProperties properties, CalendarZone calendarZone) {
		this.repository = repository;
		this.versions = versions;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.propagationDelay = properties.propagationDelay();
		this.zone = calendarZone.zone();
	}

	/** The catalog's timeline as committed now. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogTimeline timeline() {
		return this.versions.timeline();
	}

	/** One type's timeline as committed now (empty for an unknown code). */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogTimeline timeline(String code) {
		return this.versions.timeline(code);
	}

	/** The type's latest version, scheduled ones included: the one a change builds on. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogVersion latest(String code) {
		return this.versions.timeline().latest(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
	}

	/**
	 * Creates a type.
	 * @param effectiveFrom when the type comes into being; as soon as every instance
	 * knows of it when {@code null}
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
		return result(change, null, saved((type != null) ? type : new AppointmentType(code), after), check.warnings());
	}

	/**
	 * Changes a type's name, description and rights.
	 * @param ifMatch whether the caller's precondition accepts the type's current entity
	 * tag
	 * @param effectiveFrom when the change takes effect; as soon as every instance knows
	 * of it when {@code null}
	 */
	public CatalogChange update(String code, Predicate<String> ifMatch, AppointmentTypeDetails details,
			Instant effectiveFrom) {
		RightsCheck.Result check = checked(details);
		// Every parameter is judged before a write of the same values is answered as one.
		requireNotPast(effectiveFrom, now());
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
		return result(change, last, saved(find(last.code()), after), check.warnings());
	}

	/**
	 * Retires a type.
	 * @param effectiveFrom when it is retired; as soon as possible when {@code null}
	 */
	public CatalogChange retire(String code, Predicate<String> ifMatch, Instant effectiveFrom) {
		return changeRetirement(code, ifMatch, effectiveFrom, true);
	}

	/**
	 * Reinstates a retired type.
	 * @param effectiveFrom when it is reinstated; as soon as possible when {@code null}
	 */
	public CatalogChange reinstate(String code, Predicate<String> ifMatch, Instant effectiveFrom) {
		return changeRetirement(code, ifMatch, effectiveFrom, false);
	}

	/**
	 * Withdraws a pending change: the type's last version, which takes effect later than
	 * the propagation delay from now.
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
		// What does not exist is refused before the precondition is compared: a stale
		// If-Match would otherwise hide that there is nothing to withdraw.
		change.timeline().latest(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
		List<CatalogVersion> history = change.timeline().history(code);
		CatalogVersion withdrawn = history.stream()
			.filter((candidate) -> candidate.version() == version)
			.findFirst()
			.orElseThrow(() -> new CatalogChangeRefusedException.UnknownScheduledChange(code, version,
					this.versions.withdrawn(code, version)));
		CatalogVersion last = latestMatching(change.timeline(), code, ifMatch);
		if (withdrawn.startedBy(change.now().plus(this.propagationDelay))) {
			throw new CatalogChangeRefusedException.ChangeInForce(withdrawn, this.propagationDelay, this.zone);
		}
		if (withdrawn != last) {
			throw CatalogChangeRefusedException.ScheduleConflict.notLast(withdrawn, last, this.zone);
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
		return changed(result(change, last, saved(find(code), after), List.of()));
	}

	/**
	 * Starts a change: takes the catalog's write lock by bumping its revision, then reads
	 * the time and the committed timeline. The change takes effect at the earliest the
	 * propagation delay from now.
	 */
	private Change begin(Instant effectiveFrom) {
		Long revision = this.jdbc
			.queryForObject("UPDATE catalog_revision SET revision = revision + 1 RETURNING revision", Long.class);
		Instant now = now();
		Instant from = requireNotPast(effectiveFrom, now);
		return new Change((revision != null) ? revision : 0, now, from, effectiveFrom == null,
				this.versions.timeline());
	}

	/**
	 * Now, to the microsecond: PostgreSQL keeps microseconds, and what is answered is
	 * what is stored.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** When a change takes effect: now when not given, and never before now. */
	/**
	 * When a change asked to take effect at {@code effectiveFrom} does: never before the
	 * propagation delay from now, and exactly then when it is left out.
	 */
	private Instant requireNotPast(Instant effectiveFrom, Instant now) {
		Instant earliest = now.plus(this.propagationDelay);
		if (effectiveFrom == null) {
			return earliest;
		}
		Instant from = effectiveFrom.truncatedTo(ChronoUnit.MICROS);
		if (from.isBefore(earliest)) {
			throw new CatalogChangeRefusedException.EffectiveFromInPast(effectiveFrom, now, earliest, this.zone);
		}
		return from;
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
	private void requireAfter(Change change, CatalogVersion last) {
		Instant lastFrom = last.effectiveFrom();
		if (lastFrom == null) {
			return;
		}
		boolean pending = lastFrom.isAfter(change.now());
		if (change.from().isBefore(lastFrom) || (pending && change.from().equals(lastFrom))) {
			throw CatalogChangeRefusedException.ScheduleConflict.before(last, change.from(), this.zone);
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

	/** What a change answers; an immediate one says when it takes effect. */
	private CatalogChange result(Change change, CatalogVersion before, CatalogVersion after, List<String> warnings) {
		if (!change.immediate()) {
			return new CatalogChange(change.revision(), before, after, warnings);
		}
		List<String> said = new ArrayList<>(warnings);
		said.add("Takes effect at " + TimeOutput.text(after.effectiveFrom(), this.zone) + ", "
				+ this.propagationDelay.toMillis() + " ms from now: the earliest instant every instance serves it.");
		return new CatalogChange(change.revision(), before, after, List.copyOf(said));
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
	 * @param immediate whether it takes effect as soon as possible, no instant given
	 * @param timeline the catalog's timeline before it
	 * @param names the codes of the types bearing each name key now or in a pending
	 * change, filled when first asked for, so that the many changes of a batch compute
	 * each key once
	 */
	record Change(long revision, Instant now, Instant from, boolean immediate, CatalogTimeline timeline,
			Map<String, Set<String>> names) {

		Change(long revision, Instant now, Instant from, boolean immediate, CatalogTimeline timeline) {
			this(revision, now, from, immediate, timeline, new HashMap<>());
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
