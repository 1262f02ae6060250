package se.pmo.tidbok.catalog;

import java.time.Instant;

/**
 * One version of an appointment type: its state from {@code effectiveFrom} until the
 * type's next version takes effect, as held in memory and handed to the rules. Versions
 * never change once recorded; a pending one can only be withdrawn.
 *
 * @param code the type's stable public code
 * @param version the version number, which the type's entity tag carries; increasing
 * along the type's timeline and never reused
 * @param effectiveFrom when the version takes effect; {@code null} for a version in force
 * from the beginning (the seeded PMO table)
 * @param recordedAt when the version was recorded: the change was made then, or the PMO
 * table it was seeded from is dated then
 * @param revision the catalog revision that recorded it
 * @param details name, description, patient rights and retirement
 * @param source where the version comes from when no administrator made it, or
 * {@code null}
 */
public record CatalogVersion(String code, long version, Instant effectiveFrom, Instant recordedAt, long revision,
		AppointmentTypeDetails details, String source) {

	public String name() {
		return this.details.name();
	}

	/** Whether the type is retired from the catalog in this version. */
	public boolean retired() {
		return this.details.retired();
	}

	/** Whether this version is in force at the instant, or was before it. */
	public boolean startedBy(Instant instant) {
		return this.effectiveFrom == null || !this.effectiveFrom.isAfter(instant);
	}

	/** Whether the version was scheduled ahead rather than taking effect when made. */
	public boolean scheduled() {
		return this.effectiveFrom != null && this.effectiveFrom.isAfter(this.recordedAt);
	}

	/**
	 * The entity tag of the type's representation at this version: it changes exactly
	 * when the type gets a new version.
	 */
	public String etag() {
		return etagOf(this.version);
	}

	/** The entity tag of a type at this version. */
	public static String etagOf(long version) {
		return "\"" + version + "\"";
	}

}
