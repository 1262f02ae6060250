package se.pmo.tidbok.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every policy answer says until when it holds ({@code validUntil}: the type's next
 * scheduled change before the start), and the SMS reminder is judged by the type as it is
 * when the reminder is due. The clock reads {@value IntegrationTest#NOW}; sexolog-1177
 * loses its SMS reminder on Wednesday 2026-03-25 at 00:00 in Stockholm.
 */
@IntegrationTest
class DecisionsOverTimeTests {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final String POLICY = "/api/v1/appointment-types/sexolog-1177/policy?start=";

	private static final String WEDNESDAY = "2026-03-25T00:00:00+01:00";

	@Autowired
	Api api;

	@Autowired
	CatalogReset catalogReset;

	@BeforeEach
	void scheduleTheLossOfTheReminder() {
		Api.Response scheduled = this.api.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=" + WEDNESDAY.replace("+", "%2B"),
				AdminApiTests.body("Sexolog 1177", true, true, true, false),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
	}

	@AfterEach
	void restore() {
		this.catalogReset.restoreSeed();
	}

	@Test
	void aReminderDueAfterTheTypeLosesItIsNotSentAndSaysWhichVersionDecided() {
		// Due on Wednesday 10:00, after the change: by that day's rules, no reminder.
		JsonNode policy = this.api.get(POLICY + "2026-03-27T10:00:00%2B01:00").json();
		assertThat(policy.get("appointmentTypeVersion").asLong()).isZero();
		assertThat(policy.get("appointmentType").get("smsReminder").asBoolean()).isTrue();
		JsonNode sms = policy.get("smsReminder");
		assertThat(sms.get("scheduled").asBoolean()).isFalse();
		assertThat(sms.get("reason").asString()).isEqualTo("NO_SMS_REMINDER_FOR_TYPE");
		assertThat(sms.get("sendAt").isNull()).isTrue();
		assertThat(sms.get("appointmentTypeVersion").asLong()).isEqualTo(1);
		assertThat(policy.get("validUntil").asString()).isEqualTo(WEDNESDAY);

		// Due on Tuesday 10:00, before it: sent, by the version in force then.
		JsonNode earlier = this.api.get(POLICY + "2026-03-26T10:00:00%2B01:00").json().get("smsReminder");
		assertThat(earlier.get("reason").asString()).isEqualTo("SCHEDULED");
		assertThat(earlier.get("sendAt").asString()).isEqualTo("2026-03-24T10:00:00+01:00");
		assertThat(earlier.get("appointmentTypeVersion").asLong()).isZero();
	}

	@Test
	void validUntilIsTheTypesNextChangeBeforeTheStartAndNullWithoutOne() {
		assertThat(this.api.get(POLICY + "2026-03-26T10:00:00%2B01:00").json().get("validUntil").asString())
			.isEqualTo(WEDNESDAY);
		// A visit before the change: nothing in its decisions changes before it starts.
		assertThat(this.api.get(POLICY + "2026-03-24T10:00:00%2B01:00").json().get("validUntil").isNull()).isTrue();
		// Asked at the change's instant, the answer already uses it and holds on.
		JsonNode atTheChange = this.api.get(POLICY + "2026-03-27T10:00:00%2B01:00&at=" + WEDNESDAY.replace("+", "%2B"))
			.json();
		assertThat(atTheChange.get("validUntil").isNull()).isTrue();
		assertThat(atTheChange.get("appointmentTypeVersion").asLong()).isEqualTo(1);
		// Another type has no pending change.
		assertThat(this.api.get("/api/v1/appointment-types/vaccination-1177/policy?start=2026-03-27T10:00:00%2B01:00")
			.json()
			.get("validUntil")
			.isNull()).isTrue();

		JsonNode batch = this.api.postJson("/api/v1/policy-evaluations", """
				{"appointments": [
				  {"appointmentTypeCode": "sexolog-1177", "start": "2026-03-27T10:00:00+01:00"},
				  {"appointmentTypeCode": "vaccination-1177", "start": "2026-03-27T10:00:00+01:00"}]}""").json();
		JsonNode first = batch.get(0).get("policy");
		assertThat(first.get("validUntil").asString()).isEqualTo(WEDNESDAY);
		assertThat(first.get("smsReminder").get("reason").asString()).isEqualTo("NO_SMS_REMINDER_FOR_TYPE");
		assertThat(first.get("smsReminder").get("appointmentTypeVersion").asLong()).isEqualTo(1);
		assertThat(batch.get(1).get("policy").get("validUntil").isNull()).isTrue();
		assertThat(batch.get(1).get("policy").get("smsReminder").get("reason").asString()).isEqualTo("SCHEDULED");
	}

}
