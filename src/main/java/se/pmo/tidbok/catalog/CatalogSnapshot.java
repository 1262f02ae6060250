package se.pmo.tidbok.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog at one revision: the active types in PMO order, and the JSON of the full
 * list already serialized (plain and gzip) so the hottest read is a copy of bytes.
 *
 * @param revision the catalog revision this snapshot was read at
 * @param entries the active (not retired) types in Swedish alphabetical order
 * @param byCode the same types by code
 * @param listJson the JSON array of all active types
 * @param listJsonGzip {@code listJson}, gzip-compressed
 * @param itemJson the JSON of each active type, by code
 */
public record CatalogSnapshot(long revision, List<CatalogEntry> entries, Map<String, CatalogEntry> byCode,
		byte[] listJson, byte[] listJsonGzip, Map<String, byte[]> itemJson) {

	static CatalogSnapshot of(long revision, Collection<CatalogEntry> all, JsonMapper json) {
		List<CatalogEntry> active = all.stream()
			.filter((entry) -> !entry.retired())
			.sorted((a, b) -> SwedishText.ORDER.compare(a.name(), b.name()))
			.toList();
		Map<String, CatalogEntry> byCode = new LinkedHashMap<>();
		Map<String, byte[]> itemJson = new LinkedHashMap<>();
		active.forEach((entry) -> {
			byCode.put(entry.code(), entry);
			itemJson.put(entry.code(), json.writeValueAsBytes(AppointmentTypeResponse.from(entry)));
		});
		byte[] listJson = json.writeValueAsBytes(active.stream().map(AppointmentTypeResponse::from).toList());
		return new CatalogSnapshot(revision, active, Map.copyOf(byCode), listJson, gzip(listJson),
				Map.copyOf(itemJson));
	}

	/** The active type with this code, if there is one. */
	public Optional<CatalogEntry> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** The entity tag of catalog lists at this revision. */
	public String etag(boolean gzipped) {
		return "\"" + this.revision + (gzipped ? "-gzip\"" : "\"");
	}

	static byte[] gzip(byte[] bytes) {
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
