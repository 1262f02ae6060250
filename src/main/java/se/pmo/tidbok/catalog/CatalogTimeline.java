package se.pmo.tidbok.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The catalog at one revision, over time: every type's versions (withdrawn ones left
 * out), each in force from its effective instant until the type's next version. Answers
 * "what was in force at t" and "when does that next change" without touching the
 * database. Immutable.
 */
public final class CatalogTimeline {

	private final long revision;

	private final Map<String, List<CatalogVersion>> byCode;

	private final NavigableSet<Instant> switches;

	private final NavigableSet<Instant> scheduledSwitches;

	private CatalogTimeline(long revision, Map<String, List<CatalogVersion>> byCode) {
		this.revision = revision;
		this.byCode = byCode;
		this.switches = new TreeSet<>();
		this.scheduledSwitches = new TreeSet<>();
		byCode.values().stream().flatMap(List::stream).forEach((version) -> {
			if (version.effectiveFrom() != null) {
				this.switches.add(version.effectiveFrom());
				if (version.scheduled()) {
					this.scheduledSwitches.add(version.effectiveFrom());
				}
			}
		});
	}

	/**
	 * The timeline of these versions.
	 * @param revision the catalog revision they were read at
	 * @param versions every version that is not withdrawn, in any order
	 */
	public static CatalogTimeline of(long revision, Collection<CatalogVersion> versions) {
		Map<String, List<CatalogVersion>> byCode = new LinkedHashMap<>();
		versions.stream()
			.sorted(Comparator.comparing(CatalogVersion::code).thenComparingLong(CatalogVersion::version))
			.forEach((version) -> byCode.computeIfAbsent(version.code(), (code) -> new ArrayList<>()).add(version));
		byCode.replaceAll((code, list) -> List.copyOf(list));
		return new CatalogTimeline(revision, Map.copyOf(byCode));
	}

	public long revision() {
		return this.revision;
	}

	/** The version of this type in force at the instant, if the type existed then. */
	public Optional<CatalogVersion> inForce(String code, Instant instant) {
		return Optional.ofNullable(inForce(this.byCode.get(code), instant));
	}

	/** The version of every type in force at the instant, retired ones included. */
	public List<CatalogVersion> inForce(Instant instant) {
		List<CatalogVersion> inForce = new ArrayList<>(this.byCode.size());
		this.byCode.values().forEach((versions) -> {
			CatalogVersion version = inForce(versions, instant);
			if (version != null) {
				inForce.add(version);
			}
		});
		return inForce;
	}

	/**
	 * The last version that has taken effect by the instant. Versions are in order of
	 * their effective instants; of two with the same instant the later one is in force.
	 */
	private static CatalogVersion inForce(List<CatalogVersion> versions, Instant instant) {
		int started = (versions != null) ? startedBy(versions, instant) : 0;
		return (started > 0) ? versions.get(started - 1) : null;
	}

	/**
	 * How many of the versions have taken effect by the instant: a binary search, as
	 * their effective instants never decrease along a type's timeline.
	 */
	private static int startedBy(List<CatalogVersion> versions, Instant instant) {
		int low = 0;
		int high = versions.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (versions.get(middle).startedBy(instant)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** Every version of every type. */
	public List<CatalogVersion> versions() {
		return this.byCode.values().stream().flatMap(List::stream).toList();
	}

	/** A type's versions, oldest first; empty for a code no type has. */
	public List<CatalogVersion> history(String code) {
		return this.byCode.getOrDefault(code, List.of());
	}

	/** The type's last version, scheduled ones included: the one a change builds on. */
	public Optional<CatalogVersion> latest(String code) {
		List<CatalogVersion> versions = history(code);
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}

	/** The versions in force at the instant and those that take effect after it. */
	public List<CatalogVersion> inForceOrLater(Instant instant) {
		List<CatalogVersion> versions = new ArrayList<>();
		this.byCode.values().forEach((history) -> {
			for (int i = 0; i < history.size(); i++) {
				boolean superseded = i + 1 < history.size() && history.get(i + 1).startedBy(instant);
				if (!superseded) {
					versions.add(history.get(i));
				}
			}
		});
		return versions;
	}

	/** Versions that take effect after the instant, soonest first. */
	public List<CatalogVersion> pending(Instant instant) {
		return this.byCode.values()
			.stream()
			.flatMap(List::stream)
			.filter((version) -> !version.startedBy(instant))
			.sorted(Comparator.comparing(CatalogVersion::effectiveFrom)
				.thenComparing(CatalogVersion::code)
				.thenComparingLong(CatalogVersion::version))
			.toList();
	}

	/**
	 * The last instant at or before this one at which any type changed, or {@code null}
	 * when none did: the catalog in force is the same from there on until
	 * {@link #nextSwitch(Instant)}.
	 */
	public Instant lastSwitch(Instant instant) {
		return this.switches.floor(instant);
	}

	/** The first instant after this one at which any type changes, or {@code null}. */
	public Instant nextSwitch(Instant instant) {
		return this.switches.higher(instant);
	}

	/** The first instant after this one at which this type changes, or {@code null}. */
	public Instant nextSwitch(String code, Instant instant) {
		List<CatalogVersion> versions = history(code);
		int started = startedBy(versions, instant);
		return (started < versions.size()) ? versions.get(started).effectiveFrom() : null;
	}

	/**
	 * The last scheduled change at or before this instant, or {@code null}. The catalog's
	 * entity tags carry it: at this revision, they change when a scheduled change takes
	 * effect, though the revision does not.
	 */
	public Instant lastScheduledSwitch(Instant instant) {
		return this.scheduledSwitches.floor(instant);
	}

}
