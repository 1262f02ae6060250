package se.pmo.tidbok.catalog;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's answers at the boundaries of its versions, with literal instants.
 */
class CatalogTimelineTests {

	private static final Instant SEEDED = Instant.parse("2026-04-22T22:00:00Z");

	private static final Instant MADE = Instant.parse("2026-11-28T09:15:00Z");

	/** Monday 2026-12-07 00:00 in Stockholm. */
	private static final Instant MONDAY = Instant.parse("2026-12-06T23:00:00Z");

	private static final Instant NEW_YEAR = Instant.parse("2026-12-31T23:00:00Z");

	private static final CatalogVersion SEED = version("sexolog-1177", 0, null, SEEDED, true, false);

	private static final CatalogVersion NOT_REBOOKABLE = version("sexolog-1177", 1, MONDAY, MADE, false, false);

	private static final CatalogVersion RETIRED = version("sexolog-1177", 2, NEW_YEAR, MADE, false, true);

	private static final CatalogVersion OTHER = version("vaccination-1177", 0, null, SEEDED, true, false);

	private static final CatalogVersion CHANGED_NOW = version("vaccination-1177", 1, MADE, MADE, false, false);

	private final CatalogTimeline timeline = CatalogTimeline.of(7,
			List.of(RETIRED, OTHER, SEED, CHANGED_NOW, NOT_REBOOKABLE));

	@Test
	void aVersionIsInForceFromItsInstantExactlyUntilTheNextOnes() {
		assertThat(this.timeline.inForce("sexolog-1177", Instant.parse("1900-01-01T00:00:00Z"))).contains(SEED);
		assertThat(this.timeline.inForce("sexolog-1177", MONDAY.minusNanos(1))).contains(SEED);
		assertThat(this.timeline.inForce("sexolog-1177", MONDAY)).contains(NOT_REBOOKABLE);
		assertThat(this.timeline.inForce("sexolog-1177", NEW_YEAR.minusNanos(1))).contains(NOT_REBOOKABLE);
		assertThat(this.timeline.inForce("sexolog-1177", NEW_YEAR)).contains(RETIRED);
		assertThat(this.timeline.inForce("finns-inte", MONDAY)).isEmpty();
	}

	@Test
	void aTypeCreatedLaterDoesNotExistBeforeIt() {
		CatalogVersion created = version("fotterapeut-1177", 0, MONDAY, MADE, true, false);
		CatalogTimeline withCreation = CatalogTimeline.of(8, List.of(SEED, created));
		assertThat(withCreation.inForce("fotterapeut-1177", MONDAY.minusNanos(1))).isEmpty();
		assertThat(withCreation.inForce(MONDAY.minusNanos(1))).containsExactly(SEED);
		assertThat(withCreation.inForce(MONDAY)).containsExactlyInAnyOrder(SEED, created);
	}

	@Test
	void ofTwoVersionsAtOneInstantTheLaterIsInForce() {
		CatalogVersion again = version("vaccination-1177", 2, MADE, MADE, true, false);
		CatalogTimeline sameInstant = CatalogTimeline.of(9, List.of(OTHER, CHANGED_NOW, again));
		assertThat(sameInstant.inForce("vaccination-1177", MADE)).contains(again);
		assertThat(sameInstant.inForce("vaccination-1177", MADE.minusNanos(1))).contains(OTHER);
	}

	@Test
	void switchesAreFoundEitherSideOfAnInstant() {
		assertThat(this.timeline.nextSwitch(MADE.minusNanos(1))).isEqualTo(MADE);
		assertThat(this.timeline.nextSwitch(MADE)).isEqualTo(MONDAY);
		assertThat(this.timeline.nextSwitch(MONDAY)).isEqualTo(NEW_YEAR);
		assertThat(this.timeline.nextSwitch(NEW_YEAR)).isNull();
		assertThat(this.timeline.lastSwitch(MADE.minusNanos(1))).isNull();
		assertThat(this.timeline.lastSwitch(MONDAY)).isEqualTo(MONDAY);
		assertThat(this.timeline.nextSwitch("vaccination-1177", MADE)).isNull();
		assertThat(this.timeline.nextSwitch("sexolog-1177", MADE)).isEqualTo(MONDAY);
		// Only changes scheduled ahead mark the catalog's entity tags.
		assertThat(this.timeline.lastScheduledSwitch(MADE)).isNull();
		assertThat(this.timeline.lastScheduledSwitch(MONDAY.minusNanos(1))).isNull();
		assertThat(this.timeline.lastScheduledSwitch(MONDAY)).isEqualTo(MONDAY);
	}

	@Test
	void pendingChangesAreSoonestFirstAndTheLatestIncludesThem() {
		assertThat(this.timeline.pending(MADE)).containsExactly(NOT_REBOOKABLE, RETIRED);
		assertThat(this.timeline.pending(MONDAY)).containsExactly(RETIRED);
		assertThat(this.timeline.latest("sexolog-1177")).contains(RETIRED);
		assertThat(this.timeline.history("sexolog-1177")).containsExactly(SEED, NOT_REBOOKABLE, RETIRED);
		assertThat(this.timeline.inForceOrLater(MADE)).containsExactlyInAnyOrder(SEED, NOT_REBOOKABLE, RETIRED,
				CHANGED_NOW);
		assertThat(this.timeline.inForceOrLater(MONDAY)).containsExactlyInAnyOrder(NOT_REBOOKABLE, RETIRED,
				CHANGED_NOW);
	}

	@Test
	void aSnapshotCoversItsIntervalAndItsEntityTagChangesAtAScheduledSwitch() {
		JsonMapper json = JsonMapper.builder().build();
		CatalogSnapshot beforeMonday = CatalogSnapshot.of(this.timeline, MONDAY.minusNanos(1), json);
		assertThat(beforeMonday.covers(MADE)).isTrue();
		assertThat(beforeMonday.covers(MADE.minusNanos(1))).isFalse();
		assertThat(beforeMonday.covers(MONDAY)).isFalse();
		assertThat(beforeMonday.validUntil()).isEqualTo(MONDAY);
		assertThat(beforeMonday.changesAt()).containsEntry("sexolog-1177", MONDAY)
			.doesNotContainKey("vaccination-1177");
		assertThat(beforeMonday.etag(false)).isEqualTo("\"7\"");
		assertThat(beforeMonday.find("sexolog-1177").orElseThrow().details().rebookableByPatient()).isTrue();

		CatalogSnapshot monday = CatalogSnapshot.of(this.timeline, MONDAY, json);
		assertThat(monday.etag(false)).isEqualTo("\"7@2026-12-06T23:00:00Z\"");
		assertThat(monday.etag(true)).isEqualTo("\"7@2026-12-06T23:00:00Z-gzip\"");
		assertThat(monday.find("sexolog-1177").orElseThrow().details().rebookableByPatient()).isFalse();

		CatalogSnapshot retired = CatalogSnapshot.of(this.timeline, NEW_YEAR, json);
		assertThat(retired.find("sexolog-1177")).isEmpty();
		assertThat(retired.validUntil()).isNull();
	}

	private static CatalogVersion version(String code, long version, Instant from, Instant recorded, boolean rebookable,
			boolean retired) {
		String name = code.equals("sexolog-1177") ? "Sexolog 1177"
				: code.equals("vaccination-1177") ? "Vaccination 1177" : "Fotterapeut 1177";
		return new CatalogVersion(code, version, from, recorded, 1,
				new AppointmentTypeDetails(name, null, true, true, rebookable, true, retired), null);
	}

}
