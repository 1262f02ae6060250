package se.pmo.tidbok;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.web.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description that Swagger UI shows and integrators code against.
 */
@IntegrationTest
class OpenApiTests {

	private static final String SCHEMAS = "#/components/schemas/";

	@Autowired
	Api api;

	@Test
	void documentsEveryEndpointOfTheContract() {
		assertThat(docs().get("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/appointment-types",
				"/api/v1/appointment-types/{code}", "/api/v1/appointment-types/{code}/policy",
				"/api/v1/policy-evaluations", "/api/v1/booking-window", "/api/v1/rules",
				"/api/v1/admin/appointment-types", "/api/v1/admin/appointment-types/{code}",
				"/api/v1/admin/appointment-types/{code}/retirement",
				"/api/v1/admin/appointment-types/{code}/reinstatement", "/api/v1/admin/audit",
				"/api/v1/appointment-types/{code}/history", "/api/v1/admin/scheduled-changes",
				"/api/v1/admin/scheduled-changes/{code}/{version}", "/api/v1/catalog-table",
				"/api/v1/admin/changeset-previews", "/api/v1/admin/changesets", "/api/v1/admin/changesets/{id}");
	}

	@Test
	void adminOperationsOfferBothWaysToSignInAndReadsNeedNone() {
		JsonNode docs = docs();
		assertThat(docs.get("components").get("securitySchemes").propertyNames()).containsExactlyInAnyOrder("basic",
				"bearer");
		JsonNode create = docs.get("paths").get("/api/v1/admin/appointment-types").get("post");
		assertThat(create.get("security").toString()).contains("basic").contains("bearer");
		assertThat(docs.get("paths").get("/api/v1/appointment-types").get("get").has("security")).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			BookingDecision      | ALLOWED, NOT_BOOKABLE_ONLINE, IN_THE_PAST, BEYOND_HORIZON
			CancellationDecision | ALLOWED, NOT_CANCELLABLE_BY_PATIENT, CUTOFF_PASSED
			RebookingDecision    | ALLOWED, NOT_REBOOKABLE_BY_PATIENT, CUTOFF_PASSED
			SmsReminderDecision  | SCHEDULED, NO_SMS_REMINDER_FOR_TYPE, BOOKED_INSIDE_REMINDER_WINDOW
			""")
	void documentsEveryReasonCodeWithItsMeaning(String schema, String codes) {
		JsonNode reason = docs().get("components").get("schemas").get(schema).get("properties").get("reason");
		List<String> expected = List.of(codes.split(",\\s*"));
		assertThat(reason.get("enum").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(expected);
		assertThat(reason.get("description").asString()).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AppointmentType", "Policy", "BookingDecision", "CancellationDecision",
			"RebookingDecision", "SmsReminderDecision", "BookingWindow", "Rules", "AppointmentTypeRequest" })
	void describesEveryFieldAnIntegratorSees(String schema) {
		JsonNode schemas = docs().get("components").get("schemas");
		JsonNode properties = schemas.get(schema).get("properties");
		assertThat(properties.propertyNames()).isNotEmpty().allSatisfy((name) -> {
			JsonNode property = properties.get(name);
			// OpenAPI 3.0 ignores siblings of a $ref: the referenced schema describes it.
			boolean described = property.has("description") || property.has("items") || (property.has("$ref")
					&& schemas.get(property.get("$ref").asString().replace(SCHEMAS, "")).has("description"));
			assertThat(described).as(schema + "." + name).isTrue();
		});
	}

	@Test
	void operationIdsAreTheNamesConsumersCodeAgainst() {
		List<String> operationIds = operations(docs()).map((operation) -> operation.get("operationId").asString())
			.toList();
		assertThat(operationIds).containsExactlyInAnyOrder("listAppointmentTypes", "getAppointmentType",
				"evaluatePolicy", "evaluatePolicies", "getBookingWindow", "getRules", "listAllAppointmentTypes",
				"getAdminAppointmentType", "createAppointmentType", "updateAppointmentType", "retireAppointmentType",
				"reinstateAppointmentType", "getAuditTrail", "getAppointmentTypeHistory", "listScheduledChanges",
				"cancelScheduledChange", "exportCatalogTable", "previewChangeset", "applyChangeset", "listChangesets",
				"getChangeset", "cancelChangeset");
	}

	@Test
	void serverIsRelativeNeverTheHostTheDocumentWasFetchedFrom() {
		JsonNode servers = docs().get("servers");
		assertThat(servers.size()).isOne();
		assertThat(servers.get(0).get("url").asString()).isEqualTo("/");
	}

	@Test
	void batchElementsCarryTheirIndexAndExactlyOneOfPolicyOrProblem() {
		JsonNode docs = docs();
		JsonNode items = docs.get("paths")
			.get("/api/v1/policy-evaluations")
			.get("post")
			.get("responses")
			.get("200")
			.get("content")
			.get("application/json")
			.get("schema")
			.get("items");
		assertThat(items.has("type")).isFalse();
		JsonNode result = schema(docs, items.get("$ref").asString());
		assertThat(result.get("discriminator").get("propertyName").asString()).isEqualTo("outcome");
		assertThat(result.get("oneOf").valueStream().map((variant) -> variant.get("$ref").asString()))
			.containsExactly(SCHEMAS + "PolicyEvaluationSuccess", SCHEMAS + "PolicyEvaluationFailure");
		JsonNode success = schema(docs, SCHEMAS + "PolicyEvaluationSuccess");
		JsonNode failure = schema(docs, SCHEMAS + "PolicyEvaluationFailure");
		assertThat(strings(success.get("required"))).containsExactlyInAnyOrder("index", "outcome", "policy");
		assertThat(strings(failure.get("required"))).containsExactlyInAnyOrder("index", "outcome", "problem");
		assertThat(strings(success.get("properties").get("outcome").get("enum"))).containsExactly("POLICY");
		assertThat(strings(failure.get("properties").get("outcome").get("enum"))).containsExactly("PROBLEM");
		assertThat(success.get("properties").get("policy").get("$ref").asString()).isEqualTo(SCHEMAS + "Policy");
		assertThat(failure.get("properties").get("problem").get("$ref").asString()).isEqualTo(SCHEMAS + "Problem");
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/admin/appointment-types, get, array", "/api/v1/admin/audit, get, AuditPage",
			"/api/v1/admin/appointment-types/{code}, get, AdminAppointmentType" })
	void adminReadsDocumentTheirJsonAnswer(String path, String method, String schema) {
		JsonNode answer = docs().get("paths")
			.get(path)
			.get(method)
			.get("responses")
			.get("200")
			.get("content")
			.get("application/json")
			.get("schema");
		assertThat(answer.has("$ref") ? answer.get("$ref").asString() : answer.get("type").asString()).endsWith(schema);
	}

	@Test
	void auditEntriesAreTypedWithAClosedSetOfActions() {
		JsonNode docs = docs();
		JsonNode entry = schema(docs, SCHEMAS + "AuditEntry").get("properties");
		assertThat(strings(entry.get("action").get("enum"))).containsExactly("CREATE", "UPDATE", "RETIRE", "REINSTATE",
				"CANCEL_SCHEDULED_CHANGE");
		assertThat(entry.get("after").get("nullable").asBoolean()).isTrue();
		assertThat(entry.get("after").get("allOf").get(0).get("$ref").asString()).isEqualTo(SCHEMAS + "AuditedState");
		assertThat(entry.get("before").get("nullable").asBoolean()).isTrue();
		assertThat(entry.get("before").get("allOf").get(0).get("$ref").asString()).isEqualTo(SCHEMAS + "AuditedState");
		assertThat(schema(docs, SCHEMAS + "AuditedState").get("type").asString()).isEqualTo("object");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AppointmentType", "AdminAppointmentType", "Policy", "BookingDecision",
			"CancellationDecision", "RebookingDecision", "SmsReminderDecision", "BookingWindow", "Rules", "Rule",
			"AuditEntry", "AuditedState", "AuditPage", "AppointmentTypeHistory", "AppointmentTypeVersion",
			"ScheduledChange" })
	void everyFieldOfAnAnswerIsRequiredAndThoseThatMayBeNullSaySo(String name) {
		JsonNode schema = schema(docs(), SCHEMAS + name);
		assertThat(strings(schema.get("required")))
			.containsExactlyInAnyOrderElementsOf(schema.get("properties").propertyNames());
	}

	@ParameterizedTest
	@CsvSource({ "AppointmentType, description", "BookingDecision, lastBookableDate", "CancellationDecision, deadline",
			"CancellationDecision, message", "RebookingDecision, deadline", "RebookingDecision, message",
			"SmsReminderDecision, sendAt", "AdminAppointmentType, description" })
	void fieldsThatMayBeNullAreNullable(String name, String property) {
		assertThat(schema(docs(), SCHEMAS + name).get("properties").get(property).get("nullable").asBoolean()).isTrue();
	}

	@Test
	void everyErrorIsAProblemDetailWithItsTypesAndOneExamplePerType() {
		JsonNode docs = docs();
		List<JsonNode> errors = operations(docs)
			.flatMap((operation) -> operation.get("responses")
				.properties()
				.stream()
				.filter((response) -> response.getKey().startsWith("4") || response.getKey().startsWith("5"))
				.map((response) -> response.getValue()))
			.toList();
		assertThat(errors).hasSizeGreaterThan(60);
		Map<String, ProblemType> byUri = Arrays.stream(ProblemType.values())
			.collect(Collectors.toMap((type) -> type.uri().toString(), (type) -> type));
		operations(docs).forEach((operation) -> operation.get("responses").properties().forEach((response) -> {
			String status = response.getKey();
			if (!(status.startsWith("4") || status.startsWith("5"))) {
				return;
			}
			String where = operation.get("operationId").asString() + " " + status;
			JsonNode media = response.getValue().get("content").get("application/problem+json");
			assertThat(media.get("schema").get("$ref").asString()).as(where).isEqualTo(SCHEMAS + "Problem");
			List<String> types = strings(response.getValue().get("x-problem-types"));
			assertThat(types).as(where).isNotEmpty();
			assertThat(media.get("examples").size()).as(where).isEqualTo(types.size());
			media.get("examples").forEach((example) -> {
				JsonNode value = example.get("value");
				ProblemType type = byUri.get(value.get("type").asString());
				assertThat(type).as(where).isNotNull();
				assertThat(types).as(where).contains(type.uri().toString());
				assertThat(value.get("status").asInt()).as(where)
					.isEqualTo(Integer.parseInt(status))
					.isEqualTo(type.status().value());
				assertThat(value.get("title").asString()).as(where).isEqualTo(type.title());
			});
		}));
		assertThat(strings(schema(docs, SCHEMAS + "Problem").get("properties").get("type").get("enum")))
			.containsExactlyInAnyOrderElementsOf(byUri.keySet());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					/api/v1/policy-evaluations                            | post | 400 | invalid-body, batch-too-large, invalid-time, nonexistent-local-time, ambiguous-local-time
					/api/v1/appointment-types/{code}                      | get  | 404 | unknown-appointment-type
					/api/v1/appointment-types/{code}/policy               | get  | 400 | invalid-parameter, invalid-time, nonexistent-local-time, ambiguous-local-time
					/api/v1/admin/appointment-types/{code}                | put  | 409 | duplicate-name, conflict, schedule-conflict
					/api/v1/admin/appointment-types/{code}                | put  | 400 | invalid-body, inconsistent-rights, invalid-parameter, effective-from-in-past, invalid-time, nonexistent-local-time, ambiguous-local-time
					/api/v1/admin/appointment-types                       | post | 409 | duplicate-name, code-taken, conflict
					/api/v1/admin/appointment-types/{code}/retirement     | post | 409 | state-conflict, schedule-conflict
					/api/v1/admin/scheduled-changes/{code}/{version}      | delete | 409 | change-in-force, schedule-conflict, changeset-conflict
					/api/v1/admin/scheduled-changes/{code}/{version}      | delete | 404 | unknown-appointment-type, unknown-scheduled-change
					/api/v1/appointment-types                             | get  | 400 | invalid-parameter, invalid-time, nonexistent-local-time, ambiguous-local-time
					/api/v1/admin/appointment-types/{code}/retirement     | post | 404 | unknown-appointment-type
					/api/v1/admin/appointment-types/{code}/reinstatement  | post | 404 | unknown-appointment-type
					/api/v1/admin/appointment-types/{code}                | put  | 412 | precondition-failed
					/api/v1/admin/appointment-types                       | post | 415 | unsupported-media-type
					/api/v1/policy-evaluations                            | post | 413 | payload-too-large
					/api/v1/rules                                         | get  | 406 | not-acceptable
					/api/v1/admin/appointment-types                       | post | 503 | database-unavailable, identity-provider-unavailable
					""")
	void errorsNameTheProblemTypesTheServiceSends(String path, String method, String status, String slugs) {
		JsonNode response = docs().get("paths").get(path).get(method).get("responses").get(status);
		assertThat(strings(response.get("x-problem-types"))).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(slugs.split(",\\s*")).map((slug) -> "urn:problem-type:tidbok:" + slug).toList());
	}

	@Test
	void everyDocumentedErrorExampleIsAValidAnswerOfItsOperation() {
		JsonNode docs = docs();
		docs.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			String concrete = path.getKey().replace("{code}", "vaccination-1177");
			operation.getValue().get("responses").properties().forEach((response) -> {
				JsonNode examples = response.getValue()
					.path("content")
					.path("application/problem+json")
					.path("examples");
				examples.forEach((example) -> this.api.contract()
					.checkExample(operation.getKey(), concrete, Integer.parseInt(response.getKey()),
							example.get("value").toString()));
			});
		}));
		// Answers given before an operation is chosen: a method the path does not have
		// (405), an unknown path, a request the server cannot parse, the request guard's.
		assertThat(docs.get("components").get("responses").propertyNames()).contains("method-not-allowed", "not-found",
				"bad-request", "invalid-parameter", "payload-too-large");
		docs.get("components")
			.get("responses")
			.forEach((response) -> assertThat(
					response.get("content").get("application/problem+json").get("examples").size())
				.isOne());
	}

	@Test
	void problemsDeclareTheirExtensionMembersAndARelativeInstance() {
		JsonNode problem = schema(docs(), SCHEMAS + "Problem");
		assertThat(problem.get("properties").propertyNames()).contains("type", "title", "status", "detail", "instance",
				"parameter", "value", "field", "code", "name", "position", "codePoint", "limit", "size", "currentETag",
				"errors");
		assertThat(strings(problem.get("required"))).containsExactlyInAnyOrder("type", "title", "status", "detail");
		assertThat(problem.get("properties").get("instance").get("format").asString()).isEqualTo("uri-reference");
	}

	@Test
	void headersHaveSchemasAndConditionalRequestsAreDeclared() {
		JsonNode docs = docs();
		operations(docs)
			.forEach(
					(operation) -> operation.get("responses")
						.forEach((response) -> response.path("headers")
							.forEach((header) -> assertThat(header.has("schema"))
								.as(operation.get("operationId").asString())
								.isTrue())));
		operations(docs).filter((operation) -> operation.get("responses").has("304")).forEach((operation) -> {
			JsonNode ifNoneMatch = parameter(operation, "If-None-Match");
			assertThat(ifNoneMatch).as(operation.get("operationId").asString()).isNotNull();
			assertThat(ifNoneMatch.get("in").asString()).isEqualTo("header");
			assertThat(operation.get("responses").get("200").get("headers").has("ETag")).isTrue();
		});
		// The catalog list, the catalog table, one type, the admin type, the history and
		// the scheduled
		// changes.
		assertThat(operations(docs).filter((operation) -> operation.get("responses").has("304")).count()).isEqualTo(6);
		operations(docs).filter((operation) -> operation.get("responses").has("428")).forEach((operation) -> {
			JsonNode ifMatch = parameter(operation, "If-Match");
			// Optional in the document, so that Swagger UI sends a change without it and
			// shows the 428 that says what to send.
			assertThat(ifMatch.path("required").asBoolean(false)).as(operation.get("operationId").asString()).isFalse();
			assertThat(ifMatch.get("description").asString()).contains("428");
			assertThat(ifMatch.get("schema").get("type").asString()).isEqualTo("string");
		});
		// Update, retire, reinstate, withdraw a scheduled change, apply and withdraw a
		// changeset.
		assertThat(operations(docs).filter((operation) -> operation.get("responses").has("428")).count()).isEqualTo(6);
	}

	@Test
	void nameRuleIsAnAnchoredPatternThatJsonSchemaValidatorsRead() {
		JsonNode name = schema(docs(), SCHEMAS + "AppointmentTypeRequest").get("properties").get("name");
		String pattern = name.get("pattern").asString();
		assertThat(pattern).startsWith("^").endsWith("$").doesNotContain("\\p{");
		assertThat(name.get("minLength").asInt()).isOne();
		assertThat(name.get("maxLength").asInt()).isEqualTo(200);
		// JSON Schema searches for the pattern anywhere in the value.
		Pattern rule = Pattern.compile(pattern);
		assertThat(rule.matcher("Läkare Besök, ej akut 1177").find()).isTrue();
		assertThat(rule.matcher("Rad\nbrytning").find()).isFalse();
		assertThat(rule.matcher("Tab\tbort").find()).isFalse();
		assertThat(rule.matcher("   ").find()).isFalse();
		assertThat(rule.matcher("\u0085Nästa").find()).isFalse();
	}

	@Test
	void policyExampleIsTheServicesAnswerForItsInputs() {
		JsonNode docs = docs();
		JsonNode example = example(docs, schema(docs, SCHEMAS + "Policy"));
		JsonNode answer = this.api
			.get("/api/v1/appointment-types/" + example.get("appointmentType").get("code").asString() + "/policy?start="
					+ encode(example.get("start").asString()) + "&at=" + encode(example.get("evaluatedAt").asString())
					+ "&bookedAt=2026-03-01T12:00:00Z")
			.json();
		// The revision is this test database's; the rest is the same.
		assertThat(answer.get("catalogRevision").asLong()).isPositive();
		assertThat(without(example, "catalogRevision")).isEqualTo(without(answer, "catalogRevision"));
		assertThat(example.get("cancellation").get("allowed").asBoolean()).isFalse();
		assertThat(example.get("smsReminder").get("sendAt").asString()).isEqualTo("2026-03-27T09:00:00+01:00");
	}

	private static JsonNode without(JsonNode object, String property) {
		tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) object.deepCopy();
		copy.remove(property);
		return copy;
	}

	@Test
	void appointmentTypeAndBookingWindowExamplesAreTheServicesAnswers() {
		JsonNode docs = docs();
		JsonNode type = example(docs, schema(docs, SCHEMAS + "AppointmentType"));
		assertThat(type).isEqualTo(this.api.get("/api/v1/appointment-types/" + type.get("code").asString()).json());
		JsonNode window = example(docs, schema(docs, SCHEMAS + "BookingWindow"));
		assertThat(window).isEqualTo(this.api.get("/api/v1/booking-window").json());
	}

	/**
	 * The example a client sees for a schema: its own, or one made of its properties'.
	 */
	private static JsonNode example(JsonNode docs, JsonNode schema) {
		if (schema.has("example")) {
			return schema.get("example");
		}
		if (schema.has("$ref")) {
			return example(docs, schema(docs, schema.get("$ref").asString()));
		}
		if (schema.has("allOf")) {
			return example(docs, schema.get("allOf").get(0));
		}
		if (schema.has("items")) {
			return JsonMapper.builder().build().createArrayNode().add(example(docs, schema.get("items")));
		}
		ObjectNode object = JsonMapper.builder().build().createObjectNode();
		schema.get("properties")
			.properties()
			.forEach((property) -> object.set(property.getKey(), example(docs, property.getValue())));
		return object;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		return operation.path("parameters")
			.valueStream()
			.filter((parameter) -> parameter.get("name").asString().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static Stream<JsonNode> operations(JsonNode docs) {
		return docs.get("paths").valueStream().flatMap(JsonNode::valueStream);
	}

	private static JsonNode schema(JsonNode docs, String ref) {
		return docs.get("components").get("schemas").get(ref.replace(SCHEMAS, ""));
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private JsonNode docs() {
		Api.Response response = this.api.get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

}
