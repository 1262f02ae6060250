package se.pmo.tidbok.catalog;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import tools.jackson.databind.json.JsonMapper;

import se.pmo.tidbok.catalog.web.AppointmentTypeResponse;

/**
 * Answers as of any instant, straight from one timeline, at the same cost for every
 * instant: no catalog is built per instant and nothing is evicted, so no client can make
 * another's reads slow by asking for many instants. Each version's JSON is serialized
 * once, when first asked for, and a list is those bytes joined in the PMO order, which is
 * ranked once per timeline. Memory is bounded by the timeline itself (one JSON per
 * version), whatever the number of instants asked for. Replaced with its timeline.
 */
public final class CatalogAsOf {

	private final CatalogTimeline timeline;

	private final JsonMapper json;

	/** The place of each name of any version in the PMO order. */
	private final Map<String, Integer> rank;

	private final Comparator<CatalogVersion> order;

	/** Each version's JSON, by code and version. */
	private final Map<String, byte[]> itemJson = new ConcurrentHashMap<>();

	CatalogAsOf(CatalogTimeline timeline, JsonMapper json) {
		this.timeline = timeline;
		this.json = json;
		List<String> names = timeline.versions()
			.stream()
			.map((version) -> version.details().name())
			.distinct()
			.sorted(SwedishText.ORDER)
			.toList();
		Map<String, Integer> ranks = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			ranks.put(names.get(i), i);
		}
		this.rank = Map.copyOf(ranks);
		this.order = Comparator.comparingInt((CatalogVersion version) -> this.rank.get(version.details().name()));
	}

	public long revision() {
		return this.timeline.revision();
	}

	/** The active type with this code at the instant, if there is one. */
	public Optional<CatalogVersion> find(String code, Instant instant) {
		return this.timeline.inForce(code, instant).filter((version) -> !version.retired());
	}

	/** The active types at the instant that pass the filter, in the PMO order. */
	public List<CatalogVersion> active(Instant instant, Predicate<CatalogVersion> filter) {
		List<CatalogVersion> active = new ArrayList<>();
		for (CatalogVersion version : this.timeline.inForce(instant)) {
			if (!version.retired() && filter.test(version)) {
				active.add(version);
			}
		}
		active.sort(this.order);
		return active;
	}

	/** The JSON of one type at this version. */
	public byte[] json(CatalogVersion version) {
		return this.itemJson.computeIfAbsent(version.code() + " " + version.version(),
				(key) -> this.json.writeValueAsBytes(AppointmentTypeResponse.from(version)));
	}

	/** The JSON array of these types, byte for byte what serializing the list gives. */
	public byte[] json(List<CatalogVersion> versions) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(versions.size() * 256 + 2);
		out.write('[');
		for (int i = 0; i < versions.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.writeBytes(json(versions.get(i)));
		}
		out.write(']');
		return out.toByteArray();
	}

	/**
	 * The entity tag of lists at the instant, as {@link CatalogSnapshot#etag(boolean)}
	 * gives it for the snapshot of that instant.
	 */
	public String etag(Instant instant, boolean gzipped) {
		return CatalogSnapshot.etag(revision(), this.timeline.lastScheduledSwitch(instant), gzipped);
	}

}
