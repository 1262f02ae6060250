package se.pmo.tidbok.config;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import se.pmo.tidbok.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as another team's integration tests run it: two instances on one
 * PostgreSQL, each with its own clock pinned at 2026-12-10T09:00 in Stockholm and
 * adjustable through its management port. The clock only moves forward, so the tests run
 * in order, each from where the one before left the clocks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdjustableClockTests {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final String SEXOLOG = "/api/v1/appointment-types/sexolog-1177";

	private ConsumerInstances instances;

	private Api one;

	private Api two;

	private Api oneManagement;

	private Api twoManagement;

	private List<Map<String, Object>> seededTypes;

	private List<Map<String, Object>> seededVersions;

	@BeforeAll
	void startTwoInstances() {
		this.instances = new ConsumerInstances("--tidbok.clock.fixed=2026-12-10T09:00",
				"--tidbok.clock.adjustable=true");
		this.one = this.instances.one();
		this.two = this.instances.two();
		this.oneManagement = this.instances.oneManagement();
		this.twoManagement = this.instances.twoManagement();
		this.seededTypes = this.instances.types();
		this.seededVersions = this.instances.versions();
	}

	@AfterAll
	void stop() {
		if (this.instances != null) {
			this.instances.close();
		}
	}

	@Test
	@Order(1)
	void answersWithoutAtAreThoseOfThePinnedInstantAndSayWhichClock() {
		JsonNode allowed = this.one.get(SEXOLOG + "/policy?start=2026-12-11T09:00:00%2B01:00").json();
		assertThat(allowed.get("evaluatedAt").asString()).isEqualTo("2026-12-10T09:00:00+01:00");
		assertThat(allowed.get("cancellation").get("reason").asString()).isEqualTo("ALLOWED");
		assertThat(allowed.get("cancellation").get("deadline").asString()).isEqualTo("2026-12-10T09:00:00+01:00");
		JsonNode late = this.one.get(SEXOLOG + "/policy?start=2026-12-11T08:59:59%2B01:00").json();
		assertThat(late.get("cancellation").get("reason").asString()).isEqualTo("CUTOFF_PASSED");
		JsonNode window = this.one.get("/api/v1/booking-window").json();
		assertThat(window.get("firstBookableDate").asString()).isEqualTo("2026-12-10");
		assertThat(window.get("lastBookableDate").asString()).isEqualTo("2027-02-04");
		JsonNode clock = this.one.get("/api/v1/rules").json().get("clock");
		assertThat(clock.get("mode").asString()).isEqualTo("adjustable");
		assertThat(clock.get("instant").asString()).isEqualTo("2026-12-10T09:00:00+01:00");
		String header = "adjustable 2026-12-10T09:00:00+01:00";
		// The fast path, Spring MVC, a problem and the probe all say it.
		assertThat(this.one.get("/api/v1/appointment-types").header("Tidbok-Clock")).isEqualTo(header);
		assertThat(this.one.get("/api/v1/rules").header("Tidbok-Clock")).isEqualTo(header);
		Api.Response unknown = this.one.get("/api/v1/appointment-types/no-such-type");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Tidbok-Clock")).isEqualTo(header);
		assertThat(this.one.get("/readyz").header("Tidbok-Clock")).isEqualTo(header);
		JsonNode health = this.oneManagement.get("/actuator/health").json().get("components").get("clock");
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("details").get("mode").asString()).isEqualTo("adjustable");
		assertThat(health.get("details").get("instant").asString()).isEqualTo("2026-12-10T09:00:00+01:00");
		JsonNode reading = this.oneManagement.get("/actuator/clock").json();
		assertThat(reading.get("instant").asString()).isEqualTo("2026-12-10T09:00:00+01:00");
		assertThat(reading.get("standsStill").asBoolean()).isTrue();
	}

	@Test
	@Order(2)
	void theClockIsNotOnThePublicPortAndRefusesBadMovesWithAProblem() {
		assertThat(this.one.get("/actuator/clock").status()).isEqualTo(404);
		assertThat(this.one.postJson("/actuator/clock", "{\"advance\": \"PT2H\"}").status()).isEqualTo(404);
		assertThat(this.one.postJson("/actuator/catalogreset", "").status()).isEqualTo(404);
		Api.Response backwards = this.oneManagement.postJson("/actuator/clock",
				"{\"instant\": \"2026-12-10T08:59:59+01:00\"}");
		assertThat(backwards.status()).isEqualTo(409);
		assertThat(backwards.contentType()).isEqualTo("application/problem+json");
		assertThat(backwards.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:conflict");
		assertThat(backwards.json().get("detail").asString()).contains("only moves forward");
		assertThat(backwards.json().get("now").asString()).isEqualTo("2026-12-10T09:00:00+01:00");
		assertThat(this.oneManagement.postJson("/actuator/clock", "{\"advance\": \"-PT1S\"}").status()).isEqualTo(409);
		assertProblem(this.oneManagement.postJson("/actuator/clock", "{}"), "invalid-body", "field", "instant");
		assertProblem(
				this.oneManagement.postJson("/actuator/clock",
						"{\"instant\": \"2026-12-10T10:00:00Z\", \"advance\": \"PT1H\"}"),
				"invalid-body", "field", "advance");
		assertProblem(this.oneManagement.postJson("/actuator/clock", "{\"advance\": \"2 hours\"}"), "invalid-body",
				"field", "advance");
		assertProblem(this.oneManagement.postJson("/actuator/clock", "{\"advance\": \"PT9999999999999H\"}"),
				"invalid-body", "field", "advance");
		assertProblem(this.oneManagement.postJson("/actuator/clock", "{\"instant\": \"tomorrow\"}"), "invalid-time",
				"parameter", "instant");
		// The spring-forward gap in Stockholm: that local time never exists.
		assertProblem(this.oneManagement.postJson("/actuator/clock", "{\"instant\": \"2027-03-28T02:30\"}"),
				"nonexistent-local-time", "parameter", "instant");
		Api.Response malformed = this.oneManagement.postJson("/actuator/clock", "{\"instant\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).isEqualTo("application/problem+json");
		assertThat(malformed.text()).doesNotContain("Exception").doesNotContain("tools.jackson");
		// Nothing refused moved it.
		assertThat(this.oneManagement.get("/actuator/clock").json().get("instant").asString())
			.isEqualTo("2026-12-10T09:00:00+01:00");
	}

	@Test
	@Order(3)
	void movingEachInstancesClockPastAScheduledChangeSwitchesItThereAsTimePassingDoes() {
		Api.Response scheduled = this.one.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=2026-12-10T11:00:00%2B01:00",
				body("Sexolog 1177", false),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		String revision = this.one.get(SEXOLOG).header("Catalog-Revision");
		ConsumerInstances.awaitRevision(this.two, SEXOLOG, revision);
		String listETag = this.two.get("/api/v1/appointment-types").header("ETag");
		assertThat(rebookable(this.one)).isTrue();
		assertThat(rebookable(this.two)).isTrue();

		Api.Response advanced = this.oneManagement.postJson("/actuator/clock", "{\"advance\": \"PT2H\"}");
		assertThat(advanced.status()).as(advanced.text()).isEqualTo(200);
		assertThat(advanced.json().get("instant").asString()).isEqualTo("2026-12-10T11:00:00+01:00");
		// The very next read on the moved instance is the new catalog; the other
		// instance keeps its own clock, and the old catalog, until it is moved too.
		assertThat(rebookable(this.one)).isFalse();
		assertThat(rebookable(this.two)).isTrue();
		assertThat(this.two.get("/api/v1/appointment-types").header("ETag")).isEqualTo(listETag);

		Api.Response set = this.twoManagement.postJson("/actuator/clock",
				"{\"instant\": \"2026-12-10T11:00:00+01:00\"}");
		assertThat(set.status()).as(set.text()).isEqualTo(200);
		assertThat(rebookable(this.two)).isFalse();
		assertThat(this.two.get("/api/v1/appointment-types").header("ETag")).isNotEqualTo(listETag);
		assertThat(this.two.get("/api/v1/appointment-types").header("ETag"))
			.isEqualTo(this.one.get("/api/v1/appointment-types").header("ETag"));
		for (Api instance : List.of(this.one, this.two)) {
			JsonNode policy = instance.get(SEXOLOG + "/policy?start=2026-12-20T10:00:00%2B01:00").json();
			assertThat(policy.get("evaluatedAt").asString()).isEqualTo("2026-12-10T11:00:00+01:00");
			assertThat(policy.get("appointmentTypeVersion").asLong()).isEqualTo(1);
			assertThat(policy.get("rebooking").get("reason").asString()).isEqualTo("NOT_REBOOKABLE_BY_PATIENT");
			assertThat(instance.get("/api/v1/rules").header("Tidbok-Clock"))
				.isEqualTo("adjustable 2026-12-10T11:00:00+01:00");
		}
	}

	@Test
	@Order(4)
	void anAdvanceIsElapsedTimeAcrossDaylightSavingTime() {
		assertThat(
				this.oneManagement.postJson("/actuator/clock", "{\"instant\": \"2027-03-27T12:00:00+01:00\"}").status())
			.isEqualTo(200);
		Api.Response advanced = this.oneManagement.postJson("/actuator/clock", "{\"advance\": \"P1D\"}");
		assertThat(advanced.json().get("instant").asString()).isEqualTo("2027-03-28T13:00:00+02:00");
		assertThat(this.one.get("/api/v1/booking-window").json().get("firstBookableDate").asString())
			.isEqualTo("2027-03-28");
	}

	@Test
	@Order(5)
	void theResetRestoresTheSeedExactlyOnEveryInstance() {
		Api.Response created = this.two.postJson("/api/v1/admin/appointment-types", body("Urinterapeut 1177", true),
				ADMIN);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		Api.Response retired = this.one.send("POST",
				"/api/v1/admin/appointment-types/akuttid/retirement?effectiveFrom=2027-04-01T00:00", null,
				Api.with(ADMIN, "If-Match", "\"0\""));
		assertThat(retired.status()).as(retired.text()).isEqualTo(200);
		assertThat(this.one.get("/api/v1/admin/scheduled-changes", ADMIN).json().size()).isEqualTo(1);
		String revision = this.one.get("/api/v1/appointment-types").header("Catalog-Revision");
		ConsumerInstances.awaitRevision(this.two, SEXOLOG, revision);
		String etag = this.two.get("/api/v1/appointment-types").header("ETag");

		Api.Response reset = this.oneManagement.postJson("/actuator/catalogreset", "");
		assertThat(reset.status()).as(reset.text()).isEqualTo(200);
		long restored = reset.json().get("catalogRevision").asLong();
		assertThat(restored).isGreaterThan(Long.parseLong(revision));

		assertThat(this.instances.types()).isEqualTo(this.seededTypes);
		assertThat(this.instances.versions()).isEqualTo(this.seededVersions);
		assertThat(this.one.get("/api/v1/admin/audit", ADMIN).json().get("totalElements").asLong()).isZero();
		assertThat(this.one.get("/api/v1/admin/scheduled-changes", ADMIN).json().size()).isZero();
		ConsumerInstances.awaitRevision(this.two, SEXOLOG, Long.toString(restored));
		for (Api instance : List.of(this.one, this.two)) {
			Api.Response list = instance.get("/api/v1/appointment-types");
			assertThat(list.json().size()).isEqualTo(109);
			assertThat(list.header("ETag")).isNotEqualTo(etag);
			assertThat(instance.get("/api/v1/appointment-types/urinterapeut-1177").status()).isEqualTo(404);
			assertThat(rebookable(instance)).isTrue();
			assertThat(instance.get(SEXOLOG + "/history").json().get("versions").size()).isEqualTo(1);
			assertThat(instance.get("/api/v1/rules").json().get("catalogRevision").asLong()).isEqualTo(restored);
		}
		// The seed takes changes again as a new database does.
		Api.Response again = this.two.postJson("/api/v1/admin/appointment-types", body("Urinterapeut 1177", true),
				ADMIN);
		assertThat(again.status()).as(again.text()).isEqualTo(201);
	}

	private static void assertProblem(Api.Response response, String type, String fact, String value) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:" + type);
		assertThat(response.json().get(fact).asString()).isEqualTo(value);
	}

	private static boolean rebookable(Api instance) {
		return instance.get(SEXOLOG).json().get("rebookableByPatient").asBoolean();
	}

	private static String body(String name, boolean rebookable) {
		return """
				{"name": "%s", "description": null, "visibleToPatient": true, "cancellableByPatient": true,
				 "rebookableByPatient": %s, "smsReminder": true}""".formatted(name, rebookable);
	}

}
