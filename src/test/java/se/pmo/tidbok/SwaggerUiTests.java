package se.pmo.tidbok;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI's "Try it out" fills each field with what the served document gives as its
 * example. Nothing filled in may change the answer unnoticed: no optional parameter or
 * conditional header starts with a value, a request body's example is plainly an example,
 * and every time in the document is written with the offset Stockholm has at that
 * instant.
 */
@IntegrationTest
class SwaggerUiTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)");

	@Autowired
	Api api;

	@Test
	void noOptionalParameterHasAnExampleThatSwaggerUiWouldFillIn() {
		List<String> prefilled = new ArrayList<>();
		parameters().filter((parameter) -> !parameter.getValue().path("required").asBoolean(false))
			.forEach((parameter) -> {
				JsonNode value = parameter.getValue();
				if (value.has("example") || value.has("examples") || value.path("schema").has("example")) {
					prefilled.add(parameter.getKey() + " " + value.get("name").asString());
				}
			});
		assertThat(prefilled).isEmpty();
		// Their examples are told in the description instead.
		assertThat(parameter("listAppointmentTypes", "asOf").get("description").asString())
			.contains("For example `2026-12-07");
	}

	@Test
	void conditionalHeadersStartEmptySoThatABlindExecuteGetsTheAnswerThatExplains() {
		List<Map.Entry<String, JsonNode>> conditional = parameters()
			.filter((parameter) -> List.of("If-Match", "If-None-Match")
				.contains(parameter.getValue().get("name").asString()))
			.toList();
		// If-None-Match on the six reads that answer 304, If-Match on the six changes
		// that
		// answer 428.
		assertThat(conditional).hasSize(12);
		conditional.forEach((parameter) -> {
			assertThat(parameter.getValue().path("required").asBoolean(false)).as(parameter.getKey()).isFalse();
			assertThat(parameter.getValue().has("example") || parameter.getValue().path("schema").has("example"))
				.as(parameter.getKey())
				.isFalse();
		});
	}

	@Test
	void requestBodyExamplesAreObviouslyExamples() {
		JsonNode request = docs().get("components").get("schemas").get("AppointmentTypeRequest").get("properties");
		assertThat(request.get("name").get("example").asString()).startsWith("Exempel");
		assertThat(request.get("description").get("example").asString()).startsWith("Exempel");
		// Blindly executed, the example creates a type nobody takes for a real one.
		assertThat(this.api.get("/api/v1/appointment-types").text()).doesNotContain("Exempel");
	}

	@Test
	void everyTimeInTheDocumentHasStockholmsOffsetAtThatInstantOrZ() {
		List<String> times = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		texts(docs()).forEach((text) -> {
			Matcher matcher = DATE_TIME.matcher(text);
			while (matcher.find()) {
				String time = matcher.group();
				times.add(time);
				OffsetDateTime written = OffsetDateTime.parse(time);
				if (!time.endsWith("Z")
						&& !written.getOffset().equals(STOCKHOLM.getRules().getOffset(written.toInstant()))) {
					wrong.add(time + " in: " + text);
				}
			}
		});
		assertThat(times).hasSizeGreaterThan(20);
		assertThat(wrong).isEmpty();
	}

	private JsonNode parameter(String operationId, String name) {
		return parameters().filter((parameter) -> parameter.getKey().equals(operationId))
			.map(Map.Entry::getValue)
			.filter((parameter) -> parameter.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** Each parameter of each operation, with the operation's id. */
	private Stream<Map.Entry<String, JsonNode>> parameters() {
		return docs().get("paths")
			.valueStream()
			.flatMap(JsonNode::valueStream)
			.flatMap((operation) -> operation.path("parameters")
				.valueStream()
				.map((parameter) -> Map.entry(operation.get("operationId").asString(), parameter)));
	}

	private static Stream<String> texts(JsonNode node) {
		if (node.isString()) {
			return Stream.of(node.asString());
		}
		Stream<String> names = node.isObject() ? node.propertyNames().stream() : Stream.empty();
		return Stream.concat(names, node.valueStream().flatMap(SwaggerUiTests::texts));
	}

	private JsonNode docs() {
		return this.api.get("/v3/api-docs").json();
	}

}
