package se.pmo.tidbok;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document is the committed contract, so that every change to it shows
 * in review; a change that breaks generated clients (a removed operation, field or enum
 * value, a newly required input) fails the build unless the contract is updated in the
 * same commit. Update it with {@code ./mvnw verify -Dcontract.update=true}.
 */
@IntegrationTest
class ContractTests {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.build();

	private static final Path CONTRACT = Path
		.of(System.getProperty("contract.file", "src/test/resources/openapi/tidbok-catalog-v1.json"));

	private static final String UPDATE = "./mvnw verify -Dcontract.update=true";

	@Autowired
	Api api;

	@Test
	void servedDocumentIsTheCommittedContract() throws IOException {
		JsonNode served = this.api.contract().document();
		if (Boolean.getBoolean("contract.update")) {
			Files.writeString(CONTRACT, JSON.writeValueAsString(served) + "\n");
		}
		JsonNode committed = JSON.readTree(Files.readString(CONTRACT));
		if (!served.equals(committed)) {
			ChangedOpenApi diff = diff(committed, served);
			throw new AssertionError("The served OpenAPI document differs from the committed contract " + CONTRACT
					+ (diff.isChanged().isIncompatible() ? " in a way that BREAKS generated clients" : "")
					+ ". If the change is intended, update the contract with '" + UPDATE
					+ "' and commit it with the change.\n" + render(diff));
		}
	}

	@Test
	void servedDocumentBreaksNoClientOfTheCommittedContract() throws IOException {
		ChangedOpenApi diff = diff(JSON.readTree(Files.readString(CONTRACT)), this.api.contract().document());
		assertThat(diff.isChanged().isIncompatible())
			.as("Breaking change against the committed contract %s; update it with '%s' in the same commit only "
					+ "when every consumer can follow:%n%s", CONTRACT, UPDATE, render(diff))
			.isFalse();
	}

	@Test
	void removedOperationsAndFieldsNewEnumValuesAndStricterInputsAreBreaking() throws IOException {
		JsonNode committed = JSON.readTree(Files.readString(CONTRACT));
		assertThat(breaks(committed, (doc) -> paths(doc).remove("/api/v1/rules"))).as("removed operation").isTrue();
		assertThat(breaks(committed, (doc) -> properties(doc, "AppointmentType").remove("name"))).as("removed field")
			.isTrue();
		assertThat(breaks(committed,
				(doc) -> ((ArrayNode) properties(doc, "CancellationDecision").get("reason").get("enum")).add("MAYBE")))
			.as("a reason code clients do not know")
			.isTrue();
		assertThat(breaks(committed,
				(doc) -> ((ObjectNode) properties(doc, "AppointmentTypeRequest").get("name")).put("maxLength", 100)))
			.as("a stricter input")
			.isTrue();
		assertThat(breaks(committed, (doc) -> {
			ObjectNode at = (ObjectNode) paths(doc).get("/api/v1/booking-window").get("get").get("parameters").get(0);
			at.put("required", true);
		})).as("newly required input").isTrue();
		assertThat(
				breaks(committed, (doc) -> properties(doc, "AppointmentType").putObject("color").put("type", "string")))
			.as("a new answer field")
			.isFalse();
	}

	private static ObjectNode paths(JsonNode doc) {
		return (ObjectNode) doc.get("paths");
	}

	private static ObjectNode properties(JsonNode doc, String schema) {
		return (ObjectNode) doc.get("components").get("schemas").get(schema).get("properties");
	}

	private static boolean breaks(JsonNode committed, Consumer<JsonNode> change) {
		JsonNode changed = committed.deepCopy();
		change.accept(changed);
		return diff(committed, changed).isChanged().isIncompatible();
	}

	private static ChangedOpenApi diff(JsonNode before, JsonNode after) {
		return OpenApiCompare.fromContents(JSON.writeValueAsString(before), JSON.writeValueAsString(after));
	}

	private static String render(ChangedOpenApi diff) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			new ConsoleRender().render(diff, writer);
		}
		catch (IOException ex) {
			return "(the differences could not be rendered: " + ex.getMessage() + ")";
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
