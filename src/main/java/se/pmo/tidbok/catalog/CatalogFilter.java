package se.pmo.tidbok.catalog;

import java.util.function.Predicate;

/**
 * The optional, combinable filters of the catalog list. A {@code null} field does not
 * filter.
 */
record CatalogFilter(Boolean visibleToPatient, Boolean cancellableByPatient, Boolean rebookableByPatient,
		Boolean smsReminder, Boolean bookableOnline, String q) implements Predicate<CatalogEntry> {

	boolean isEmpty() {
		return this.visibleToPatient == null && this.cancellableByPatient == null && this.rebookableByPatient == null
				&& this.smsReminder == null && this.bookableOnline == null && (this.q == null || this.q.isBlank());
	}

	@Override
	public boolean test(CatalogEntry entry) {
		AppointmentTypeDetails d = entry.details();
		return matches(this.visibleToPatient, d.visibleToPatient())
				&& matches(this.cancellableByPatient, d.cancellableByPatient())
				&& matches(this.rebookableByPatient, d.rebookableByPatient())
				&& matches(this.smsReminder, d.smsReminder()) && matches(this.bookableOnline, d.bookableOnline())
				&& (this.q == null || SwedishText.fold(d.name()).contains(SwedishText.fold(this.q.strip())));
	}

	private static boolean matches(Boolean wanted, boolean actual) {
		return wanted == null || wanted == actual;
	}

}
