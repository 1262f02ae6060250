package se.pmo.tidbok.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

import se.pmo.tidbok.catalog.web.AppointmentTypeResponse;

/**
 * The catalog in force during one interval of time at one revision: the active types in
 * PMO order, and the JSON of the full list already serialized (plain and gzip) so the
 * hottest read is a copy of bytes. Every instant from {@code validFrom} until
 * {@code validUntil} sees exactly this catalog.
 *
 * @param revision the catalog revision this snapshot was read at
 * @param validFrom the instant the last change before this interval took effect, or
 * {@code null} when none did
 * @param validUntil the instant the next change takes effect, or {@code null} when none
 * is scheduled
 * @param lastScheduledSwitch the last scheduled change that took effect by this interval
 * at this revision, or {@code null}; part of the list's entity tag
 * @param entries the active (not retired) types in Swedish alphabetical order
 * @param byCode the same types by code
 * @param changesAt when each type's next version takes effect, for types that have one
 * @param listJson the JSON array of all active types
 * @param listJsonGzip {@code listJson}, gzip-compressed
 * @param itemJson the JSON of each active type, by code
 */
public record CatalogSnapshot(long revision, Instant validFrom, Instant validUntil, Instant lastScheduledSwitch,
		List<CatalogVersion> entries, Map<String, CatalogVersion> byCode, Map<String, Instant> changesAt,
		byte[] listJson, byte[] listJsonGzip, Map<String, byte[]> itemJson) {

	/** The catalog of the timeline in force at the instant. */
	static CatalogSnapshot of(CatalogTimeline timeline, Instant instant, JsonMapper json) {
		List<CatalogVersion> active = timeline.inForce(instant)
			.stream()
			.filter((version) -> !version.retired())
			.sorted((a, b) -> SwedishText.ORDER.compare(a.name(), b.name()))
			.toList();
		Map<String, CatalogVersion> byCode = new LinkedHashMap<>();
		Map<String, byte[]> itemJson = new LinkedHashMap<>();
		Map<String, Instant> changesAt = new LinkedHashMap<>();
		active.forEach((entry) -> {
			byCode.put(entry.code(), entry);
			itemJson.put(entry.code(), json.writeValueAsBytes(AppointmentTypeResponse.from(entry)));
			Instant next = timeline.nextSwitch(entry.code(), instant);
			if (next != null) {
				changesAt.put(entry.code(), next);
			}
		});
		byte[] listJson = json.writeValueAsBytes(active.stream().map(AppointmentTypeResponse::from).toList());
		return new CatalogSnapshot(timeline.revision(), timeline.lastSwitch(instant), timeline.nextSwitch(instant),
				timeline.lastScheduledSwitch(instant), active, Map.copyOf(byCode), Map.copyOf(changesAt), listJson,
				gzip(listJson), Map.copyOf(itemJson));
	}

	/** Whether the instant lies in this snapshot's interval. */
	public boolean covers(Instant instant) {
		return (this.validFrom == null || !instant.isBefore(this.validFrom))
				&& (this.validUntil == null || instant.isBefore(this.validUntil));
	}

	/** The active type with this code, if there is one. */
	public Optional<CatalogVersion> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * The entity tag of catalog lists in this interval: the revision, and the last
	 * scheduled change in force, so that it changes when one takes effect.
	 */
	public String etag(boolean gzipped) {
		return etag(this.revision, this.lastScheduledSwitch, gzipped);
	}

	static String etag(long revision, Instant lastScheduledSwitch, boolean gzipped) {
		return "\"" + revision + ((lastScheduledSwitch != null) ? "@" + lastScheduledSwitch : "")
				+ (gzipped ? "-gzip\"" : "\"");
	}

	public static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
