package se.pmo.tidbok.catalog;

import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.RefusedException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import se.pmo.tidbok.catalog.internal.CatalogStore;

/**
 * Records the versions that changes make, inside a change that holds the write lock
 * ({@link #open}): each checked against the committed timeline by the
 * {@link ScheduleRule} and the name rule of {@link OpenChange}, and by the database's
 * unique constraints.
 */
@Component
class VersionRecorder {

	private final CatalogStore store;

	/** Read once a change holds the write lock. */
	private final Clock clock;

	/** When the versions take effect, and when a pending one may be withdrawn. */
	private final ScheduleRule schedule;

	VersionRecorder(CatalogStore store, Clock clock, CatalogProperties properties, CalendarZone calendarZone) {
		this.store = store;
		this.clock = clock;
		this.schedule = new ScheduleRule(properties.propagationDelay(), calendarZone.zone());
	}

	/**
	 * Starts a change: takes the catalog's write lock by moving its revision on, then
	 * reads the time and the committed timeline.
	 */
	OpenChange open(Instant effectiveFrom) {
		long revision = this.store.moveRevisionOn();
		Instant now = now();
		Instant from = this.schedule.effectiveFrom(effectiveFrom, now);
		return new OpenChange(revision, now, from, effectiveFrom == null, this.store.timeline());
	}

	/**
	 * Now, to the microsecond: PostgreSQL keeps microseconds, and what is answered is
	 * what is stored.
	 */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	ScheduleRule schedule() {
		return this.schedule;
	}

	CatalogChange created(OpenChange change, String code, AppointmentTypeDetails details, List<String> warnings) {
		CatalogVersion last = change.timeline().latest(code).orElse(null);
		if (last != null) {
			throw new RefusedException(new CatalogRefusal.CodeTaken(code, last.retired()));
		}
		change.requireNameFree(code, details.name());
		CatalogVersion after = change.version(code, this.store.nextVersion(code), details.withRetired(false));
		return result(change, null, saved(after), warnings);
	}

	/**
	 * Gives the type these details and this retirement state, creating it when no type
	 * has the code; nothing when it has them already.
	 */
	CatalogChange revise(OpenChange change, String code, AppointmentTypeDetails details, boolean retired) {
		RightsCheck.Result check = checked(details);
		CatalogVersion last = change.timeline().latest(code).orElse(null);
		if (last == null) {
			return created(change, codeOf(details), details, check.warnings());
		}
		AppointmentTypeDetails after = details.withRetired(retired);
		if (last.details().equals(after)) {
			return CatalogChange.none(last, check.warnings());
		}
		return revised(change, last, after, check.warnings());
	}

	/** The type's next version, with these details, after its last one. */
	CatalogChange revised(OpenChange change, CatalogVersion last, AppointmentTypeDetails details,
			List<String> warnings) {
		this.schedule.requireAfter(last, change.from(), change.now());
		change.requireNameFree(last.code(), details.name());
		CatalogVersion after = change.version(last.code(), this.store.nextVersion(last.code()), details);
		return result(change, last, saved(after), warnings);
	}

	/** The type's next version, retired or reinstated, after its last one. */
	CatalogChange retirement(OpenChange change, CatalogVersion last, boolean retired) {
		this.schedule.requireAfter(last, change.from(), change.now());
		CatalogVersion after = change.version(last.code(), this.store.nextVersion(last.code()),
				last.details().withRetired(retired));
		return result(change, last, saved(after), List.of());
	}

	/** Withdraws the type's pending last version. */
	CatalogChange withdraw(OpenChange change, String code, long version, Predicate<String> ifMatch) {
		// What does not exist is refused before the precondition is compared: a stale
		// If-Match would otherwise hide that there is nothing to withdraw.
		change.timeline().latest(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
		List<CatalogVersion> history = change.timeline().history(code);
		CatalogVersion withdrawn = history.stream()
			.filter((candidate) -> candidate.version() == version)
			.findFirst()
			.orElseThrow(() -> new RefusedException(
					new CatalogRefusal.UnknownScheduledChange(code, version, this.store.withdrawn(code, version))));
		CatalogVersion last = latestMatching(change.timeline(), code, ifMatch);
		this.schedule.requireWithdrawable(withdrawn, last, change.now());
		CatalogVersion remaining = (history.size() > 1) ? history.get(history.size() - 2) : null;
		this.store.withdraw(withdrawn, remaining, change.now());
		return new CatalogChange(change.revision(), withdrawn, remaining, List.of());
	}

	static String codeOf(AppointmentTypeDetails details) {
		String code = SwedishText.code(details.name());
		if (code.isEmpty()) {
			throw new RefusedException(new CatalogRefusal.InvalidFields(false,
					List.of(new RightsCheck.FieldError("name", "must contain a letter or a digit"))));
		}
		return code;
	}

	static RightsCheck.Result checked(AppointmentTypeDetails details) {
		RightsCheck.Result check = RightsCheck.check(details);
		if (!check.errors().isEmpty()) {
			throw new RefusedException(new CatalogRefusal.InvalidFields(true, check.errors()));
		}
		return check;
	}

	static CatalogVersion latestMatching(CatalogTimeline timeline, String code, Predicate<String> ifMatch) {
		CatalogVersion last = timeline.latest(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
		if (!ifMatch.test(last.etag())) {
			throw new RefusedException(new CatalogRefusal.StaleVersion(code, last.etag()));
		}
		return last;
	}

	/**
	 * Writes the type's new latest version. A write the database's unique constraints
	 * refuse is answered as the conflict the constraint stands for.
	 */
	private CatalogVersion saved(CatalogVersion version) {
		try {
			this.store.record(version);
		}
		catch (DataIntegrityViolationException ex) {
			throw Constraints.refusal(ex, version);
		}
		return version;
	}

	/** What a change answers; an immediate one says when it takes effect. */
	private CatalogChange result(OpenChange change, CatalogVersion before, CatalogVersion after,
			List<String> warnings) {
		if (!change.immediate()) {
			return new CatalogChange(change.revision(), before, after, warnings);
		}
		List<String> said = new ArrayList<>(warnings);
		said.add(this.schedule.takesEffect(after.effectiveFrom()));
		return new CatalogChange(change.revision(), before, after, List.copyOf(said));
	}

}
