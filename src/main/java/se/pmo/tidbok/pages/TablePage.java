package se.pmo.tidbok.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.web.CatalogFilter;
import se.pmo.tidbok.catalog.CatalogSnapshot;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * The catalog as PMO's table, as of one instant: its rows in the catalog's order, when
 * the catalog was last updated, and its revision.
 *
 * @param rows the types that pass the filter
 * @param total how many types are in force at all
 * @param updated the day the catalog last changed by then, in Swedish
 * @param revision the catalog revision
 */
record TablePage(List<Row> rows, int total, String updated, long revision) {

	static TablePage of(CatalogSnapshot snapshot, CatalogFilter filter, CatalogTimeline timeline, AsOf asOf,
			ZoneId zone) {
		List<Row> rows = snapshot.entries()
			.stream()
			.filter(filter)
			.map((entry) -> Row.of(entry, snapshot.changesAt().get(entry.code()), zone))
			.toList();
		return new TablePage(rows, snapshot.entries().size(),
				Swedish.day(updated(snapshot, timeline, asOf.instant()), zone), snapshot.revision());
	}

	/**
	 * When the catalog in force last changed: the last change that took effect, or the
	 * date of the PMO table it was seeded from.
	 */
	private static Instant updated(CatalogSnapshot snapshot, CatalogTimeline timeline, Instant instant) {
		if (snapshot.validFrom() != null) {
			return snapshot.validFrom();
		}
		return timeline.inForce(instant)
			.stream()
			.map(CatalogVersion::recordedAt)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * One type, as a row of the table.
	 *
	 * @param code its code, for the link to its page
	 * @param type its name, description and rights
	 * @param changes the day its next change takes effect ("1 jan 2027"), or {@code null}
	 * @param flags the four rights in PMO's column order, as ✓ or ✗ and Ja or Nej
	 */
	record Row(String code, AppointmentTypeDetails type, String changes, List<Flag> flags) {

		private static final Flag YES = new Flag("✓", "Ja");

		private static final Flag NO = new Flag("✗", "Nej");

		static Row of(CatalogVersion entry, Instant next, ZoneId zone) {
			AppointmentTypeDetails d = entry.details();
			return new Row(entry.code(), d, (next != null) ? Swedish.day(next, zone) : null,
					List.of(flag(d.visibleToPatient()), flag(d.cancellableByPatient()), flag(d.rebookableByPatient()),
							flag(d.smsReminder())));
		}

		private static Flag flag(boolean value) {
			return value ? YES : NO;
		}

	}

	/**
	 * A yes or no: a mark for the eye, a word for screen readers.
	 *
	 * @param mark ✓ or ✗
	 * @param word Ja or Nej
	 */
	record Flag(String mark, String word) {
	}

}
