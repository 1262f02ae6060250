package se.pmo.tidbok.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times as administrators write them, over HTTP: a date alone is 00:00 in Stockholm that
 * day, an offset Stockholm does not have at that instant is taken as written and warned
 * of, and every time answered, refusals included, carries Stockholm's offset.
 */
@IntegrationTest
class TimesAsWrittenTests {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final String SEXOLOG = "/api/v1/appointment-types/sexolog-1177";

	@Autowired
	Api api;

	@Autowired
	CatalogReset catalogReset;

	@AfterEach
	void restoreTheSeededCatalog() {
		this.catalogReset.restoreSeed();
	}

	@Test
	void aDateAloneIsMidnightInStockholmThatDayForEffectiveFromAndAsOf() {
		Api.Response scheduled = update("\"0\"", "2026-03-29", false);
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		// The day the clocks go forward: its midnight is still winter time.
		assertThat(scheduled.json().get("effectiveFrom").asString()).isEqualTo("2026-03-29T00:00:00+01:00");
		assertThat(scheduled.json().get("warnings").size()).isZero();
		assertThat(this.api.get(SEXOLOG + "?asOf=2026-03-28").json().get("rebookableByPatient").asBoolean()).isTrue();
		assertThat(this.api.get(SEXOLOG + "?asOf=2026-03-29").json().get("rebookableByPatient").asBoolean()).isFalse();
		JsonNode admin = this.api.get("/api/v1/admin/appointment-types?asOf=2026-03-29", ADMIN).json();
		assertThat(admin.valueStream().filter((type) -> type.get("code").asString().equals("sexolog-1177")))
			.singleElement()
			.satisfies((type) -> assertThat(type.get("version").asLong()).isEqualTo(1));
		assertThat(this.api.get(SEXOLOG + "?asOf=2026-02-30").json().get("type").asString())
			.isEqualTo("urn:problem-type:tidbok:invalid-time");
	}

	@Test
	void aSummerOffsetInWinterIsTakenAsWrittenWithAWarningOfWhatItMeansInStockholm() {
		Api.Response scheduled = update("\"0\"", "2027-01-01T00:00:00%2B02:00", false);
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		assertThat(scheduled.json().get("effectiveFrom").asString()).isEqualTo("2026-12-31T23:00:00+01:00");
		assertThat(scheduled.json().get("warnings").get(0).asString()).contains(
				"+02:00 is summer time; on 2027-01-01 Stockholm is +01:00: this takes effect at 23:00 the day before");
		// Written as Stockholm writes it: no warning.
		Api.Response retired = this.api.send("POST",
				"/api/v1/admin/appointment-types/sexolog-1177/retirement?effectiveFrom=2027-02-01T00:00:00%2B01:00",
				null, Api.with(ADMIN, "If-Match", "\"1\""));
		assertThat(retired.status()).as(retired.text()).isEqualTo(200);
		assertThat(retired.json().get("warnings").size()).isZero();
	}

	@Test
	void refusalsGiveTimesWithStockholmsOffset() {
		assertThat(update("\"0\"", "2026-03-23", false).status()).isEqualTo(200);
		JsonNode conflict = update("\"1\"", "2026-03-22T12:00:00Z", true).json();
		assertThat(conflict.get("type").asString()).isEqualTo("urn:problem-type:tidbok:schedule-conflict");
		assertThat(conflict.get("pendingEffectiveFrom").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
		assertThat(conflict.get("detail").asString()).contains("2026-03-23T00:00:00+01:00")
			.contains("2026-03-22T13:00:00+01:00")
			.doesNotContainPattern("\\dZ");
		JsonNode past = update("\"1\"", "2026-03-20", true).json();
		assertThat(past.get("type").asString()).isEqualTo("urn:problem-type:tidbok:effective-from-in-past");
		assertThat(past.get("effectiveFrom").asString()).isEqualTo("2026-03-20T00:00:00+01:00");
		assertThat(past.get("now").asString()).isEqualTo("2026-03-20T09:30:00+01:00");
		assertThat(past.get("detail").asString()).doesNotContainPattern("\\dZ");
	}

	private Api.Response update(String ifMatch, String effectiveFrom, boolean rebookable) {
		return this.api.send("PUT", "/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=" + effectiveFrom,
				AdminApiTests.body("Sexolog 1177", true, true, rebookable, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", ifMatch));
	}

}
