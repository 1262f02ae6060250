package se.pmo.tidbok.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.JwtTestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Catalog administration over HTTP: security, round trips, preconditions, conflicts,
 * validation, the audit trail and the catalog revision.
 */
@IntegrationTest
class AdminApiTests {

	@Autowired
	CatalogReset catalogReset;

	@AfterEach
	void restoreTheSeededCatalog() {
		this.catalogReset.restoreSeed();
	}

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final String TYPES = "/api/v1/admin/appointment-types";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Api api;

	@Test
	void writesWithoutAuthenticationAre401Problems() {
		Api.Response response = this.api.postJson(TYPES, body("Fotvård 1177", true, true, true, true));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:unauthorized");
		assertThat(response.headers().allValues("WWW-Authenticate")).anyMatch((value) -> value.startsWith("Basic"))
			.anyMatch((value) -> value.startsWith("Bearer"));
		assertThat(this.api.get(TYPES).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/admin/audit").status()).isEqualTo(401);
		assertThat(this.api
			.postJson(TYPES, body("Fotvård 1177", true, true, true, true), Api.basic("admin", "wrong-password"))
			.status()).isEqualTo(401);
	}

	@Test
	void writesWithoutTheAdminRoleAre403Problems() {
		Api.Response basic = this.api.postJson(TYPES, body("Fotvård 1177", true, true, true, true),
				Api.basic("clinic-reader", "local-admin-password"));
		assertThat(basic.status()).isEqualTo(403);
		assertThat(basic.contentType()).isEqualTo("application/problem+json");
		assertThat(basic.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:forbidden");
		Api.Response bearer = this.api.postJson(TYPES, body("Fotvård 1177", true, true, true, true), "Authorization",
				"Bearer " + JwtTestKeys.token("clinic-user", List.of("CLINIC_STAFF")));
		assertThat(bearer.status()).isEqualTo(403);
	}

	@Test
	void forgedOrMalformedBearerTokensAre401Problems() {
		for (String token : List.of(JwtTestKeys.forgedToken("mallory", List.of("CATALOG_ADMIN")), "not-a-jwt")) {
			Api.Response response = this.api.postJson(TYPES, body("Fotvård 1177", true, true, true, true),
					"Authorization", "Bearer " + token);
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
		}
	}

	@Test
	void readsStayOpen() {
		assertThat(this.api.get("/api/v1/appointment-types").status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/rules").status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/booking-window").status()).isEqualTo(200);
		assertThat(this.api.get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(this.api.get("/swagger-ui/index.html").status()).isEqualTo(200);
		assertThat(this.api.get("/readyz").status()).isEqualTo(200);
	}

	@Test
	void tokensForAnotherServiceOrFromAnotherIssuerAre401Problems() {
		Map<String, Object> otherApi = JwtTestKeys.claims("anna.admin@region.se", List.of("CATALOG_ADMIN"));
		otherApi.put("aud", "https://other-api.example");
		Map<String, Object> billing = JwtTestKeys.claims("anna.admin@region.se", List.of("CATALOG_ADMIN"));
		billing.put("aud", List.of("billing-api"));
		Map<String, Object> noAudience = JwtTestKeys.claims("anna.admin@region.se", List.of("CATALOG_ADMIN"));
		noAudience.put("aud", null);
		Map<String, Object> otherIssuer = JwtTestKeys.claims("anna.admin@region.se", List.of("CATALOG_ADMIN"));
		otherIssuer.put("iss", "https://login.other.example/realms/tidbok");
		Map<String, Object> noIssuer = JwtTestKeys.claims("anna.admin@region.se", List.of("CATALOG_ADMIN"));
		noIssuer.put("iss", null);
		for (Map<String, Object> claims : List.of(otherApi, billing, noAudience, otherIssuer, noIssuer)) {
			Api.Response response = this.api.postJson(TYPES, body("Främmande token 1177", true, true, true, true),
					"Authorization", "Bearer " + JwtTestKeys.token(claims));
			assertThat(response.status()).as(claims.toString()).isEqualTo(401);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			assertThat(response.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:unauthorized");
			assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
		}
		assertThat(this.api.get("/api/v1/appointment-types/frammande-token-1177").status()).isEqualTo(404);
	}

	@Test
	void tokensWithoutAUsablePrincipalAre401ProblemsNeverConflicts() {
		List<Object> subjects = new ArrayList<>(
				List.of("", "   ", "x".repeat(201), "anna\u0000admin", List.of("anna")));
		subjects.add(null);
		for (Object subject : subjects) {
			Map<String, Object> claims = JwtTestKeys.claims("ignored", List.of("CATALOG_ADMIN"));
			claims.put("sub", subject);
			Api.Response response = this.api.postJson(TYPES, body("Utan subjekt 1177", true, true, true, true),
					"Authorization", "Bearer " + JwtTestKeys.token(claims));
			assertThat(response.status()).as(String.valueOf(subject)).isEqualTo(401);
			assertThat(response.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:unauthorized");
		}
		Map<String, Object> longest = JwtTestKeys.claims("x".repeat(200), List.of("CATALOG_ADMIN"));
		assertThat(this.api
			.postJson(TYPES, body("Längsta subjekt 1177", true, true, true, true), "Authorization",
					"Bearer " + JwtTestKeys.token(longest))
			.status()).isEqualTo(201);
	}

	@Test
	void theAuditTellsATokenHolderFromABasicUserOfTheSameName() {
		String token = JwtTestKeys.token("admin", List.of("CATALOG_ADMIN"));
		assertThat(this.api
			.postJson(TYPES, body("Samma namn token 1177", true, true, true, true), "Authorization", "Bearer " + token)
			.status()).isEqualTo(201);
		assertThat(this.api.postJson(TYPES, body("Samma namn basic 1177", true, true, true, true), ADMIN).status())
			.isEqualTo(201);
		String viaToken = this.api.get("/api/v1/admin/audit?code=samma-namn-token-1177", ADMIN)
			.json()
			.get("items")
			.get(0)
			.get("actor")
			.asString();
		String viaBasic = this.api.get("/api/v1/admin/audit?code=samma-namn-basic-1177", ADMIN)
			.json()
			.get("items")
			.get(0)
			.get("actor")
			.asString();
		assertThat(viaToken).isEqualTo("jwt:" + JwtTestKeys.ISSUER + "#admin");
		assertThat(viaBasic).isEqualTo("basic:admin");
	}

	@Test
	void administratorWithABearerTokenCreatesATypeAndIsNamedInTheAudit() {
		String token = JwtTestKeys.token("anna.admin@region.se", List.of("CATALOG_ADMIN"));
		Api.Response created = this.api.postJson(TYPES, body("Kontaktsjuksköterska 1177", true, true, true, true),
				"Authorization", "Bearer " + token);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode audit = this.api.get("/api/v1/admin/audit?code=kontaktsjukskoterska-1177", ADMIN).json();
		assertThat(audit.get("items").get(0).get("actor").asString())
			.isEqualTo("jwt:" + JwtTestKeys.ISSUER + "#anna.admin@region.se");
	}

	@Test
	void createUpdateRetireAndReinstateRoundTrip() {
		long revision = revision();
		Api.Response created = this.api.postJson(TYPES, body("Fotterapeut Nybesök 1177", true, true, true, true),
				ADMIN);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/appointment-types/fotterapeut-nybesok-1177");
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(created.json().get("code").asString()).isEqualTo("fotterapeut-nybesok-1177");
		assertThat(created.json().get("bookableOnline").asBoolean()).isTrue();
		assertThat(revision()).isEqualTo(revision + 1);

		Api.Response published = this.api.get("/api/v1/appointment-types/fotterapeut-nybesok-1177");
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.header("ETag")).isEqualTo("\"0\"");
		assertThat(published.header("Catalog-Revision")).isEqualTo(String.valueOf(revision + 1));
		assertThat(names()).contains("Fotterapeut Nybesök 1177");

		Api.Response renamed = this.api.send("PUT", TYPES + "/fotterapeut-nybesok-1177",
				body("Fotterapeut Nybesök", true, true, false, false),
				Api.with(Api.with(ADMIN, "If-Match", "\"0\""), "Content-Type", "application/json"));
		assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
		assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
		JsonNode type = this.api.get("/api/v1/appointment-types/fotterapeut-nybesok-1177").json();
		assertThat(type.get("name").asString()).isEqualTo("Fotterapeut Nybesök");
		assertThat(type.get("code").asString()).isEqualTo("fotterapeut-nybesok-1177");
		assertThat(type.get("bookableOnline").asBoolean()).isFalse();
		assertThat(type.get("rebookableByPatient").asBoolean()).isFalse();

		Api.Response retired = this.api.send("POST", TYPES + "/fotterapeut-nybesok-1177/retirement", null,
				Api.with(ADMIN, "If-Match", "\"1\""));
		assertThat(retired.status()).as(retired.text()).isEqualTo(200);
		assertThat(retired.json().get("retired").asBoolean()).isTrue();
		assertThat(this.api.get("/api/v1/appointment-types/fotterapeut-nybesok-1177").status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/appointment-types/fotterapeut-nybesok-1177/policy?start=2026-04-01T10:00:00Z")
			.status()).isEqualTo(404);
		assertThat(names()).doesNotContain("Fotterapeut Nybesök");
		Api.Response adminView = this.api.get(TYPES + "/fotterapeut-nybesok-1177", ADMIN);
		assertThat(adminView.json().get("retired").asBoolean()).isTrue();
		assertThat(adminView.header("ETag")).isEqualTo("\"2\"");
		assertThat(this.api
			.send("POST", TYPES + "/fotterapeut-nybesok-1177/retirement", null, Api.with(ADMIN, "If-Match", "\"2\""))
			.status()).isEqualTo(409);

		Api.Response reinstated = this.api.send("POST", TYPES + "/fotterapeut-nybesok-1177/reinstatement", null,
				Api.with(ADMIN, "If-Match", "\"2\""));
		assertThat(reinstated.status()).as(reinstated.text()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/appointment-types/fotterapeut-nybesok-1177").status()).isEqualTo(200);
		assertThat(revision()).isEqualTo(revision + 4);

		JsonNode audit = this.api.get("/api/v1/admin/audit?code=fotterapeut-nybesok-1177", ADMIN).json();
		assertThat(audit.get("totalElements").asLong()).isEqualTo(4);
		List<String> actions = audit.get("items").valueStream().map((entry) -> entry.get("action").asString()).toList();
		assertThat(actions).containsExactly("REINSTATE", "RETIRE", "UPDATE", "CREATE");
		JsonNode update = audit.get("items").get(2);
		assertThat(update.get("actor").asString()).isEqualTo("basic:admin");
		// Made once the creation had taken effect, the propagation delay after the
		// clock's
		// start.
		assertThat(update.get("occurredAt").asString()).isEqualTo("2026-03-20T09:30:02+01:00");
		assertThat(update.get("before").get("name").asString()).isEqualTo("Fotterapeut Nybesök 1177");
		assertThat(update.get("before").get("rebookableByPatient").asBoolean()).isTrue();
		assertThat(update.get("after").get("name").asString()).isEqualTo("Fotterapeut Nybesök");
		assertThat(update.get("after").get("rebookableByPatient").asBoolean()).isFalse();
		assertThat(update.get("catalogRevision").asLong()).isEqualTo(revision + 2);
		assertThat(audit.get("items").get(3).get("before").isNull()).isTrue();
	}

	@Test
	void aWriteOfTheSameValuesChangesNothingNotEvenTheRevision() {
		long revision = storedRevision();
		Api.Response same = this.api.send("PUT", TYPES + "/sexolog-1177", body("Sexolog 1177", true, true, true, true),
				Api.with(Api.with(ADMIN, "If-Match", "\"0\""), "Content-Type", "application/json"));
		assertThat(same.status()).as(same.text()).isEqualTo(200);
		assertThat(same.header("ETag")).isEqualTo("\"0\"");
		assertThat(storedRevision()).isEqualTo(revision);
		assertThat(this.api.get("/api/v1/admin/audit?code=sexolog-1177", ADMIN).json().get("totalElements").asLong())
			.isZero();
		// The precondition is still checked.
		assertThat(this.api
			.send("PUT", TYPES + "/sexolog-1177", body("Sexolog 1177", true, true, true, true),
					Api.with(Api.with(ADMIN, "If-Match", "\"7\""), "Content-Type", "application/json"))
			.status()).isEqualTo(412);
	}

	@Test
	void changesWithoutIfMatchAre428AndWithAStaleETagAre412() {
		assertThat(this.api.postJson(TYPES, body("Logoped 1177", true, true, true, true), ADMIN).status())
			.isEqualTo(201);
		String[] json = Api.with(ADMIN, "Content-Type", "application/json");
		Api.Response missing = this.api.send("PUT", TYPES + "/logoped-1177",
				body("Logoped Nybesök 1177", true, true, true, true), json);
		assertThat(missing.status()).isEqualTo(428);
		assertThat(missing.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:precondition-required");
		assertThat(this.api.send("POST", TYPES + "/logoped-1177/retirement", null, ADMIN).status()).isEqualTo(428);

		assertThat(this.api
			.send("PUT", TYPES + "/logoped-1177", body("Logoped Nybesök 1177", true, true, true, true),
					Api.with(json, "If-Match", "\"0\""))
			.status()).isEqualTo(200);
		for (String stale : List.of("\"0\"", "W/\"1\"", "\"7\"")) {
			Api.Response response = this.api.send("PUT", TYPES + "/logoped-1177",
					body("Logoped Återbesök 1177", true, true, true, true), Api.with(json, "If-Match", stale));
			assertThat(response.status()).as(stale).isEqualTo(412);
			assertThat(response.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:precondition-failed");
			assertThat(response.json().get("currentETag").asString()).isEqualTo("\"1\"");
		}
		assertThat(this.api.get("/api/v1/appointment-types/logoped-1177").json().get("name").asString())
			.isEqualTo("Logoped Nybesök 1177");
	}

	@Test
	void twoAdministratorsRacingWithTheSameETagExactlyOneWins() throws Exception {
		assertThat(this.api.postJson(TYPES, body("Audionom 1177", true, true, true, true), ADMIN).status())
			.isEqualTo(201);
		String[] json = Api.with(ADMIN, "Content-Type", "application/json");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				String etag = this.api.get(TYPES + "/audionom-1177", ADMIN).header("ETag");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Api.Response>> writers = new ArrayList<>();
				for (String name : List.of("Audionom A" + round + " 1177", "Audionom B" + round + " 1177")) {
					writers.add(pool.submit(() -> {
						start.await();
						return this.api.send("PUT", TYPES + "/audionom-1177", body(name, true, true, true, true),
								Api.with(json, "If-Match", etag));
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Api.Response> writer : writers) {
					statuses.add(writer.get().status());
				}
				assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 412);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.api.get("/api/v1/admin/audit?code=audionom-1177&size=100", ADMIN)
			.json()
			.get("totalElements")
			.asLong()).isEqualTo(6);
	}

	@Test
	void duplicateNamesAndCodeCollisionsAre409AndChangeNothing() {
		long revision = revision();
		long auditRows = auditRows();
		Api.Response duplicate = this.api.postJson(TYPES, body("VIDEOMÖTE 1177", true, true, true, true), ADMIN);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("type").asString()).isIn("urn:problem-type:tidbok:code-taken",
				"urn:problem-type:tidbok:duplicate-name");
		Api.Response collision = this.api.postJson(TYPES, body("Videomöte, 1177", true, true, true, true), ADMIN);
		assertThat(collision.status()).isEqualTo(409);
		assertThat(collision.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:code-taken");
		assertThat(collision.json().get("code").asString()).isEqualTo("videomote-1177");
		Api.Response rename = this.api.send("PUT", TYPES + "/videomote",
				body("Videomöte 1177", true, true, false, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(rename.status()).isEqualTo(409);
		assertThat(rename.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:duplicate-name");
		assertThat(revision()).isEqualTo(revision);
		assertThat(auditRows()).isEqualTo(auditRows);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{"name": "  ", "visibleToPatient": true, "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}   | name
					{"visibleToPatient": true, "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}                | name
					{"name": "Ny typ 1177", "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}                   | visibleToPatient
					{"name": "Ny typ 1177", "visibleToPatient": "ja", "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true} | visibleToPatient
					{"name": "–/–", "visibleToPatient": true, "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}  | name
					{"name": "Rad\\nbrytning", "visibleToPatient": true, "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true} | name
					""")
	void invalidFieldsAre400ProblemsNamingTheField(String body, String field) {
		Api.Response response = this.api.postJson(TYPES, body, ADMIN);
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.text()).contains(field);
	}

	@Test
	void nameIsTrimmedAndLimitedTo200Characters() {
		Api.Response tooLong = this.api.postJson(TYPES, body("x".repeat(201), true, true, true, true), ADMIN);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		Api.Response trimmed = this.api.postJson(TYPES, body("  Hörselvård 1177  ", true, true, true, true), ADMIN);
		assertThat(trimmed.status()).isEqualTo(201);
		assertThat(trimmed.json().get("name").asString()).isEqualTo("Hörselvård 1177");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Akuttid\\u00A0            | duplicate-name
			AKUTTID                    | duplicate-name
			\\u0410kuttid             | duplicate-name
			Läkare Besök, ej akut 1177 | duplicate-name
			L\\u0061\\u0308kare Besök,   ej akut 1177 | duplicate-name
			""")
	void renamesToANameThatLooksTheSameAsAnotherAre409(String name, String type) {
		String etag = this.api.get(TYPES + "/videomote", ADMIN).header("ETag");
		Api.Response rename = this.api.send("PUT", TYPES + "/videomote", body(name, true, true, false, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", etag));
		assertThat(rename.status()).as(rename.text()).isEqualTo(409);
		assertThat(rename.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:" + type);
	}

	@Test
	void createsOfANameThatLooksTheSameAsAnotherAre409() {
		for (String name : List.of("Akuttid\u00A0", "AKUTTID", "\u0410kuttid", "Akut tid", "Vaccination l177")) {
			Api.Response created = this.api.postJson(TYPES, body(name, true, true, false, true), ADMIN);
			if (name.equals("Akut tid")) {
				assertThat(created.status()).as(name).isEqualTo(201);
				continue;
			}
			assertThat(created.status()).as(name + ": " + created.text()).isEqualTo(409);
			assertThat(created.json().get("type").asString()).isIn("urn:problem-type:tidbok:duplicate-name",
					"urn:problem-type:tidbok:code-taken");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ak\\u200Buttid 1177  | 3 | U+200B
			\\u202EAkuttid 1177  | 1 | U+202E
			Akut\\u2028tid 1177  | 5 | U+2028
			Akut\\u0085tid 1177  | 5 | U+0085
			Akut\\u0000tid 1177  | 5 | U+0000
			Akut\\uE000tid 1177  | 5 | U+E000
			""")
	void namesWithInvisibleControlOrPrivateCharactersAre400NamingThePosition(String name, int position,
			String codePoint) {
		Api.Response response = this.api.postJson(TYPES, body(name, true, true, false, true), ADMIN);
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:invalid-body");
		assertThat(response.json().get("position").asInt()).isEqualTo(position);
		assertThat(response.json().get("codePoint").asString()).isEqualTo(codePoint);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertThat(response.json().get("detail").asString()).contains("position " + position, codePoint);
	}

	@Test
	void namesAreStoredInNfcWithOneSpaceBetweenWords() {
		Api.Response created = this.api.postJson(TYPES,
				body("\\u00A0Fotv\\u0061\\u030Ard\\u2003\\u00A0Barn\\u3000", true, true, false, true), ADMIN);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("name").asString()).isEqualTo("Fotvård Barn");
		assertThat(created.json().get("code").asString()).isEqualTo("fotvard-barn");
	}

	@Test
	void namesInOtherScriptsGetALatinCode() {
		Api.Response created = this.api.postJson(TYPES, body("Прием терапевта", true, true, false, true), ADMIN);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("code").asString()).isEqualTo("priem-terapevta");
	}

	@Test
	void inputTheDatabaseWouldRefuseIs400NotAConflict() {
		Api.Response nul = this.api.postJson(TYPES, """
				{"name": "Med NUL 1177", "description": "Endast\\u0000remiss", "visibleToPatient": true,
				 "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}""", ADMIN);
		assertThat(nul.status()).as(nul.text()).isEqualTo(400);
		assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
		assertThat(nul.json().get("position").asInt()).isEqualTo(7);
		Api.Response longCode = this.api.postJson(TYPES, body("ß".repeat(150), true, true, true, true), ADMIN);
		assertThat(longCode.status()).as(longCode.text()).isEqualTo(400);
		assertThat(longCode.json().get("detail").asString()).contains("code of 300 characters");
		Api.Response longDescription = this.api.postJson(TYPES, """
				{"name": "Lång beskrivning 1177", "description": "%s", "visibleToPatient": true,
				 "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}"""
			.formatted("å".repeat(1001)), ADMIN);
		assertThat(longDescription.status()).isEqualTo(400);
	}

	@Test
	void theDatabaseRefusesASecondNameWithTheSameKeyWhateverTheApplicationChecked() {
		assertThatThrownBy(() -> this.jdbc.update("""
				INSERT INTO appointment_type (code, name_key)
				SELECT 'akuttid-kopia', name_key FROM appointment_type WHERE code = 'akuttid'"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("appointment_type_normalized_name_unique");
	}

	@Test
	void concurrentRenamesToLookAlikeNamesHaveExactlyOneWinnerEveryRound() throws Exception {
		for (String name : List.of("Racer ett", "Racer två")) {
			assertThat(this.api.postJson(TYPES, body(name, true, true, true, true), ADMIN).status()).isEqualTo(201);
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				int r = round;
				String etagOne = this.api.get(TYPES + "/racer-ett", ADMIN).header("ETag");
				String etagTwo = this.api.get(TYPES + "/racer-tva", ADMIN).header("ETag");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Api.Response>> writers = List.of(pool.submit(() -> {
					start.await();
					return rename("racer-ett", etagOne, "RT COLLIDE " + r);
				}), pool.submit(() -> {
					start.await();
					return rename("racer-tva", etagTwo, "rt collide " + r);
				}));
				start.countDown();
				List<Api.Response> answers = List.of(writers.get(0).get(), writers.get(1).get());
				assertThat(answers).as("round " + round)
					.extracting(Api.Response::status)
					.containsExactlyInAnyOrder(200, 409);
				assertThat(answers).filteredOn((answer) -> answer.status() == 409)
					.allSatisfy((answer) -> assertThat(answer.json().get("type").asString())
						.isEqualTo("urn:problem-type:tidbok:duplicate-name"));
				assertThat(names()).as("round " + round)
					.filteredOn((name) -> name.equalsIgnoreCase("RT COLLIDE " + r))
					.hasSize(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void concurrentCreatesOfLookAlikeNamesHaveExactlyOneWinnerEveryRound() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			for (int round = 0; round < 20; round++) {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Api.Response>> writers = new ArrayList<>();
				for (String name : List.of("CR COLLIDE " + round, "cr collide " + round, "Cr Collide\u00A0" + round)) {
					writers.add(pool.submit(() -> {
						start.await();
						return this.api.postJson(TYPES, body(name, true, true, true, true), ADMIN);
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Api.Response> writer : writers) {
					statuses.add(writer.get().status());
				}
				assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409, 409);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRenameRacingACreateOfALookAlikeNameHasExactlyOneWinnerEveryRound() throws Exception {
		assertThat(this.api.postJson(TYPES, body("Blandrace", true, true, true, true), ADMIN).status()).isEqualTo(201);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				String etag = this.api.get(TYPES + "/blandrace", ADMIN).header("ETag");
				String target = "Mixed race " + round;
				CountDownLatch start = new CountDownLatch(1);
				Future<Api.Response> renamed = pool.submit(() -> {
					start.await();
					return rename("blandrace", etag, target.toUpperCase());
				});
				Future<Api.Response> created = pool.submit(() -> {
					start.await();
					return this.api.postJson(TYPES, body(target, true, true, true, true), ADMIN);
				});
				start.countDown();
				assertThat(List.of(renamed.get().status(), created.get().status())).as("round " + round)
					.containsAnyOf(200, 201)
					.contains(409)
					.hasSize(2);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Api.Response rename(String code, String etag, String name) {
		return this.api.send("PUT", TYPES + "/" + code, body(name, true, true, true, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", etag));
	}

	@Test
	void contradictingRightsAreRefusedAndSuspiciousOnesWarned() {
		Api.Response refused = this.api.postJson(TYPES, body("Dold tid", false, true, true, false), ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:inconsistent-rights");
		assertThat(refused.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactly("cancellableByPatient", "rebookableByPatient");

		Api.Response warned = this.api.postJson(TYPES, body("Intern genomgång 1177", false, false, false, false),
				ADMIN);
		assertThat(warned.status()).isEqualTo(201);
		assertThat(warned.json().get("bookableOnline").asBoolean()).isFalse();
		assertThat(warned.json().get("warnings").get(0).asString()).contains("not visible");
	}

	@Test
	void auditIsPaginatedNewestFirst() {
		for (int i = 1; i <= 3; i++) {
			assertThat(this.api.postJson(TYPES, body("Sida " + i + " 1177", true, true, true, true), ADMIN).status())
				.isEqualTo(201);
		}
		JsonNode first = this.api.get("/api/v1/admin/audit?size=2", ADMIN).json();
		JsonNode second = this.api.get("/api/v1/admin/audit?size=2&page=1", ADMIN).json();
		assertThat(first.get("items").size()).isEqualTo(2);
		long newest = first.get("items").get(0).get("id").asLong();
		assertThat(first.get("items").get(1).get("id").asLong()).isLessThan(newest);
		assertThat(second.get("items").get(0).get("id").asLong())
			.isLessThan(first.get("items").get(1).get("id").asLong());
		assertThat(first.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(this.api.get("/api/v1/admin/audit?size=1000", ADMIN).status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/admin/audit?page=-1", ADMIN).status()).isEqualTo(400);
	}

	private long revision() {
		return this.api.get("/api/v1/rules").json().get("catalogRevision").asLong();
	}

	private long storedRevision() {
		Long revision = this.jdbc.queryForObject("SELECT revision FROM catalog_revision", Long.class);
		return (revision != null) ? revision : 0;
	}

	private long auditRows() {
		Long rows = this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
		return (rows != null) ? rows : 0;
	}

	private List<String> names() {
		return this.api.get("/api/v1/appointment-types")
			.json()
			.valueStream()
			.map((type) -> type.get("name").asString())
			.toList();
	}

	static String body(String name, boolean visible, boolean cancellable, boolean rebookable, boolean sms) {
		return """
				{"name": "%s", "description": null, "visibleToPatient": %s, "cancellableByPatient": %s,
				 "rebookableByPatient": %s, "smsReminder": %s}""".formatted(name, visible, cancellable, rebookable,
				sms);
	}

}
