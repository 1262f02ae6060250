package se.pmo.tidbok;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.SchemaException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.StrictSchemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Consumers validate answers with strict JSON-Schema validators (ajv, networknt), which
 * refuse to compile what lenient ones let pass. Every schema of the served document
 * compiles in one, and every answer an integration test receives validates in it
 * ({@code support/Contract}).
 */
@IntegrationTest
class StrictSchemaTests {

	@Autowired
	Api api;

	@Test
	void everySchemaOfTheServedDocumentCompilesInAStrictValidator() {
		StrictSchemas strict = this.api.contract().strict();
		List<String> compiled = new ArrayList<>();
		strict.schemaNames().forEach((name) -> {
			strict.compile("/components/schemas/" + StrictSchemas.escape(name));
			compiled.add(name);
		});
		JsonNode paths = this.api.contract().document().get("paths");
		paths.properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			String at = "/paths/" + StrictSchemas.escape(path.getKey()) + "/" + operation.getKey();
			operation.getValue()
				.path("responses")
				.properties()
				.forEach((response) -> response.getValue().path("content").properties().forEach((media) -> {
					strict.compile(at + "/responses/" + response.getKey() + "/content/"
							+ StrictSchemas.escape(media.getKey()) + "/schema");
					compiled.add(operation.getValue().get("operationId").asString() + " " + response.getKey());
				}));
		}));
		assertThat(compiled).contains("AuditEntry", "ScheduledChange", "Problem", "getAuditTrail 200")
			.hasSizeGreaterThan(100);
	}

	@Test
	void nullableReferencesHaveATypeAndAcceptNullAndTheirObject() {
		JsonNode after = this.api.contract()
			.document()
			.get("components")
			.get("schemas")
			.get("AuditEntry")
			.get("properties")
			.get("after");
		assertThat(after.get("type").asString()).isEqualTo("object");
		assertThat(after.get("nullable").asBoolean()).isTrue();
		StrictSchemas strict = this.api.contract().strict();
		String state = """
				{"code": "sexolog-1177", "name": "Sexolog 1177", "description": null, "visibleToPatient": true,
				 "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true, "retired": false,
				 "version": 0}""";
		String pointer = "/components/schemas/AuditEntry/properties/after";
		assertThat(strict.validate(pointer, "null")).isEmpty();
		assertThat(strict.validate(pointer, state)).isEmpty();
		assertThat(strict.validate(pointer, "\"sexolog-1177\"")).isNotEmpty();
	}

	@Test
	void theStrictValidatorRefusesNullableWithoutTypeAndUnknownKeywords() {
		StrictSchemas strict = new StrictSchemas("""
				{"openapi": "3.0.1", "components": {"schemas": {
				  "Bare": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/State"}]},
				  "Typed": {"type": "object", "nullable": true, "allOf": [{"$ref": "#/components/schemas/State"}]},
				  "Misspelt": {"type": "string", "nulable": true},
				  "State": {"type": "object", "properties": {"code": {"type": "string"}}}}}}""");
		strict.compile("/components/schemas/Typed");
		for (String refused : List.of("Bare", "Misspelt")) {
			assertThatExceptionOfType(SchemaException.class)
				.isThrownBy(() -> strict.compile("/components/schemas/" + refused))
				.as(refused.toLowerCase(Locale.ROOT));
		}
	}

}
