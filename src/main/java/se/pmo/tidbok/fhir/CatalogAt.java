package se.pmo.tidbok.fhir;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.SwedishText;

/**
 * The catalog as the FHIR resources show it at one instant: the version of every type in
 * force then, retired ones included, in the PMO table's order, read from one timeline so
 * that everything in one answer comes from one revision.
 *
 * @param revision the catalog revision: the CodeSystem's and value sets' {@code version}
 * @param instant the instant answered for
 * @param fixed whether the client named the instant, rather than asking for now
 * @param versions the version of each type in force at the instant
 * @param lastChange when the last of these versions took effect (or, for versions in
 * force from the beginning, was recorded): the resources' {@code date}
 * @param validUntil the next instant at which any type changes, or {@code null}
 * @param lastScheduledSwitch the last scheduled change in force at the instant, or
 * {@code null}: the entity tag carries it, since the revision does not move when a
 * scheduled change takes effect
 */
record CatalogAt(long revision, Instant instant, boolean fixed, List<CatalogVersion> versions, Instant lastChange,
		Instant validUntil, Instant lastScheduledSwitch) {

	static CatalogAt of(CatalogTimeline timeline, Instant instant, boolean fixed) {
		List<CatalogVersion> versions = timeline.inForce(instant)
			.stream()
			.sorted(Comparator.comparing((CatalogVersion version) -> version.details().name(), SwedishText.ORDER))
			.toList();
		Instant lastChange = versions.stream()
			.map((version) -> (version.effectiveFrom() != null) ? version.effectiveFrom() : version.recordedAt())
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new CatalogAt(timeline.revision(), instant, fixed, versions, lastChange, timeline.nextSwitch(instant),
				timeline.lastScheduledSwitch(instant));
	}

	/** The type with this code at the instant, retired or not. */
	Optional<CatalogVersion> find(String code) {
		return this.versions.stream().filter((version) -> version.code().equals(code)).findFirst();
	}

	/**
	 * The resources' {@code meta.versionId} and weak entity tag: the revision, and the
	 * last scheduled change in force, so that it changes when one takes effect (as the
	 * catalog list's entity tag does).
	 */
	String versionId() {
		return this.revision + ((this.lastScheduledSwitch != null)
				? "-" + this.lastScheduledSwitch.toString().replace(":", "") : "");
	}

	/**
	 * When the catalog last changed, but never later than an answer given at {@code now},
	 * which Last-Modified must not be; {@code null} for an empty catalog.
	 */
	Instant lastModified(Instant now) {
		return (this.lastChange != null && this.lastChange.isAfter(now)) ? now : this.lastChange;
	}

	/** {@code version}: the catalog revision. */
	String version() {
		return Long.toString(this.revision);
	}

	/**
	 * Until when an answer about this catalog stays true: the next change, or
	 * {@code null} for an instant the client named (its answer does not change).
	 */
	Instant changesAt() {
		return this.fixed ? null : this.validUntil;
	}

}
