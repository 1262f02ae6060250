package se.pmo.tidbok.catalog;

import se.pmo.tidbok.web.RefusedException;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.pmo.tidbok.catalog.internal.CatalogStore;
import static se.pmo.tidbok.catalog.VersionRecorder.checked;
import static se.pmo.tidbok.catalog.VersionRecorder.latestMatching;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.TimeOutput;

/**
 * Every change to the catalog goes through here: the catalog checks its own invariants
 * (consistent rights, a code derived from the name, unique names and codes, the
 * {@link ScheduleRule}), records the change as a new version of the type, moves the
 * catalog revision on and announces the change with {@link CatalogChanged}. Each method
 * joins the caller's transaction, so a caller can record the change (the audit trail) in
 * the same commit.
 * <p>
 * Every change first moves the single revision row on, which serializes changes: the time
 * is read after that, so it is never earlier than the commit of the change before, and
 * what a change reads is what the last committed change left, so the entity tag it checks
 * and the names it compares are current. The database's unique constraints on the codes
 * and the latest versions' name keys are the last word on names and codes.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CatalogWrites {

	private final CatalogStore store;

	private final VersionRecorder recorder;

	private final ApplicationEventPublisher events;

	CatalogWrites(CatalogStore store, VersionRecorder recorder, ApplicationEventPublisher events) {
		this.store = store;
		this.recorder = recorder;
		this.events = events;
	}

	/** The catalog's timeline as committed now. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogTimeline timeline() {
		return this.store.timeline();
	}

	/** One type's timeline as committed now (empty for an unknown code). */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogTimeline timeline(String code) {
		return this.store.timeline(code);
	}

	/** The type's latest version, scheduled ones included: the one a change builds on. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CatalogVersion latest(String code) {
		return this.store.timeline(code).latest(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
	}

	/**
	 * Creates a type.
	 * @param effectiveFrom when the type comes into being; as soon as every instance
	 * knows of it when {@code null}
	 */
	public CatalogChange create(AppointmentTypeDetails details, Instant effectiveFrom) {
		RightsCheck.Result check = checked(details);
		String code = VersionRecorder.codeOf(details);
		return changed(this.recorder.created(this.recorder.open(effectiveFrom), code, details, check.warnings()));
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
		this.recorder.schedule().effectiveFrom(effectiveFrom, this.recorder.now());
		// A write of the same values changes nothing, not even the catalog revision (and
		// so the lists' entity tags): seen before the write lock is taken.
		CatalogVersion current = latestMatching(this.store.timeline(code), code, ifMatch);
		if (current.details().equals(details.withRetired(current.retired()))) {
			return CatalogChange.none(current, check.warnings());
		}
		OpenChange change = this.recorder.open(effectiveFrom);
		CatalogVersion last = latestMatching(change.timeline(), code, ifMatch);
		AppointmentTypeDetails after = details.withRetired(last.retired());
		if (last.details().equals(after)) {
			return CatalogChange.none(last, check.warnings());
		}
		return changed(this.recorder.revised(change, last, after, check.warnings()));
	}

	/**
	 * Several changes as one, e.g. a whole PMO table: one catalog revision, one
	 * {@code effectiveFrom} for every version they make, one {@link CatalogChanged}, in
	 * the caller's transaction. The work reads the committed timeline from the batch and
	 * makes its changes through it; when it throws, nothing of it is written.
	 * @param effectiveFrom when every change takes effect; now when {@code null}
	 */
	public <T> T together(Instant effectiveFrom, Function<CatalogBatch, T> work) {
		OpenChange change = this.recorder.open(effectiveFrom);
		CatalogBatch batch = new CatalogBatch(this.recorder, change);
		T result = work.apply(batch);
		if (batch.changed()) {
			this.events.publishEvent(new CatalogChanged(change.revision()));
		}
		return result;
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

	private CatalogChange changeRetirement(String code, Predicate<String> ifMatch, Instant effectiveFrom,
			boolean retired) {
		OpenChange change = this.recorder.open(effectiveFrom);
		CatalogVersion last = latestMatching(change.timeline(), code, ifMatch);
		if (last.retired() == retired) {
			throw new RefusedException(new CatalogRefusal.StateConflict(code, retired));
		}
		// The name is the type's own, so it is not checked again.
		return changed(this.recorder.retirement(change, last, retired));
	}

	/**
	 * Withdraws a pending change: the type's last version, which takes effect later than
	 * the propagation delay from now.
	 * @param ifMatch whether the caller's precondition accepts the type's current entity
	 * tag, which is that of the withdrawn version
	 */
	public CatalogChange withdraw(String code, long version, Predicate<String> ifMatch) {
		OpenChange change = this.recorder.open(null);
		return changed(this.recorder.withdraw(change, code, version, ifMatch));
	}

	private CatalogChange changed(CatalogChange change) {
		this.events.publishEvent(new CatalogChanged(change.revision()));
		return change;
	}

}
