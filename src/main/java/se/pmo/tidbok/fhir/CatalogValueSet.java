package se.pmo.tidbok.fhir;

import java.util.Arrays;
import java.util.Optional;

import se.pmo.tidbok.catalog.web.CatalogFilter;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * The value sets integrations bind to: each the active types that pass one of the
 * catalog's own filters, so a value set and the JSON list with the same filter always
 * hold the same types.
 */
enum CatalogValueSet {

	ACTIVE("pmo-tidbokstyp-active", "PmoTidbokstypActive", "PMO tidbokstyper, all active",
			"Every appointment-book type in the catalog that is not retired.", null, null),

	BOOKABLE_ONLINE("pmo-tidbokstyp-bookable-online", "PmoTidbokstypBookableOnline", "PMO tidbokstyper bookable online",
			"The active types patients can book through the 1177 e-services (bookableOnline).", null, true),

	VISIBLE_TO_PATIENT("pmo-tidbokstyp-visible-to-patient", "PmoTidbokstypVisibleToPatient",
			"PMO tidbokstyper visible to the patient",
			"The active types whose booked times the patient sees on 1177 (visibleToPatient).", true, null);

	private final String id;

	private final String name;

	private final String title;

	private final String description;

	private final Boolean visibleToPatient;

	private final Boolean bookableOnline;

	CatalogValueSet(String id, String name, String title, String description, Boolean visibleToPatient,
			Boolean bookableOnline) {
		this.id = id;
		this.name = name;
		this.title = title;
		this.description = description;
		this.visibleToPatient = visibleToPatient;
		this.bookableOnline = bookableOnline;
	}

	static Optional<CatalogValueSet> byId(String id) {
		return Arrays.stream(values()).filter((set) -> set.id.equals(id)).findFirst();
	}

	String id() {
		return this.id;
	}

	String resourceName() {
		return this.name;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	/**
	 * The concept property this set requires to be true besides being active, or
	 * {@code null}.
	 */
	ConceptProperty requiredProperty() {
		if (this.bookableOnline != null) {
			return ConceptProperty.BOOKABLE_ONLINE;
		}
		return (this.visibleToPatient != null) ? ConceptProperty.VISIBLE_TO_PATIENT : null;
	}

	/** The set's types whose names match the text, as the catalog's {@code q} does. */
	CatalogFilter filter(String text) {
		return new CatalogFilter(this.visibleToPatient, null, null, null, this.bookableOnline, text);
	}

	/** Whether the version, in force at some instant, is in this set then. */
	boolean contains(CatalogVersion version) {
		return !version.retired() && filter(null).test(version);
	}

}
