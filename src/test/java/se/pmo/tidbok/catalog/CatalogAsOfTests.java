package se.pmo.tidbok.catalog;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers as of any instant, from the timeline: byte for byte the catalog of that
 * instant, and memory bounded by the versions, not by the instants asked for.
 */
class CatalogAsOfTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant MONDAY = Instant.parse("2026-12-06T23:00:00Z");

	/** Three types; "Ärende 1177" changes its rights every hour from Monday on. */
	private static CatalogTimeline timeline(int changes) {
		List<CatalogVersion> versions = new ArrayList<>();
		versions.add(version("zon-1177", "Zon 1177", 0, null, false));
		versions.add(version("abc-1177", "Abc 1177", 0, null, false));
		versions.add(version("arende-1177", "Ärende 1177", 0, null, false));
		for (int i = 1; i <= changes; i++) {
			versions.add(version("arende-1177", "Ärende 1177", i, MONDAY.plusSeconds(3600L * i), i % 7 == 0));
		}
		return CatalogTimeline.of(5, versions);
	}

	@Test
	void aListAsOfAnInstantIsByteForByteTheCatalogOfThatInstantWithItsEntityTag() {
		CatalogTimeline timeline = timeline(20);
		CatalogAsOf asOf = new CatalogAsOf(timeline, JSON);
		for (Instant instant : List.of(MONDAY, MONDAY.plusSeconds(3600), MONDAY.plusSeconds(3600 * 7),
				MONDAY.plusSeconds(3600 * 7 - 1), MONDAY.plusSeconds(3600 * 100))) {
			CatalogSnapshot snapshot = CatalogSnapshot.of(timeline, instant, JSON);
			assertThat(asOf.json(asOf.active(instant, (entry) -> true))).as(instant.toString())
				.isEqualTo(snapshot.listJson());
			assertThat(asOf.etag(instant, false)).isEqualTo(snapshot.etag(false));
			assertThat(asOf.etag(instant, true)).isEqualTo(snapshot.etag(true));
			assertThat(asOf.find("arende-1177", instant).map((version) -> asOf.json(version)).orElse(null))
				.isEqualTo(snapshot.itemJson().get("arende-1177"));
		}
		// Swedish order: Ä after Z.
		assertThat(asOf.active(MONDAY, (entry) -> true).stream().map(CatalogVersion::code)).containsExactly("abc-1177",
				"zon-1177", "arende-1177");
		assertThat(asOf.active(MONDAY, (entry) -> entry.code().startsWith("z")).stream().map(CatalogVersion::code))
			.containsExactly("zon-1177");
	}

	@Test
	void memoryIsBoundedByTheVersionsWhateverTheNumberOfInstantsAskedFor() throws Exception {
		CatalogTimeline timeline = timeline(1000);
		CatalogAsOf asOf = new CatalogAsOf(timeline, JSON);
		for (int i = 0; i < 5000; i++) {
			Instant instant = MONDAY.plusSeconds(1800L * i + i % 3);
			asOf.json(asOf.active(instant, (entry) -> true));
			asOf.find("arende-1177", instant).ifPresent(asOf::json);
		}
		Field cached = CatalogAsOf.class.getDeclaredField("itemJson");
		cached.setAccessible(true);
		assertThat((Map<?, ?>) cached.get(asOf)).hasSizeLessThanOrEqualTo(timeline.versions().size());
	}

	private static CatalogVersion version(String code, String name, long version, Instant from, boolean retired) {
		return new CatalogVersion(code, version, from, Instant.parse("2026-11-28T09:15:00Z"), 1,
				new AppointmentTypeDetails(name, null, true, true, version % 2 == 0, true, retired), null);
	}

}
