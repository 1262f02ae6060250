package se.pmo.tidbok.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Answers are records that Jackson writes whole, null components included: every property
 * of a schema that only answers use is always present, so it is required (a nullable one
 * may be null). Schemas of request bodies, and those that declare their required
 * properties themselves (the problem details), keep what they declare.
 */
@Component
class CompleteAnswers implements OpenApiCustomizer {

	static final String SCHEMAS = "#/components/schemas/";

	@Override
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Set<String> requests = new HashSet<>();
		openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.stream()
				.filter((operation) -> operation.getRequestBody() != null)
				.flatMap((operation) -> operation.getRequestBody().getContent().values().stream())
				.forEach((media) -> collect(media.getSchema(), schemas, requests)));
		schemas.forEach((name, schema) -> {
			if (schema.getProperties() != null && schema.getRequired() == null && !requests.contains(name)) {
				schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
			}
		});
	}

	/** The named schemas a schema refers to, itself included, transitively. */
	private static void collect(Schema<?> root, Map<String, Schema> schemas, Set<String> names) {
		Deque<Schema> pending = new ArrayDeque<>();
		pending.add(root);
		while (!pending.isEmpty()) {
			Schema schema = pending.pop();
			if (schema == null) {
				continue;
			}
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(SCHEMAS.length());
				if (names.add(name) && schemas.get(name) != null) {
					pending.add(schemas.get(name));
				}
				continue;
			}
			if (schema.getItems() != null) {
				pending.add(schema.getItems());
			}
			if (schema.getProperties() != null) {
				pending.addAll(schema.getProperties().values());
			}
			List<Schema> parts = new ArrayList<>();
			if (schema.getAllOf() != null) {
				parts.addAll(schema.getAllOf());
			}
			if (schema.getOneOf() != null) {
				parts.addAll(schema.getOneOf());
			}
			parts.forEach(pending::add);
		}
	}

}
