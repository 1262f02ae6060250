package se.pmo.tidbok.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules over HTTP. The application's clock reads {@value IntegrationTest#NOW}.
 */
@IntegrationTest
class PolicyApiTests {

	@Autowired
	Api api;

	@Test
	void policyAtTheCancellationDeadlineAcrossTheSpringChange() {
		JsonNode policy = ok("/api/v1/appointment-types/lakare-besok-ej-akut-1177/policy"
				+ "?start=2026-03-29T10:00:00%2B02:00&at=2026-03-28T09:00:00%2B01:00&bookedAt=2026-03-01T12:00:00Z");
		assertThat(policy.get("appointmentType").get("code").asString()).isEqualTo("lakare-besok-ej-akut-1177");
		assertThat(policy.get("appointmentType").get("bookableOnline").asBoolean()).isTrue();
		assertThat(policy.get("start").asString()).isEqualTo("2026-03-29T10:00:00+02:00");
		assertThat(policy.get("evaluatedAt").asString()).isEqualTo("2026-03-28T09:00:00+01:00");
		assertThat(policy.get("booking").get("allowed").asBoolean()).isTrue();
		assertThat(policy.get("booking").get("reason").asString()).isEqualTo("ALLOWED");
		assertThat(policy.get("booking").get("lastBookableDate").asString()).isEqualTo("2026-05-23");
		assertThat(policy.get("cancellation").get("allowed").asBoolean()).isTrue();
		assertThat(policy.get("cancellation").get("deadline").asString()).isEqualTo("2026-03-28T09:00:00+01:00");
		assertThat(policy.get("cancellation").get("message").isNull()).isTrue();
		assertThat(policy.get("rebooking").get("allowed").asBoolean()).isTrue();
		assertThat(policy.get("rebooking").get("deadline").asString()).isEqualTo("2026-03-28T09:00:00+01:00");
		assertThat(policy.get("smsReminder").get("scheduled").asBoolean()).isTrue();
		assertThat(policy.get("smsReminder").get("reason").asString()).isEqualTo("SCHEDULED");
		assertThat(policy.get("smsReminder").get("sendAt").asString()).isEqualTo("2026-03-27T09:00:00+01:00");
	}

	@Test
	void oneSecondAfterTheDeadlineThePatientIsToldToContactTheClinic() {
		JsonNode policy = ok("/api/v1/appointment-types/lakare-besok-ej-akut-1177/policy"
				+ "?start=2026-03-29T10:00:00%2B02:00&at=2026-03-28T09:00:01%2B01:00");
		assertThat(policy.get("cancellation").get("allowed").asBoolean()).isFalse();
		assertThat(policy.get("cancellation").get("reason").asString()).isEqualTo("CUTOFF_PASSED");
		assertThat(policy.get("cancellation").get("message").asString()).contains("Kontakta mottagningen")
			.contains("24 timmar");
		assertThat(policy.get("rebooking").get("reason").asString()).isEqualTo("CUTOFF_PASSED");
		assertThat(policy.get("rebooking").get("message").asString()).contains("Kontakta mottagningen");
		// Booked (by default) at the evaluation instant, inside the 48-hour window.
		assertThat(policy.get("smsReminder").get("reason").asString()).isEqualTo("BOOKED_INSIDE_REMINDER_WINDOW");
	}

	@Test
	void interpreterTimesAreNeverCancelledByThePatientAndFlagsWinOverTime() {
		JsonNode policy = ok("/api/v1/appointment-types/mottagningstid-med-tolk/policy?start=2026-03-21T10:00:00Z");
		assertThat(policy.get("evaluatedAt").asString()).isEqualTo("2026-03-20T09:30:00+01:00");
		assertThat(policy.get("booking").get("reason").asString()).isEqualTo("NOT_BOOKABLE_ONLINE");
		assertThat(policy.get("booking").get("lastBookableDate").isNull()).isTrue();
		assertThat(policy.get("cancellation").get("reason").asString()).isEqualTo("NOT_CANCELLABLE_BY_PATIENT");
		assertThat(policy.get("cancellation").get("deadline").isNull()).isTrue();
		assertThat(policy.get("cancellation").get("message").asString()).contains("kan inte avbokas via 1177");
		assertThat(policy.get("rebooking").get("reason").asString()).isEqualTo("NOT_REBOOKABLE_BY_PATIENT");
		assertThat(policy.get("rebooking").get("deadline").isNull()).isTrue();
	}

	@Test
	void atDefaultsToTheInjectedClockAndBookedAtToAt() {
		JsonNode policy = ok("/api/v1/appointment-types/1177-direkt/policy?start=2026-07-01T10:00:00%2B02:00");
		assertThat(policy.get("evaluatedAt").asString()).isEqualTo("2026-03-20T09:30:00+01:00");
		assertThat(policy.get("booking").get("reason").asString()).isEqualTo("NOT_BOOKABLE_ONLINE");
		assertThat(policy.get("smsReminder").get("reason").asString()).isEqualTo("NO_SMS_REMINDER_FOR_TYPE");
		assertThat(policy.get("smsReminder").get("sendAt").isNull()).isTrue();
		JsonNode later = ok("/api/v1/appointment-types/vaccination-1177/policy?start=2026-05-16T00:00:00%2B02:00");
		assertThat(later.get("booking").get("reason").asString()).isEqualTo("BEYOND_HORIZON");
		assertThat(later.get("booking").get("lastBookableDate").asString()).isEqualTo("2026-05-15");
		assertThat(later.get("smsReminder").get("reason").asString()).isEqualTo("SCHEDULED");
		JsonNode past = ok("/api/v1/appointment-types/vaccination-1177/policy?start=2026-03-20T09:29:59%2B01:00");
		assertThat(past.get("booking").get("reason").asString()).isEqualTo("IN_THE_PAST");
	}

	@Test
	void localTimesAreReadInStockholm() {
		JsonNode policy = ok(
				"/api/v1/appointment-types/vaccination-1177/policy?start=2026-10-25T10:00&at=2026-10-24T11:00");
		assertThat(policy.get("start").asString()).isEqualTo("2026-10-25T10:00:00+01:00");
		assertThat(policy.get("cancellation").get("deadline").asString()).isEqualTo("2026-10-24T11:00:00+02:00");
		assertThat(policy.get("cancellation").get("allowed").asBoolean()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "start, 2026-03-29T02:30, nonexistent-local-time", "at, 2026-10-25T02:30, ambiguous-local-time",
			"bookedAt, 2026-10-25T02:00:00, ambiguous-local-time", "start, next-tuesday, invalid-time",
			"at, 2026-02-30T10:00:00Z, invalid-time", "start, 99999-01-01T00:00:00Z, invalid-time" })
	void badTimesAre400ProblemsNamingTheParameter(String parameter, String value, String type) {
		String query = "start=2026-06-01T10:00:00Z&" + parameter + "=" + value;
		if (parameter.equals("start")) {
			query = "start=" + value;
		}
		Api.Response response = this.api.get("/api/v1/appointment-types/vaccination-1177/policy?" + query);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:problem-type:tidbok:" + type);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains(parameter);
	}

	@Test
	void missingStartIsA400Problem() {
		Api.Response response = this.api.get("/api/v1/appointment-types/vaccination-1177/policy");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("parameter").asString()).isEqualTo("start");
	}

	@Test
	void policyOfAnUnknownTypeIsA404Problem() {
		Api.Response response = this.api.get("/api/v1/appointment-types/finns-inte/policy?start=2026-06-01T10:00:00Z");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("type").asString())
			.isEqualTo("urn:problem-type:tidbok:unknown-appointment-type");
	}

	@Test
	void batchAnswersInOrderAndAnUnknownCodeFailsOnlyItsOwnElement() {
		Api.Response response = this.api.postJson("/api/v1/policy-evaluations",
				"""
						{"at": "2026-03-28T09:00:00+01:00", "appointments": [
						  {"appointmentTypeCode": "lakare-besok-ej-akut-1177", "start": "2026-03-29T10:00:00+02:00", "bookedAt": "2026-03-01T12:00:00Z"},
						  {"appointmentTypeCode": "finns-inte", "start": "2026-03-29T10:00:00+02:00"},
						  {"appointmentTypeCode": "mottagningstid-med-tolk", "start": "2026-03-29T02:30"},
						  {"appointmentTypeCode": "mottagningstid-med-tolk", "start": "2026-04-01T10:00"}
						]}""");
		assertThat(response.status()).isEqualTo(200);
		JsonNode results = response.json();
		assertThat(results.size()).isEqualTo(4);
		assertThat(results.valueStream().map((result) -> result.get("index").asInt())).containsExactly(0, 1, 2, 3);
		assertThat(results.valueStream().map((result) -> result.get("outcome").asString())).containsExactly("POLICY",
				"PROBLEM", "PROBLEM", "POLICY");
		assertThat(results.valueStream().map((result) -> result.has("policy") != result.has("problem")))
			.allMatch((exactlyOne) -> exactlyOne);
		JsonNode first = results.get(0).get("policy");
		assertThat(first.get("cancellation").get("allowed").asBoolean()).isTrue();
		assertThat(first.get("smsReminder").get("reason").asString()).isEqualTo("SCHEDULED");
		JsonNode unknown = results.get(1).get("problem");
		assertThat(unknown.get("status").asInt()).isEqualTo(404);
		assertThat(unknown.get("type").asString()).isEqualTo("urn:problem-type:tidbok:unknown-appointment-type");
		assertThat(unknown.get("code").asString()).isEqualTo("finns-inte");
		JsonNode badTime = results.get(2).get("problem");
		assertThat(badTime.get("status").asInt()).isEqualTo(400);
		assertThat(badTime.get("type").asString()).isEqualTo("urn:problem-type:tidbok:nonexistent-local-time");
		assertThat(badTime.get("parameter").asString()).isEqualTo("appointments[2].start");
		JsonNode last = results.get(3).get("policy");
		assertThat(last.get("appointmentType").get("code").asString()).isEqualTo("mottagningstid-med-tolk");
		assertThat(last.get("cancellation").get("reason").asString()).isEqualTo("NOT_CANCELLABLE_BY_PATIENT");
		assertThat(last.get("evaluatedAt").asString()).isEqualTo("2026-03-28T09:00:00+01:00");
	}

	@Test
	void batchOfTheLimitIsAnsweredAndOneMoreIsRefusedWithTheLimit() {
		Api.Response full = this.api.postJson("/api/v1/policy-evaluations", batch(1000));
		assertThat(full.status()).isEqualTo(200);
		assertThat(full.json().size()).isEqualTo(1000);
		Api.Response tooMany = this.api.postJson("/api/v1/policy-evaluations", batch(1001));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = tooMany.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:problem-type:tidbok:batch-too-large");
		assertThat(problem.get("limit").asInt()).isEqualTo(1000);
		assertThat(problem.get("detail").asString()).contains("1000");
	}

	@Test
	void largeAnswersAreGzippedForClientsThatAcceptIt() throws IOException {
		Api.Response response = this.api.postJson("/api/v1/policy-evaluations", batch(50), "Accept-Encoding", "gzip");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			assertThat(JsonMapper.builder().build().readTree(in.readAllBytes()).size()).isEqualTo(50);
		}
	}

	@Test
	void emptyBatchIsAnEmptyList() {
		Api.Response response = this.api.postJson("/api/v1/policy-evaluations", "{\"appointments\": []}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).isEqualTo("[]");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{}                                                   | appointments
			{"appointments": "many"}                             | appointments
			{"appointments": [{"appointmentTypeCode": {}}]}      | appointments[0].appointmentTypeCode
			{"appointments": [], "at": "igår"}                   | at
			""")
	void malformedBatchIsA400ProblemNamingTheField(String body, String field) {
		Api.Response response = this.api.postJson("/api/v1/policy-evaluations", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.text()).contains(field).doesNotContain("tools.jackson", "java.lang");
	}

	@Test
	void bookingWindowIsTodayInStockholmToTodayPlus56Days() {
		JsonNode window = ok("/api/v1/booking-window?at=2026-03-20T23:30:00Z");
		assertThat(window.get("zone").asString()).isEqualTo("Europe/Stockholm");
		assertThat(window.get("firstBookableDate").asString()).isEqualTo("2026-03-21");
		assertThat(window.get("lastBookableDate").asString()).isEqualTo("2026-05-16");
		assertThat(window.get("horizonDays").asInt()).isEqualTo(56);
		JsonNode now = ok("/api/v1/booking-window");
		assertThat(now.get("firstBookableDate").asString()).isEqualTo("2026-03-20");
		assertThat(now.get("lastBookableDate").asString()).isEqualTo("2026-05-15");
		assertThat(this.api.get("/api/v1/booking-window?at=2026-03-29T02:30").status()).isEqualTo(400);
	}

	@Test
	void rulesListTheParametersInForceAndOneSentencePerRule() {
		JsonNode rules = ok("/api/v1/rules");
		assertThat(rules.get("zone").asString()).isEqualTo("Europe/Stockholm");
		assertThat(rules.get("bookingHorizon").asString()).isEqualTo("P56D");
		assertThat(rules.get("cancellationCutoff").asString()).isEqualTo("PT24H");
		assertThat(rules.get("smsReminderLead").asString()).isEqualTo("PT48H");
		assertThat(rules.get("catalogRevision").asLong()).isPositive();
		assertThat(rules.get("rules").valueStream().map((rule) -> rule.get("id").asString())).containsExactly(
				"online-booking", "booking-horizon", "cancellation-cutoff", "clinic-cancels", "rebooking",
				"sms-reminder", "no-show");
		assertThat(rules.get("rules").valueStream()).allSatisfy((rule) -> {
			assertThat(rule.get("sv").asString()).isNotBlank();
			assertThat(rule.get("en").asString()).isNotBlank();
		});
		assertThat(rules.toString()).contains("debiteras")
			.contains("56 dagar")
			.contains("24 timmar")
			.contains("48 timmar");
	}

	private JsonNode ok(String path) {
		Api.Response response = this.api.get(path);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	private static String batch(int size) {
		return IntStream.range(0, size)
			.mapToObj(
					(i) -> "{\"appointmentTypeCode\": \"vaccination-1177\", \"start\": \"2026-04-%02dT10:00:00+02:00\"}"
						.formatted(1 + i % 28))
			.collect(Collectors.joining(",", "{\"at\": \"2026-03-20T09:30:00+01:00\", \"appointments\": [", "]}"));
	}

}
