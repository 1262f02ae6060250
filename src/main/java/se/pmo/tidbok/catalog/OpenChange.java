package se.pmo.tidbok.catalog;

import se.pmo.tidbok.web.RefusedException;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One change in the making, once it holds the catalog's write lock: what it reads here is
 * what the last committed change left.
 *
 * @param revision the catalog revision it makes
 * @param now when it is made
 * @param from when it takes effect
 * @param immediate whether it takes effect as soon as possible, no instant given
 * @param timeline the catalog's timeline before it
 * @param names the codes of the types bearing each name key now or in a pending change,
 * filled when first asked for, so that the many changes of a batch compute each key once
 */
record OpenChange(long revision, Instant now, Instant from, boolean immediate, CatalogTimeline timeline,
		Map<String, Set<String>> names) {

	OpenChange(long revision, Instant now, Instant from, boolean immediate, CatalogTimeline timeline) {
		this(revision, now, from, immediate, timeline, new HashMap<>());
	}

	/**
	 * Names are unique at every instant from now on: a name is taken while another type
	 * bears it, or one that looks the same ({@link NameRule#key}), now or in a pending
	 * change, even one that frees it later.
	 */
	void requireNameFree(String code, String name) {
		if (bearing(NameRule.key(name)).stream().anyMatch((other) -> !other.equals(code))) {
			throw new RefusedException(new CatalogRefusal.DuplicateName(name));
		}
	}

	private Set<String> bearing(String key) {
		if (this.names.isEmpty()) {
			for (CatalogVersion version : this.timeline.inForceOrLater(this.now)) {
				this.names.computeIfAbsent(NameRule.key(version.name()), (k) -> new HashSet<>()).add(version.code());
			}
		}
		return this.names.getOrDefault(key, Set.of());
	}

	/** The version of the type this change makes. */
	CatalogVersion version(String code, long version, AppointmentTypeDetails details) {
		return new CatalogVersion(code, version, this.from, this.now, this.revision, details, null);
	}

}
