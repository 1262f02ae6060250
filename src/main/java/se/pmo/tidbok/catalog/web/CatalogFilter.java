package se.pmo.tidbok.catalog.web;

import java.util.function.Predicate;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.SwedishText;

/**
 * The optional, combinable filters of the catalog list, for the API, the pages and the
 * FHIR value sets. A {@code null} field does not filter.
 */
public record CatalogFilter(Boolean visibleToPatient, Boolean cancellableByPatient, Boolean rebookableByPatient,
		Boolean smsReminder, Boolean bookableOnline, String q) implements Predicate<CatalogVersion> {

	public CatalogFilter {
		// Folded once here rather than once per type compared.
		q = (q == null || q.isBlank()) ? null : SwedishText.fold(q.strip());
	}

	boolean isEmpty() {
		return this.visibleToPatient == null && this.cancellableByPatient == null && this.rebookableByPatient == null
				&& this.smsReminder == null && this.bookableOnline == null && this.q == null;
	}

	@Override
	public boolean test(CatalogVersion entry) {
		AppointmentTypeDetails d = entry.details();
		return matches(this.visibleToPatient, d.visibleToPatient())
				&& matches(this.cancellableByPatient, d.cancellableByPatient())
				&& matches(this.rebookableByPatient, d.rebookableByPatient())
				&& matches(this.smsReminder, d.smsReminder()) && matches(this.bookableOnline, d.bookableOnline())
				&& (this.q == null || SwedishText.fold(d.name()).contains(this.q));
	}

	private static boolean matches(Boolean wanted, boolean actual) {
		return wanted == null || wanted == actual;
	}

}
