package se.pmo.tidbok.catalog;

/**
 * An immutable snapshot of one appointment type, as held in memory and handed to the
 * rules.
 *
 * @param code the stable public code
 * @param details name, description and patient rights
 * @param retired whether the type has been retired from the catalog
 * @param version the optimistic-locking version of the row
 */
public record CatalogEntry(String code, AppointmentTypeDetails details, boolean retired, long version) {

	public String name() {
		return this.details.name();
	}

	/**
	 * The entity tag of this type's representation: it changes exactly when the row does.
	 */
	public String etag() {
		return etagOf(this.version);
	}

	/** The entity tag of a type at this version. */
	public static String etagOf(long version) {
		return "\"" + version + "\"";
	}

}
