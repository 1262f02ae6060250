package se.pmo.tidbok.changeset;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.pmo.tidbok.admin.AuditTrail;
import se.pmo.tidbok.catalog.CatalogBatch;
import se.pmo.tidbok.catalog.CatalogChange;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.CatalogWrites;
import se.pmo.tidbok.time.TimeOutput;
import se.pmo.tidbok.web.RefusedException;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.ProblemType;

/**
 * Changesets: a whole table, as the catalog should be from one instant, previewed, then
 * applied as one change. Applying goes through {@link CatalogWrites#together}, so every
 * row obeys the rules of a single change, and every version the changeset makes has the
 * same {@code effectiveFrom} and catalog revision, committed in one transaction with the
 * changeset and its audit entries: at that instant every instance switches the whole
 * changeset at once. Every refusal is a {@link RefusedException} (or the
 * catalog's own), and nothing is written then.
 */
@Service
public class ChangesetService {

	private final CatalogWrites catalog;

	private final ChangesetStore store;

	private final AuditTrail audit;

	private final Clock clock;

	private final ZoneId zone;

	ChangesetService(CatalogWrites catalog, ChangesetStore store, AuditTrail audit, Clock clock, CalendarZone calendarZone) {
		this.catalog = catalog;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.zone = calendarZone.zone();
	}

	/**
	 * What applying the table would do, against the catalog as it will stand at
	 * {@code effectiveFrom} (now when {@code null}); writes nothing.
	 */
	@Transactional(readOnly = true)
	public ChangesetPreview preview(ChangesetTable table, Instant effectiveFrom) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant at = (effectiveFrom != null) ? effectiveFrom.truncatedTo(ChronoUnit.MICROS) : now;
		if (at.isBefore(now)) {
			throw new RefusedException(new ChangesetRefusal.EffectiveFromInPast(effectiveFrom, now));
		}
		CatalogTimeline timeline = this.catalog.timeline();
		ChangesetPlan plan = ChangesetPlan.of(table, timeline, at, now);
		return new ChangesetPreview(etag(timeline.revision()), timeline.revision(), TimeOutput.local(at, this.zone),
				plan.diff(), conflicts(plan.conflicts()));
	}

	/**
	 * Applies the table from {@code effectiveFrom} (now when {@code null}).
	 * @param ifMatch the If-Match header: the preview's catalog ETag
	 * @param source where the table comes from, or {@code null}
	 * @param actor who applies it, as the audit trail names actors
	 */
	@Transactional
	public Changeset apply(ChangesetTable table, Instant effectiveFrom, String ifMatch, String source, String actor) {
		CatalogPrecondition precondition = CatalogPrecondition.required(ifMatch, "the catalogETag of the preview");
		String text = ChangesetSource.checked(source);
		return this.catalog.together(effectiveFrom, (batch) -> {
			if (!precondition.matchesRevision(batch.previousRevision())) {
				throw new RefusedException(new ChangesetRefusal.StalePreview(batch.previousRevision()));
			}
			ChangesetPlan plan = ChangesetPlan.of(table, batch.timeline(), batch.effectiveFrom(), batch.now());
			if (!plan.conflicts().isEmpty()) {
				throw new RefusedException(new ChangesetRefusal.PendingChangesInTheWay(batch.effectiveFrom(),
						named(plan.conflicts())));
			}
			if (plan.diff().empty()) {
				throw new RefusedException(new ChangesetRefusal.NothingToChange(batch.effectiveFrom()));
			}
			List<CatalogChange> changes = plan.edits()
				.stream()
				.map((edit) -> batch.revise(edit.code(), edit.details(), edit.retired()))
				.filter(CatalogChange::changed)
				.toList();
			long id = this.store.insert(batch.effectiveFrom(), batch.now(), batch.revision(), actor, text, plan.diff());
			this.audit.recordChangeset(batch.now(), actor, false, changes, id, text);
			return changeset(this.store.find(id).orElseThrow(), batch.now());
		});
	}

	/** Every changeset, the one taking effect last first. */
	@Transactional(readOnly = true)
	public List<Changeset> list() {
		Instant now = this.clock.instant();
		return this.store.all().stream().map((stored) -> changeset(stored, now)).toList();
	}

	/** One changeset, with its diff and state. */
	@Transactional(readOnly = true)
	public Changeset get(long id) {
		return changeset(find(id), this.clock.instant());
	}

	/**
	 * Withdraws every version of a pending changeset at once, in one catalog revision.
	 * Refused while a later change of one of its types exists (409 naming them), once it
	 * is in force or withdrawn (409), and with a stale If-Match (412).
	 * @param ifMatch the If-Match header: the changeset's ETag
	 */
	@Transactional
	public Changeset cancel(long id, String ifMatch, String actor) {
		CatalogPrecondition precondition = CatalogPrecondition.required(ifMatch, "the changeset's ETag");
		find(id);
		return this.catalog.together(null, (batch) -> {
			ChangesetStore.Stored stored = find(id);
			Changeset current = changeset(stored, batch.now());
			if (!precondition.matches(current.etag())) {
				throw new RefusedException(new ChangesetRefusal.StaleChangeset(current.etag()));
			}
			if (current.state() != Changeset.State.PENDING) {
				throw new RefusedException(new ChangesetRefusal.NotPending(id, current.state()));
			}
			List<CatalogVersion> versions = versionsOf(batch.timeline(), stored);
			List<CatalogVersion> later = versions.stream()
				.map((version) -> batch.timeline().latest(version.code()).orElseThrow())
				.filter((latest) -> latest.revision() != stored.revision())
				.toList();
			if (!later.isEmpty()) {
				throw new RefusedException(new ChangesetRefusal.LaterChanges(id, named(later)));
			}
			List<CatalogChange> changes = versions.stream()
				.map((version) -> batch.withdraw(version.code(), version.version()))
				.toList();
			this.store.withdraw(id, batch.now(), actor, batch.revision());
			this.audit.recordChangeset(batch.now(), actor, true, changes, id, stored.source());
			return changeset(find(id), batch.now());
		});
	}

	private ChangesetStore.Stored find(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new RefusedException(new ChangesetRefusal.UnknownChangeset(id)));
	}

	/** The versions the changeset made that are not withdrawn. */
	private static List<CatalogVersion> versionsOf(CatalogTimeline timeline, ChangesetStore.Stored stored) {
		ChangesetDiff diff = stored.diff();
		return Stream.of(diff.created(), diff.changed(), diff.retired(), diff.reinstated())
			.flatMap(List::stream)
			.flatMap((type) -> timeline.history(type.code()).stream())
			.filter((version) -> version.revision() == stored.revision())
			.toList();
	}

	private Changeset changeset(ChangesetStore.Stored stored, Instant now) {
		Changeset.State state = (stored.withdrawnAt() != null) ? Changeset.State.WITHDRAWN
				: stored.effectiveFrom().isAfter(now) ? Changeset.State.PENDING : Changeset.State.IN_FORCE;
		long tagged = (stored.withdrawnRevision() != null) ? stored.withdrawnRevision() : stored.revision();
		return new Changeset(stored.id(), state, etag(tagged), TimeOutput.local(stored.effectiveFrom(), this.zone),
				TimeOutput.local(stored.recordedAt(), this.zone), stored.actor(), stored.source(), stored.revision(),
				stored.diff(), TimeOutput.local(stored.withdrawnAt(), this.zone), stored.withdrawnBy());
	}

	private List<ChangesetPreview.Conflict> conflicts(List<CatalogVersion> versions) {
		return versions.stream()
			.map((version) -> new ChangesetPreview.Conflict(version.code(), version.version(),
					TimeOutput.local(version.effectiveFrom(), this.zone)))
			.toList();
	}

	private static List<ChangesetRefusal.Conflict> named(List<CatalogVersion> versions) {
		return versions.stream()
			.map((version) -> new ChangesetRefusal.Conflict(version.code(), version.version(), version.effectiveFrom()))
			.toList();
	}

	/** The catalog's entity tag at a revision, as the preview answers it. */
	static String etag(long revision) {
		return "\"" + revision + "\"";
	}

}
