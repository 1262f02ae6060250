package se.pmo.tidbok.admin;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which refusal a change gets when several apply (what does not exist before a stale
 * If-Match, every parameter before a write of the same values is answered as one, a
 * refusal names what was refused), and times as administrators write them: a date alone
 * is 00:00 in Stockholm that day, an offset Stockholm does not have at that instant is
 * taken as written and warned of, and every time answered, refusals included, carries
 * Stockholm's offset.
 */
@IntegrationTest
class RefusalsAndTimesTests {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final String[] READER = Api.basic("clinic-reader", "local-admin-password");

	private static final String SEXOLOG = "/api/v1/admin/appointment-types/sexolog-1177";

	private static final String PUBLIC_SEXOLOG = "/api/v1/appointment-types/sexolog-1177";

	private static final String WITHDRAW = "/api/v1/admin/scheduled-changes/sexolog-1177/";

	@Autowired
	Api api;

	@Autowired
	CatalogReset catalogReset;

	@AfterEach
	void restoreTheSeededCatalog() {
		this.catalogReset.restoreSeed();
	}

	@Test
	void withdrawingAVersionThatIsNotPendingIs404WhateverTheIfMatch() {
		// Never scheduled, with a tag that matches nothing.
		assertProblem(withdraw("7", "\"7\""), 404, "unknown-scheduled-change");
		assertThat(update("\"0\"", "2026-03-23T00:00:00%2B01:00", false).status()).isEqualTo(200);
		assertThat(withdraw("1", "\"1\"").status()).isEqualTo(204);
		// Already withdrawn: the type's ETag is "0" again, so "1" is stale.
		JsonNode withdrawn = assertProblem(withdraw("1", "\"1\""), 404, "unknown-scheduled-change");
		assertThat(withdrawn.get("version").asLong()).isEqualTo(1);
		assertThat(withdrawn.get("detail").asString()).contains("withdrawn");
		// An unknown type, with any tag.
		assertProblem(this.api.send("DELETE", "/api/v1/admin/scheduled-changes/finns-inte-1177/1", null,
				Api.with(ADMIN, "If-Match", "\"1\"")), 404, "unknown-appointment-type");
		assertProblem(
				this.api.send("PUT", "/api/v1/admin/appointment-types/finns-inte-1177",
						AdminApiTests.body("Finns inte 1177", true, true, true, true),
						Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"9\"")),
				404, "unknown-appointment-type");
	}

	@Test
	void versionNumbersArePlainDecimalDigits() {
		for (String version : List.of("0x1", "01", "+1", "1e0", "1.0", "99999999999999999999")) {
			JsonNode refused = assertProblem(withdraw(version, "\"0\""), 400, "invalid-parameter");
			assertThat(refused.get("parameter").asString()).as(version).isEqualTo("version");
		}
		for (String page : List.of("0x1", "01", "-1")) {
			assertProblem(this.api.get("/api/v1/admin/audit?page=" + page, ADMIN), 400, "invalid-parameter");
		}
		assertThat(this.api.get("/api/v1/admin/audit?page=0&size=10", ADMIN).status()).isEqualTo(200);
	}

	@Test
	void aWriteOfTheSameValuesIsStillRefusedForAnEffectiveFromInThePast() {
		JsonNode past = assertProblem(update("\"0\"", "2026-03-20T09:29:59%2B01:00", true), 400,
				"effective-from-in-past");
		assertThat(past.get("detail").asString()).contains("before 2026-03-20T09:30:02+01:00");
		// Stale and past at once: the past is told, as for any change.
		assertProblem(update("\"9\"", "2026-03-19T00:00:00%2B01:00", true), 400, "effective-from-in-past");
		// The earliest instant a change made now may take effect (now plus the
		// propagation delay).
		assertThat(update("\"0\"", "2026-03-20T09:30:02%2B01:00", true).status()).isEqualTo(200);
	}

	@Test
	void aRefusalNamesWhatWasRefused() {
		JsonNode audit = assertProblem(this.api.get("/api/v1/admin/audit", READER), 403, "forbidden");
		assertThat(audit.get("detail").asString()).isEqualTo("Reading the audit trail needs the administrator role.");
		JsonNode scheduled = assertProblem(this.api.get("/api/v1/admin/scheduled-changes", READER), 403, "forbidden");
		assertThat(scheduled.get("detail").asString()).startsWith("Reading the scheduled changes");
		JsonNode change = assertProblem(update("\"0\"", "2026-03-23", false, READER), 403, "forbidden");
		assertThat(change.get("detail").asString()).isEqualTo("Changing the catalog needs the administrator role.");
		JsonNode anonymous = assertProblem(this.api.get("/api/v1/admin/audit"), 401, "unauthorized");
		assertThat(anonymous.get("detail").asString())
			.isEqualTo("Reading the audit trail needs an authenticated administrator.");
	}

	@Test
	void aDateAloneIsMidnightInStockholmThatDayForEffectiveFromAndAsOf() {
		Api.Response scheduled = update("\"0\"", "2026-03-29", false);
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		// The day the clocks go forward: its midnight is still winter time.
		assertThat(scheduled.json().get("effectiveFrom").asString()).isEqualTo("2026-03-29T00:00:00+01:00");
		assertThat(scheduled.json().get("warnings").size()).isZero();
		assertThat(this.api.get(PUBLIC_SEXOLOG + "?asOf=2026-03-28").json().get("rebookableByPatient").asBoolean())
			.isTrue();
		assertThat(this.api.get(PUBLIC_SEXOLOG + "?asOf=2026-03-29").json().get("rebookableByPatient").asBoolean())
			.isFalse();
		JsonNode admin = this.api.get("/api/v1/admin/appointment-types?asOf=2026-03-29", ADMIN).json();
		assertThat(admin.valueStream().filter((type) -> type.get("code").asString().equals("sexolog-1177")))
			.singleElement()
			.satisfies((type) -> assertThat(type.get("version").asLong()).isEqualTo(1));
		assertThat(this.api.get(PUBLIC_SEXOLOG + "?asOf=2026-02-30").json().get("type").asString())
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

	private Api.Response withdraw(String version, String ifMatch) {
		return this.api.send("DELETE", WITHDRAW + version, null, Api.with(ADMIN, "If-Match", ifMatch));
	}

	private Api.Response update(String ifMatch, String effectiveFrom, boolean rebookable) {
		return update(ifMatch, effectiveFrom, rebookable, ADMIN);
	}

	private Api.Response update(String ifMatch, String effectiveFrom, boolean rebookable, String[] user) {
		return this.api.send("PUT", SEXOLOG + "?effectiveFrom=" + effectiveFrom,
				AdminApiTests.body("Sexolog 1177", true, true, rebookable, true),
				Api.with(Api.with(user, "Content-Type", "application/json"), "If-Match", ifMatch));
	}

	private static JsonNode assertProblem(Api.Response response, int status, String type) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:problem-type:tidbok:" + type);
		return problem;
	}

}
