package se.pmo.tidbok;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description that Swagger UI shows and integrators code against.
 */
@IntegrationTest
class OpenApiTests {

	@Autowired
	Api api;

	@Test
	void documentsEveryEndpointOfTheContract() {
		assertThat(docs().get("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/appointment-types",
				"/api/v1/appointment-types/{code}", "/api/v1/appointment-types/{code}/policy",
				"/api/v1/policy-evaluations", "/api/v1/booking-window", "/api/v1/rules",
				"/api/v1/admin/appointment-types", "/api/v1/admin/appointment-types/{code}",
				"/api/v1/admin/appointment-types/{code}/retirement",
				"/api/v1/admin/appointment-types/{code}/reinstatement", "/api/v1/admin/audit");
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
		JsonNode properties = docs().get("components").get("schemas").get(schema).get("properties");
		assertThat(properties.propertyNames()).isNotEmpty().allSatisfy((name) -> {
			JsonNode property = properties.get(name);
			boolean described = property.has("description") || property.has("items");
			assertThat(described).as(schema + "." + name).isTrue();
		});
	}

	@Test
	void documentsEveryErrorAsAProblemDetail() {
		JsonNode docs = docs();
		List<String> errors = docs.get("paths")
			.valueStream()
			.flatMap(JsonNode::valueStream)
			.flatMap((operation) -> operation.get("responses").properties().stream())
			.filter((response) -> response.getKey().startsWith("4") || response.getKey().startsWith("5"))
			.map((response) -> response.getValue().get("content").propertyNames().toString()
					+ response.getValue().get("content").findValue("$ref").asString())
			.toList();
		assertThat(errors).hasSizeGreaterThan(20)
			.allMatch((content) -> content.equals("[application/problem+json]#/components/schemas/Problem"));
		assertThat(docs.get("components").get("schemas").get("Problem").get("properties").propertyNames())
			.containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
		assertThat(docs.get("components").get("schemas").has("ProblemDetail")).isFalse();
		docs.get("paths")
			.valueStream()
			.flatMap(JsonNode::valueStream)
			.forEach((operation) -> operation.get("responses")
				.properties()
				.stream()
				.filter((response) -> response.getKey().startsWith("4"))
				.forEach((response) -> assertThat(response.getValue().findValue("example").get("status").asInt())
					.as(operation.get("operationId").asString() + " " + response.getKey())
					.isEqualTo(Integer.parseInt(response.getKey()))));
	}

	private JsonNode docs() {
		Api.Response response = this.api.get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

}
