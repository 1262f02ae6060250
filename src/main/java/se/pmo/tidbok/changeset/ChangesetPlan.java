package se.pmo.tidbok.changeset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.RightsCheck;
import se.pmo.tidbok.catalog.SwedishText;

/**
 * What a table asks of the catalog as it stands at an instant: rows are matched to types
 * by code (in PMO's layout the code comes from the name, so a renamed row is one
 * retirement and one creation); a row for a new code creates a type, a row that differs
 * from its type changes it (and reinstates it when it is retired), a type in force that
 * no row names is retired, and the rest is unchanged. A type it changes conflicts when its
 * timeline does not end in the version in force at the instant, or ends in a pending
 * version that takes effect exactly then: changes append to the end of a type's timeline.
 *
 * @param diff what changes
 * @param edits the changes, one per type, for the catalog to make
 * @param conflicts the types whose timelines refuse the change
 */
record ChangesetPlan(ChangesetDiff diff, List<Edit> edits, List<CatalogVersion> conflicts) {

	/** One type as the changeset makes it. */
	record Edit(String code, AppointmentTypeDetails details, boolean retired) {
	}

	/**
	 * @param at when the changeset takes effect
	 * @param now the time now, to tell pending versions
	 */
	static ChangesetPlan of(ChangesetTable table, CatalogTimeline timeline, Instant at, Instant now) {
		Builder plan = new Builder(timeline, at, now);
		Set<String> named = new HashSet<>();
		for (TableRow row : table.rows()) {
			named.add(row.code());
			plan.row(row);
		}
		timeline.inForce(at)
			.stream()
			.filter((version) -> !version.retired() && !named.contains(version.code()))
			.sorted((a, b) -> SwedishText.ORDER.compare(a.details().name(), b.details().name()))
			.forEach(plan::retire);
		return plan.build();
	}

	private static final class Builder {

		private final CatalogTimeline timeline;

		private final Instant at;

		private final Instant now;

		private final List<ChangesetDiff.TypeDiff> created = new ArrayList<>();

		private final List<ChangesetDiff.TypeDiff> changed = new ArrayList<>();

		private final List<ChangesetDiff.TypeDiff> retired = new ArrayList<>();

		private final List<ChangesetDiff.TypeDiff> reinstated = new ArrayList<>();

		private final List<ChangesetDiff.Warning> warnings = new ArrayList<>();

		private final List<Edit> edits = new ArrayList<>();

		private final List<CatalogVersion> conflicts = new ArrayList<>();

		private int unchanged;

		Builder(CatalogTimeline timeline, Instant at, Instant now) {
			this.timeline = timeline;
			this.at = at;
			this.now = now;
		}

		void row(TableRow row) {
			AppointmentTypeDetails after = row.details();
			CatalogVersion latest = this.timeline.latest(row.code()).orElse(null);
			if (latest == null && row.codeGiven() && !row.code().equals(SwedishText.code(after.name()))) {
				throw TableReader.invalid("Line " + row.line() + ": no type has the code '" + row.code()
						+ "'; leave the code empty to create a type (its code then comes from its name).", row.line(),
						"code", row.code());
			}
			CatalogVersion before = this.timeline.inForce(row.code(), this.at).orElse(null);
			if (before != null && !before.retired() && before.details().equals(after)) {
				this.unchanged++;
				return;
			}
			rightsWarnings(row.code(), after);
			if (latest == null) {
				this.created.add(new ChangesetDiff.TypeDiff(row.code(), after.name(), row.line(), fields(null, after)));
			}
			else if (before == null) {
				this.conflicts.add(latest);
			}
			else {
				requireLast(before, latest);
				ChangesetDiff.TypeDiff diff = new ChangesetDiff.TypeDiff(row.code(), after.name(), row.line(),
						fields(before.details(), after));
				(before.retired() ? this.reinstated : this.changed).add(diff);
				if (!before.retired()) {
					lostRights(row.code(), before.details(), after);
				}
			}
			this.edits.add(new Edit(row.code(), after, false));
		}

		void retire(CatalogVersion before) {
			requireLast(before, this.timeline.latest(before.code()).orElseThrow());
			AppointmentTypeDetails details = before.details();
			this.retired.add(new ChangesetDiff.TypeDiff(before.code(), details.name(), null, List.of()));
			if (details.bookableOnline()) {
				warn(before.code(), ChangesetDiff.Kind.NO_LONGER_BOOKABLE_ONLINE,
						details.name() + " is retired, so patients can no longer book it online.");
			}
			this.edits.add(new Edit(before.code(), details, true));
		}

		/** The version in force must end the type's timeline, and not be pending at the instant itself. */
		private void requireLast(CatalogVersion inForce, CatalogVersion latest) {
			boolean later = latest != inForce;
			boolean pendingThen = inForce.effectiveFrom() != null && inForce.effectiveFrom().equals(this.at)
					&& inForce.effectiveFrom().isAfter(this.now);
			if (later || pendingThen) {
				this.conflicts.add(latest);
			}
		}

		private void rightsWarnings(String code, AppointmentTypeDetails after) {
			RightsCheck.check(after).warnings().forEach((message) -> warn(code, ChangesetDiff.Kind.RIGHTS,
					after.name() + ": " + message));
		}

		private void lostRights(String code, AppointmentTypeDetails before, AppointmentTypeDetails after) {
			String name = after.name();
			lost(code, before.bookableOnline(), after.bookableOnline(), ChangesetDiff.Kind.NO_LONGER_BOOKABLE_ONLINE,
					name + " will no longer be bookable online on 1177.");
			lost(code, before.visibleToPatient(), after.visibleToPatient(),
					ChangesetDiff.Kind.NO_LONGER_VISIBLE_TO_PATIENT, name + " will no longer be visible to the patient.");
			lost(code, before.cancellableByPatient(), after.cancellableByPatient(),
					ChangesetDiff.Kind.NO_LONGER_CANCELLABLE_BY_PATIENT,
					name + " will no longer be cancellable by the patient.");
			lost(code, before.rebookableByPatient(), after.rebookableByPatient(),
					ChangesetDiff.Kind.NO_LONGER_REBOOKABLE_BY_PATIENT,
					name + " will no longer be rebookable by the patient.");
			lost(code, before.smsReminder(), after.smsReminder(), ChangesetDiff.Kind.NO_LONGER_SMS_REMINDER,
					name + " will no longer get an SMS reminder.");
		}

		private void lost(String code, boolean before, boolean after, ChangesetDiff.Kind kind, String message) {
			if (before && !after) {
				warn(code, kind, message);
			}
		}

		private void warn(String code, ChangesetDiff.Kind kind, String message) {
			this.warnings.add(new ChangesetDiff.Warning(code, kind, message));
		}

		ChangesetPlan build() {
			return new ChangesetPlan(new ChangesetDiff(List.copyOf(this.created), List.copyOf(this.changed),
					List.copyOf(this.retired), List.copyOf(this.reinstated), this.unchanged, List.copyOf(this.warnings)),
					List.copyOf(this.edits), List.copyOf(this.conflicts));
		}

	}

	/** Every field that differs; all of them when there was no type before. */
	static List<ChangesetDiff.FieldChange> fields(AppointmentTypeDetails before, AppointmentTypeDetails after) {
		List<ChangesetDiff.FieldChange> fields = new ArrayList<>();
		field(fields, "name", (before != null) ? before.name() : null, after.name(), before == null);
		field(fields, "description", (before != null) ? before.description() : null, after.description(),
				before == null);
		field(fields, "visibleToPatient", (before != null) ? before.visibleToPatient() : null,
				after.visibleToPatient(), before == null);
		field(fields, "cancellableByPatient", (before != null) ? before.cancellableByPatient() : null,
				after.cancellableByPatient(), before == null);
		field(fields, "rebookableByPatient", (before != null) ? before.rebookableByPatient() : null,
				after.rebookableByPatient(), before == null);
		field(fields, "smsReminder", (before != null) ? before.smsReminder() : null, after.smsReminder(),
				before == null);
		return List.copyOf(fields);
	}

	private static void field(List<ChangesetDiff.FieldChange> fields, String field, Object before, Object after,
			boolean all) {
		if (all || !Objects.equals(before, after)) {
			fields.add(new ChangesetDiff.FieldChange(field, (before != null) ? before.toString() : null,
					(after != null) ? after.toString() : null));
		}
	}

}
