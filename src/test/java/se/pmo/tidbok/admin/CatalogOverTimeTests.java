package se.pmo.tidbok.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogSnapshot;
import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes scheduled ahead, answers as of any instant, and policy answers with the catalog
 * in force at their evaluation instant, over HTTP, with the application's clock moved by
 * the test. The clock starts at {@link IntegrationTest#NOW}, a Friday; the changes here
 * take effect on the Monday after, at 00:00 in Stockholm.
 */
@IntegrationTest
class CatalogOverTimeTests {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final String ADMIN_TYPES = "/api/v1/admin/appointment-types";

	private static final String SEXOLOG = "/api/v1/appointment-types/sexolog-1177";

	/** Monday 2026-03-23 00:00 in Stockholm. */
	private static final Instant MONDAY = Instant.parse("2026-03-22T23:00:00Z");

	private static final String MONDAY_PARAMETER = "2026-03-23T00:00:00%2B01:00";

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	CatalogReset catalogReset;

	@Autowired
	Catalog catalog;

	@AfterEach
	void restore() {
		this.clock.reset();
		this.catalogReset.restoreSeed();
	}

	@Test
	void aScheduledChangeIsInvisibleOneNanosecondBeforeItsInstantAndInForceAtIt() {
		String listETag = this.api.get("/api/v1/appointment-types").header("ETag");
		Api.Response scheduled = scheduleSexologNotRebookable();
		assertThat(scheduled.json().get("version").asLong()).isEqualTo(1);
		assertThat(scheduled.json().get("effectiveFrom").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
		assertThat(scheduled.header("ETag")).isEqualTo("\"1\"");

		Api.Response now = this.api.get(SEXOLOG);
		assertThat(now.json().get("rebookableByPatient").asBoolean()).isTrue();
		assertThat(now.header("ETag")).isEqualTo("\"0\"");
		long revision = Long.parseLong(now.header("Catalog-Revision"));

		this.clock.set(MONDAY.minusNanos(1));
		Api.Response before = this.api.get(SEXOLOG);
		assertThat(before.json().get("rebookableByPatient").asBoolean()).isTrue();
		assertThat(before.header("ETag")).isEqualTo("\"0\"");
		assertThat(before.header("Cache-Control")).isEqualTo("max-age=0, public");
		String listBefore = this.api.get("/api/v1/appointment-types").header("ETag");
		assertThat(listBefore).isNotEqualTo(listETag).isEqualTo("\"" + revision + "\"");

		this.clock.set(MONDAY);
		Api.Response after = this.api.get(SEXOLOG);
		assertThat(after.json().get("rebookableByPatient").asBoolean()).isFalse();
		assertThat(after.header("ETag")).isEqualTo("\"1\"");
		assertThat(after.header("Cache-Control")).isEqualTo("max-age=30, public");
		assertThat(after.header("Catalog-Revision")).isEqualTo(Long.toString(revision));
		Api.Response list = this.api.get("/api/v1/appointment-types?rebookableByPatient=false&q=sexolog");
		assertThat(list.json().size()).isEqualTo(1);
		String listAfter = this.api.get("/api/v1/appointment-types").header("ETag");
		assertThat(listAfter).isEqualTo("\"" + revision + "@2026-03-22T23:00:00Z\"");
		// A client holding the list from before the change gets the new list, not a 304.
		assertThat(this.api.get("/api/v1/appointment-types", "If-None-Match", listBefore).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/appointment-types", "If-None-Match", listAfter).status()).isEqualTo(304);
		assertThat(this.api.get(SEXOLOG, "If-None-Match", "\"0\"").status()).isEqualTo(200);
	}

	@Test
	void aClockReadJustBeforeASwitchDoesNotMoveTheCatalogBack() {
		scheduleSexologNotRebookable();
		this.clock.set(MONDAY);
		CatalogSnapshot afterTheSwitch = this.catalog.current(MONDAY);
		assertThat(afterTheSwitch.validFrom()).isEqualTo(MONDAY);

		// A request that read the clock 1 ns before the switch gets the catalog of its
		// instant...
		CatalogSnapshot late = this.catalog.current(MONDAY.minusNanos(1));
		assertThat(late.validUntil()).isEqualTo(MONDAY);
		assertThat(late.find("sexolog-1177").orElseThrow().details().rebookableByPatient()).isTrue();
		// ...and the catalog in force stays the one after the switch.
		assertThat(this.catalog.current(MONDAY)).isSameAs(afterTheSwitch);
	}

	@Test
	void maxAgeNeverReachesPastTheNextChangeOfWhatTheAnswerCovers() {
		scheduleSexologNotRebookable();
		this.clock.set(MONDAY.minusSeconds(10));
		assertThat(this.api.get(SEXOLOG).header("Cache-Control")).isEqualTo("max-age=10, public");
		assertThat(this.api.get("/api/v1/appointment-types").header("Cache-Control")).isEqualTo("max-age=10, public");
		assertThat(this.api.get("/api/v1/appointment-types?q=sexolog").header("Cache-Control"))
			.isEqualTo("max-age=10, public");
		// Another type does not change at the switch.
		assertThat(this.api.get("/api/v1/appointment-types/vaccination-1177").header("Cache-Control"))
			.isEqualTo("max-age=30, public");
		// An answer for a named instant does not change at it.
		assertThat(this.api.get(SEXOLOG + "?asOf=" + MONDAY_PARAMETER).header("Cache-Control"))
			.isEqualTo("max-age=30, public");

		this.clock.set(MONDAY.minusSeconds(31));
		assertThat(this.api.get(SEXOLOG).header("Cache-Control")).isEqualTo("max-age=30, public");
	}

	@Test
	void readsAnswerAsOfAnyInstantAndTheHistoryListsEachVersionWithItsInterval() {
		scheduleSexologNotRebookable();
		assertThat(this.api.get(SEXOLOG + "?asOf=" + MONDAY_PARAMETER).json().get("rebookableByPatient").asBoolean())
			.isFalse();
		Api.Response justBefore = this.api.get(SEXOLOG + "?asOf=2026-03-22T23:59:59.999999999%2B01:00");
		assertThat(justBefore.json().get("rebookableByPatient").asBoolean()).isTrue();
		assertThat(justBefore.header("ETag")).isEqualTo("\"0\"");
		assertThat(this.api.get("/api/v1/appointment-types?rebookableByPatient=false&q=sexolog&asOf=2026-03-23T00:00")
			.json()
			.size()).isEqualTo(1);

		JsonNode history = this.api.get(SEXOLOG + "/history").json();
		assertThat(history.get("code").asString()).isEqualTo("sexolog-1177");
		JsonNode seed = history.get("versions").get(0);
		assertThat(seed.get("version").asLong()).isZero();
		assertThat(seed.get("effectiveFrom").isNull()).isTrue();
		assertThat(seed.get("effectiveUntil").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
		assertThat(seed.get("recordedAt").asString()).isEqualTo("2026-04-23T00:00:00+02:00");
		assertThat(seed.get("source").asString()).contains("2026-04-23");
		assertThat(seed.get("rebookableByPatient").asBoolean()).isTrue();
		JsonNode scheduled = history.get("versions").get(1);
		assertThat(scheduled.get("version").asLong()).isEqualTo(1);
		assertThat(scheduled.get("effectiveFrom").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
		assertThat(scheduled.get("effectiveUntil").isNull()).isTrue();
		assertThat(scheduled.get("recordedAt").asString()).isEqualTo("2026-03-20T09:30:00+01:00");
		assertThat(scheduled.get("rebookableByPatient").asBoolean()).isFalse();
		assertThat(history.get("versions").size()).isEqualTo(2);

		// The admin list as of an instant, retired types included.
		List<JsonNode> atMonday = this.api.get(ADMIN_TYPES + "?asOf=" + MONDAY_PARAMETER, ADMIN)
			.json()
			.valueStream()
			.filter((type) -> type.get("code").asString().equals("sexolog-1177"))
			.toList();
		assertThat(atMonday).singleElement()
			.satisfies((type) -> assertThat(type.get("rebookableByPatient").asBoolean()).isFalse());
		assertThat(this.api.get("/api/v1/appointment-types/finns-inte/history").status()).isEqualTo(404);
	}

	@Test
	void policyAnswersUseTheFlagsInForceAtTheirEvaluationInstantAndSayWhichVersion() {
		scheduleSexologNotRebookable();
		String policy = SEXOLOG + "/policy?start=2026-03-26T10:00:00%2B01:00&at=";
		JsonNode before = this.api.get(policy + "2026-03-22T23:59:59.999999999%2B01:00").json();
		assertThat(before.get("rebooking").get("reason").asString()).isEqualTo("ALLOWED");
		assertThat(before.get("appointmentTypeVersion").asLong()).isZero();
		JsonNode after = this.api.get(policy + MONDAY_PARAMETER).json();
		assertThat(after.get("rebooking").get("reason").asString()).isEqualTo("NOT_REBOOKABLE_BY_PATIENT");
		assertThat(after.get("appointmentTypeVersion").asLong()).isEqualTo(1);
		assertThat(after.get("appointmentType").get("rebookableByPatient").asBoolean()).isFalse();
		assertThat(after.get("catalogRevision").asLong()).isEqualTo(before.get("catalogRevision").asLong());
		// Without 'at', the clock decides, also when the switch was first met by a policy
		// answer.
		assertThat(this.api.get(SEXOLOG + "/policy?start=2026-03-26T10:00:00%2B01:00")
			.json()
			.get("rebooking")
			.get("reason")
			.asString()).isEqualTo("ALLOWED");
		this.clock.set(MONDAY);
		JsonNode now = this.api.get(SEXOLOG + "/policy?start=2026-03-26T10:00:00%2B01:00").json();
		assertThat(now.get("rebooking").get("reason").asString()).isEqualTo("NOT_REBOOKABLE_BY_PATIENT");
		assertThat(now.get("appointmentTypeVersion").asLong()).isEqualTo(1);
		this.clock.reset();

		String batch = """
				{"at": "%s", "appointments": [
				  {"appointmentTypeCode": "sexolog-1177", "start": "2026-03-26T10:00:00+01:00"},
				  {"appointmentTypeCode": "vaccination-1177", "start": "2026-03-26T10:00:00+01:00"}]}""";
		JsonNode batchBefore = this.api
			.postJson("/api/v1/policy-evaluations", batch.formatted("2026-03-22T23:59:59.999999999+01:00"))
			.json();
		JsonNode batchAfter = this.api.postJson("/api/v1/policy-evaluations", batch.formatted("2026-03-23T00:00+01:00"))
			.json();
		assertThat(batchBefore.get(0).get("policy").get("rebooking").get("reason").asString()).isEqualTo("ALLOWED");
		assertThat(batchAfter.get(0).get("policy").get("rebooking").get("reason").asString())
			.isEqualTo("NOT_REBOOKABLE_BY_PATIENT");
		assertThat(batchAfter.get(0).get("policy").get("appointmentTypeVersion").asLong()).isEqualTo(1);
		assertThat(batchAfter.get(1).get("policy").get("rebooking").get("reason").asString()).isEqualTo("ALLOWED");
	}

	@Test
	void aCancelledScheduledChangeNeverTakesEffectAndTheAuditShowsWhoScheduledAndWhoCancelled() {
		scheduleSexologNotRebookable();
		JsonNode pending = this.api.get("/api/v1/admin/scheduled-changes?code=sexolog-1177", ADMIN).json();
		assertThat(pending.size()).isEqualTo(1);
		assertThat(pending.get(0).get("version").asLong()).isEqualTo(1);
		assertThat(pending.get(0).get("action").asString()).isEqualTo("UPDATE");
		assertThat(pending.get(0).get("scheduledBy").asString()).isEqualTo("basic:admin");
		assertThat(pending.get(0).get("effectiveFrom").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
		assertThat(pending.get(0).get("before").get("rebookableByPatient").asBoolean()).isTrue();
		assertThat(pending.get(0).get("after").get("rebookableByPatient").asBoolean()).isFalse();
		assertThat(this.api.get("/api/v1/admin/scheduled-changes?code=vaccination-1177", ADMIN).json().size()).isZero();

		String mondayPolicy = SEXOLOG + "/policy?start=2026-03-30T10:00:00%2B02:00&at=" + MONDAY_PARAMETER;
		Api.Response asOfMondayBefore = this.api.get(SEXOLOG + "?asOf=" + MONDAY_PARAMETER);
		assertThat(asOfMondayBefore.json().get("rebookableByPatient").asBoolean()).isFalse();
		assertThat(asOfMondayBefore.header("ETag")).isEqualTo("\"1\"");
		assertThat(this.api.get(mondayPolicy).json().get("appointmentTypeVersion").asLong()).isEqualTo(1);

		Api.Response withoutIfMatch = this.api.send("DELETE", "/api/v1/admin/scheduled-changes/sexolog-1177/1", null,
				ADMIN);
		assertThat(withoutIfMatch.status()).isEqualTo(428);
		Api.Response stale = this.api.send("DELETE", "/api/v1/admin/scheduled-changes/sexolog-1177/1", null,
				Api.with(ADMIN, "If-Match", "\"0\""));
		assertThat(stale.status()).isEqualTo(412);
		Api.Response cancelled = this.api.send("DELETE", "/api/v1/admin/scheduled-changes/sexolog-1177/1", null,
				Api.with(ADMIN, "If-Match", "\"1\""));
		assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(204);
		assertThat(cancelled.header("ETag")).isEqualTo("\"0\"");
		assertThat(this.api.get("/api/v1/admin/scheduled-changes", ADMIN).json().size()).isZero();
		assertThat(this.api
			.send("DELETE", "/api/v1/admin/scheduled-changes/sexolog-1177/1", null,
					Api.with(ADMIN, "If-Match", "\"0\""))
			.json()
			.get("type")
			.asString()).isEqualTo("urn:problem-type:tidbok:unknown-scheduled-change");
		// Answers as of Monday, read before the withdrawal, are not served again after
		// it.
		Api.Response asOfMondayAfter = this.api.get(SEXOLOG + "?asOf=" + MONDAY_PARAMETER);
		assertThat(asOfMondayAfter.json().get("rebookableByPatient").asBoolean()).isTrue();
		assertThat(asOfMondayAfter.header("ETag")).isEqualTo("\"0\"");
		JsonNode policyAfter = this.api.get(mondayPolicy).json();
		assertThat(policyAfter.get("appointmentTypeVersion").asLong()).isZero();
		assertThat(policyAfter.get("rebooking").get("reason").asString()).isEqualTo("ALLOWED");

		this.clock.set(MONDAY.plusSeconds(3600));
		assertThat(this.api.get(SEXOLOG).json().get("rebookableByPatient").asBoolean()).isTrue();
		assertThat(this.api.get(SEXOLOG + "/history").json().get("versions").size()).isEqualTo(1);

		JsonNode audit = this.api.get("/api/v1/admin/audit?code=sexolog-1177", ADMIN).json().get("items");
		assertThat(audit.size()).isEqualTo(2);
		assertThat(audit.get(0).get("action").asString()).isEqualTo("CANCEL_SCHEDULED_CHANGE");
		assertThat(audit.get(0).get("actor").asString()).isEqualTo("basic:admin");
		assertThat(audit.get(0).get("effectiveFrom").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
		assertThat(audit.get(0).get("before").get("version").asLong()).isEqualTo(1);
		assertThat(audit.get(0).get("after").get("version").asLong()).isZero();
		assertThat(audit.get(1).get("action").asString()).isEqualTo("UPDATE");
		assertThat(audit.get(1).get("actor").asString()).isEqualTo("basic:admin");
		assertThat(audit.get(1).get("occurredAt").asString()).isEqualTo("2026-03-20T09:30:00+01:00");
		assertThat(audit.get(1).get("effectiveFrom").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
	}

	@Test
	void changesAppendToTheEndOfATypesTimelineAndOnlyItsLastPendingChangeCanBeWithdrawn() {
		scheduleSexologNotRebookable();
		// Before the pending change, and now: both refused, naming the pending change.
		JsonNode earlier = update("\"1\"", "2026-03-22T12:00:00%2B01:00", true).json();
		assertThat(earlier.get("type").asString()).isEqualTo("urn:problem-type:tidbok:schedule-conflict");
		assertThat(earlier.get("pendingVersion").asLong()).isEqualTo(1);
		assertThat(earlier.get("pendingEffectiveFrom").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
		JsonNode atTheSameInstant = update("\"1\"", MONDAY_PARAMETER, true).json();
		assertThat(atTheSameInstant.get("type").asString()).isEqualTo("urn:problem-type:tidbok:schedule-conflict");
		assertThat(atTheSameInstant.get("pendingVersion").asLong()).isEqualTo(1);
		JsonNode immediate = retire("\"1\"", null).json();
		assertThat(immediate.get("type").asString()).isEqualTo("urn:problem-type:tidbok:schedule-conflict");
		assertThat(immediate.get("pendingVersion").asLong()).isEqualTo(1);
		// After it: appended.
		Api.Response retirement = retire("\"1\"", "2026-04-01T00:00:00%2B02:00");
		assertThat(retirement.status()).as(retirement.text()).isEqualTo(200);
		assertThat(retirement.json().get("version").asLong()).isEqualTo(2);
		// The earlier one is no longer the last.
		JsonNode notLast = this.api
			.send("DELETE", "/api/v1/admin/scheduled-changes/sexolog-1177/1", null,
					Api.with(ADMIN, "If-Match", "\"2\""))
			.json();
		assertThat(notLast.get("type").asString()).isEqualTo("urn:problem-type:tidbok:schedule-conflict");
		assertThat(notLast.get("pendingVersion").asLong()).isEqualTo(2);
		JsonNode soonestFirst = this.api.get("/api/v1/admin/scheduled-changes", ADMIN).json();
		assertThat(soonestFirst.valueStream().map((change) -> change.get("action").asString()))
			.containsExactly("UPDATE", "RETIRE");
		// A change in force cannot be withdrawn, from the instant it takes effect.
		this.clock.set(Instant.parse("2026-03-31T22:00:00Z"));
		JsonNode inForce = this.api
			.send("DELETE", "/api/v1/admin/scheduled-changes/sexolog-1177/2", null,
					Api.with(ADMIN, "If-Match", "\"2\""))
			.json();
		assertThat(inForce.get("type").asString()).isEqualTo("urn:problem-type:tidbok:change-in-force");
		assertThat(this.api.get(SEXOLOG).status()).isEqualTo(404);
		assertThat(this.api.get(SEXOLOG + "?asOf=2026-03-31T23:59:59.999999999%2B02:00").status()).isEqualTo(200);
	}

	@Test
	void effectiveFromIsNeverInThePastAndLocalTimesAcrossTheDaylightSavingChangesMustBeUnambiguous() {
		JsonNode past = update("\"0\"", "2026-03-20T09:29:59%2B01:00", false).json();
		assertThat(past.get("type").asString()).isEqualTo("urn:problem-type:tidbok:effective-from-in-past");
		assertThat(past.get("effectiveFrom").asString()).isEqualTo("2026-03-20T09:29:59+01:00");
		assertThat(past.get("now").asString()).isEqualTo("2026-03-20T09:30:00+01:00");
		assertThat(past.get("detail").asString()).doesNotContainPattern("\\dZ");
		JsonNode ambiguous = update("\"0\"", "2026-10-25T02:30", false).json();
		assertThat(ambiguous.get("type").asString()).isEqualTo("urn:problem-type:tidbok:ambiguous-local-time");
		assertThat(ambiguous.get("parameter").asString()).isEqualTo("effectiveFrom");
		JsonNode nonexistent = update("\"0\"", "2026-03-29T02:30", false).json();
		assertThat(nonexistent.get("type").asString()).isEqualTo("urn:problem-type:tidbok:nonexistent-local-time");
		assertThat(this.api.get("/api/v1/admin/scheduled-changes", ADMIN).json().size()).isZero();

		Api.Response exact = update("\"0\"", "2026-10-25T02:30:00%2B01:00", false);
		assertThat(exact.status()).as(exact.text()).isEqualTo(200);
		assertThat(exact.json().get("effectiveFrom").asString()).isEqualTo("2026-10-25T02:30:00+01:00");
		assertThat(this.api.get(SEXOLOG + "?asOf=2026-10-25T01:29:59.999999999Z")
			.json()
			.get("rebookableByPatient")
			.asBoolean()).isTrue();
		assertThat(this.api.get(SEXOLOG + "?asOf=2026-10-25T01:30:00Z").json().get("rebookableByPatient").asBoolean())
			.isFalse();
		// The first 02:30 of that night (summer time) is still before it.
		assertThat(this.api.get(SEXOLOG + "?asOf=2026-10-25T02:30:00%2B02:00")
			.json()
			.get("rebookableByPatient")
			.asBoolean()).isTrue();
	}

	@Test
	void theSwitchAtTheSpringDaylightSavingChangeIsExact() {
		Api.Response scheduled = update("\"0\"", "2026-03-29T03:00", false);
		assertThat(scheduled.json().get("effectiveFrom").asString()).isEqualTo("2026-03-29T03:00:00+02:00");
		this.clock.set(Instant.parse("2026-03-29T00:59:59.999999999Z"));
		assertThat(this.api.get(SEXOLOG).json().get("rebookableByPatient").asBoolean()).isTrue();
		this.clock.set(Instant.parse("2026-03-29T01:00:00Z"));
		assertThat(this.api.get(SEXOLOG).json().get("rebookableByPatient").asBoolean()).isFalse();
	}

	@Test
	void aScheduledCreationOpensOnItsInstantAndOnceWithdrawnLeavesTheNameFree() {
		String body = AdminApiTests.body("Fotterapeut Nybesök 1177", true, true, true, true);
		Api.Response created = this.api.send("POST", ADMIN_TYPES + "?effectiveFrom=" + MONDAY_PARAMETER, body,
				Api.with(ADMIN, "Content-Type", "application/json"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String path = "/api/v1/appointment-types/fotterapeut-nybesok-1177";
		assertThat(this.api.get(path).status()).isEqualTo(404);
		assertThat(
				this.api.get(ADMIN_TYPES + "/fotterapeut-nybesok-1177", ADMIN).json().get("effectiveFrom").asString())
			.isEqualTo("2026-03-23T00:00:00+01:00");
		this.clock.set(MONDAY);
		assertThat(this.api.get(path).status()).isEqualTo(200);
		this.clock.reset();

		JsonNode pending = this.api.get("/api/v1/admin/scheduled-changes", ADMIN).json();
		assertThat(pending.get(0).get("action").asString()).isEqualTo("CREATE");
		assertThat(pending.get(0).get("before").isNull()).isTrue();
		Api.Response withdrawn = this.api.send("DELETE", "/api/v1/admin/scheduled-changes/fotterapeut-nybesok-1177/0",
				null, Api.with(ADMIN, "If-Match", "\"0\""));
		assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(204);
		assertThat(withdrawn.header("ETag")).isNull();
		assertThat(this.api.get(ADMIN_TYPES + "/fotterapeut-nybesok-1177", ADMIN).status()).isEqualTo(404);
		this.clock.set(MONDAY);
		assertThat(this.api.get(path).status()).isEqualTo(404);
		this.clock.reset();

		Api.Response again = this.api.send("POST", ADMIN_TYPES, body,
				Api.with(ADMIN, "Content-Type", "application/json"));
		assertThat(again.status()).as(again.text()).isEqualTo(201);
		assertThat(again.json().get("version").asLong()).isEqualTo(1);
		assertThat(this.api.get(path).status()).isEqualTo(200);
		JsonNode audit = this.api.get("/api/v1/admin/audit?code=fotterapeut-nybesok-1177", ADMIN).json().get("items");
		assertThat(audit.valueStream().map((entry) -> entry.get("action").asString())).containsExactly("CREATE",
				"CANCEL_SCHEDULED_CHANGE", "CREATE");
		assertThat(audit.get(1).get("after").isNull()).isTrue();
	}

	@Test
	void aNameStaysTakenWhileAnotherTypeBearsItNowOrInAPendingChange() {
		Api.Response renamed = this.api.send("PUT", ADMIN_TYPES + "/sexolog-1177?effectiveFrom=" + MONDAY_PARAMETER,
				AdminApiTests.body("Sexolog Nybesök 1177", true, true, true, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
		// The pending name, for a new type.
		Api.Response created = this.api.send("POST", ADMIN_TYPES,
				AdminApiTests.body("Sexolog Nybesök 1177", true, true, true, true),
				Api.with(ADMIN, "Content-Type", "application/json"));
		assertThat(created.status()).isEqualTo(409);
		assertThat(created.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:duplicate-name");
		// The name it bears until then, for another type.
		Api.Response renamedOther = this.api.send("PUT", ADMIN_TYPES + "/vaccination-1177",
				AdminApiTests.body("Sexolog 1177", true, true, true, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(renamedOther.status()).isEqualTo(409);
		assertThat(renamedOther.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:duplicate-name");
		// Once the rename has taken effect, the old name is free.
		this.clock.set(MONDAY);
		Api.Response free = this.api.send("PUT", ADMIN_TYPES + "/vaccination-1177",
				AdminApiTests.body("Sexolog 1177", true, true, true, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(free.status()).as(free.text()).isEqualTo(200);
	}

	private Api.Response scheduleSexologNotRebookable() {
		Api.Response scheduled = update("\"0\"", MONDAY_PARAMETER, false);
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		return scheduled;
	}

	private Api.Response update(String ifMatch, String effectiveFrom, boolean rebookable) {
		return this.api.send("PUT", ADMIN_TYPES + "/sexolog-1177?effectiveFrom=" + effectiveFrom,
				AdminApiTests.body("Sexolog 1177", true, true, rebookable, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", ifMatch));
	}

	private Api.Response retire(String ifMatch, String effectiveFrom) {
		return this.api.send("POST",
				ADMIN_TYPES + "/sexolog-1177/retirement"
						+ ((effectiveFrom != null) ? "?effectiveFrom=" + effectiveFrom : ""),
				null, Api.with(ADMIN, "If-Match", ifMatch));
	}

}
