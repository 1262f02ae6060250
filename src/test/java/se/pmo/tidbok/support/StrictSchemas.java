package se.pmo.tidbok.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.OpenApi30;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordFactory;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.keyword.NonValidationKeyword;

/**
 * The schemas of an OpenAPI 3.0 document as a strict JSON-Schema validator reads them
 * (networknt's json-schema-validator with the OpenAPI 3.0 dialect): a keyword the dialect
 * does not know is an error, not an annotation, and so is {@code nullable} without a
 * {@code type} beside it, which ajv refuses to compile and OpenAPI 3.0.3 ignores. Every
 * schema must compile, and every answer must validate against its schema.
 */
public final class StrictSchemas {

	private static final ObjectMapper JACKSON_2 = new ObjectMapper();

	/** Where the document is taken to live, so that its references resolve. */
	private static final String DOCUMENT = "https://tidbok.invalid/openapi.json";

	/** The fields of the document around its schemas, which are not schema keywords. */
	private static final Set<String> DOCUMENT_FIELDS = Set.of("openapi", "info", "servers", "paths", "components",
			"tags", "security", "schemas", "responses", "securitySchemes", "parameters", "headers", "examples",
			"requestBodies");

	private final SchemaRegistry registry;

	private final JsonNode document;

	public StrictSchemas(String document) {
		this.document = tree(document);
		Dialect strict = Dialect.builder(OpenApi30.getInstance())
			.unknownKeywordFactory(new DocumentOrRefused())
			.keyword(new NullableNeedsType())
			.build();
		this.registry = SchemaRegistry.withDefaultDialect(strict,
				(builder) -> builder.schemas(Map.of(DOCUMENT, document)));
	}

	/** The names of the document's schemas. */
	public List<String> schemaNames() {
		List<String> names = new ArrayList<>();
		this.document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
		return names;
	}

	/**
	 * Compiles the schema at this JSON pointer of the document, with every schema it
	 * refers to.
	 * @throws SchemaException when a strict validator refuses it
	 */
	public Schema compile(String pointer) {
		Schema schema = this.registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
		schema.initializeValidators();
		return schema;
	}

	/** The errors of a JSON value against the schema at this JSON pointer. */
	public List<Error> validate(String pointer, String json) {
		return compile(pointer).validate(tree(json));
	}

	private static JsonNode tree(String json) {
		try {
			return JACKSON_2.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/** The JSON pointer of a name: {@code /} and {@code ~} escaped. */
	public static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * Refuses a keyword the dialect does not know, unless it is a field of the document
	 * around its schemas (the document is the resource the schemas' references resolve
	 * in).
	 */
	private static final class DocumentOrRefused implements KeywordFactory {

		@Override
		public Keyword getKeyword(String value, SchemaContext schemaContext) {
			if (DOCUMENT_FIELDS.contains(value)) {
				return new NonValidationKeyword(value);
			}
			return DisallowUnknownKeywordFactory.getInstance().getKeyword(value, schemaContext);
		}

	}

	/** {@code nullable}, which needs a {@code type} beside it. */
	private static final class NullableNeedsType implements Keyword {

		private final Keyword nullable = new NonValidationKeyword("nullable");

		@Override
		public String getValue() {
			return "nullable";
		}

		@Override
		public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parentSchema,
				SchemaContext schemaContext) throws Exception {
			if (!parentSchema.getSchemaNode().has("type")) {
				throw new SchemaException("nullable cannot be used without type: " + parentSchema.getSchemaLocation());
			}
			return this.nullable.newValidator(location, schemaNode, parentSchema, schemaContext);
		}

	}

}
