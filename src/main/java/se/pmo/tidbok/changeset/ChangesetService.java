package se.pmo.tidbok.changeset;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.pmo.tidbok.admin.AuditTrail;
import se.pmo.tidbok.catalog.CatalogBatch;
import se.pmo.tidbok.catalog.CatalogChange;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.CatalogWrites;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.TimeOutput;
import se.pmo.tidbok.web.ProblemType;

/**
 * Changesets: a whole table, as the catalog should be from one instant, previewed, then
 * applied as one change. Applying goes through {@link CatalogWrites#together}, so every
 * row obeys the rules of a single change, and every version the changeset makes has the
 * same {@code effectiveFrom} and catalog revision, committed in one transaction with the
 * changeset and its audit entries: at that instant every instance switches the whole
 * changeset at once. Every refusal is a {@link ChangesetRefusedException} (or the
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
			throw new ChangesetRefusedException(ProblemType.EFFECTIVE_FROM_IN_PAST, "'effectiveFrom' is " + effectiveFrom
					+ ", before now (" + now + "): a changeset takes effect now or later. Leave effectiveFrom out to apply it now.",
					Map.of("effectiveFrom", effectiveFrom.toString(), "now", now.toString()));
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
				throw CatalogPrecondition.failed("The catalog has changed since the preview (it is at revision "
						+ batch.previousRevision() + "). Preview the table again, check it, and apply with the new ETag.",
						etag(batch.previousRevision()));
			}
			ChangesetPlan plan = ChangesetPlan.of(table, batch.timeline(), batch.effectiveFrom(), batch.now());
			if (!plan.conflicts().isEmpty()) {
				throw conflict("The changeset would change types whose pending changes take effect at or after "
						+ batch.effectiveFrom() + ": " + codes(plan.conflicts())
						+ ". Take effect later, or withdraw those changes first.", plan.conflicts());
			}
			if (plan.diff().empty()) {
				throw new ChangesetRefusedException(ProblemType.EMPTY_CHANGESET,
						"The table is the catalog as it will stand at " + batch.effectiveFrom()
								+ ": there is nothing to change.",
						Map.of());
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
				throw CatalogPrecondition.failed("The changeset has changed since you read it; read it again.",
						current.etag());
			}
			if (current.state() != Changeset.State.PENDING) {
				throw new ChangesetRefusedException(ProblemType.CHANGESET_NOT_PENDING,
						"Changeset " + id + " is " + current.state().name().toLowerCase().replace('_', ' ')
								+ "; only a pending changeset can be withdrawn.",
						Map.of("changesetId", id, "state", current.state().name()));
			}
			List<CatalogVersion> versions = versionsOf(batch.timeline(), stored);
			List<CatalogVersion> later = versions.stream()
				.map((version) -> batch.timeline().latest(version.code()).orElseThrow())
				.filter((latest) -> latest.revision() != stored.revision())
				.toList();
			if (!later.isEmpty()) {
				throw conflict("Types of changeset " + id + " have later changes: " + codes(later)
						+ ". Withdraw those first.", later);
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
			.orElseThrow(() -> new ChangesetRefusedException(ProblemType.UNKNOWN_CHANGESET,
					"No changeset has the id " + id + ".", Map.of("changesetId", id)));
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

	private ChangesetRefusedException conflict(String detail, List<CatalogVersion> versions) {
		List<Map<String, Object>> named = new ArrayList<>();
		for (CatalogVersion version : versions) {
			Map<String, Object> facts = new LinkedHashMap<>();
			facts.put("code", version.code());
			facts.put("pendingVersion", version.version());
			facts.put("pendingEffectiveFrom", String.valueOf(version.effectiveFrom()));
			named.add(facts);
		}
		return new ChangesetRefusedException(ProblemType.CHANGESET_CONFLICT, detail, Map.of("conflicts", named));
	}

	private static String codes(List<CatalogVersion> versions) {
		return String.join(", ", versions.stream().map(CatalogVersion::code).distinct().toList());
	}

	/** The catalog's entity tag at a revision, as the preview answers it. */
	static String etag(long revision) {
		return "\"" + revision + "\"";
	}

}
