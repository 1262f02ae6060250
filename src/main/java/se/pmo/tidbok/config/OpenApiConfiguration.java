package se.pmo.tidbok.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import se.pmo.tidbok.web.ProblemDocumentation;
import se.pmo.tidbok.web.ProblemType;

/**
 * The OpenAPI description behind Swagger UI and the clients generated from it, with the
 * two ways an administrator can sign in.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	/** Security scheme name for HTTP Basic (local runs and tests). */
	public static final String BASIC = "basic";

	/** Security scheme name for an OAuth2 bearer JWT (production). */
	public static final String BEARER = "bearer";

	/** The schema name of {@link ProblemDocumentation}. */
	private static final String PROBLEM = "Problem";

	private static final String SCHEMAS = "#/components/schemas/";

	@Bean
	OpenAPI tidbokOpenApi() {
		return new OpenAPI().info(new Info().title("tidbok-catalog").version("v1").description("""
				The single source of truth for the appointment-book types (tidbokstyper) of PMO and for the \
				rules that decide what a patient may do with a booked time on 1177: book it, cancel it, \
				rebook it, and when the SMS reminder goes out.

				Reads are open. Changes to the catalog (the Admin section) need an administrator: use \
				**Authorize** with a bearer token, or with the local administrator when running locally.

				Times: send ISO-8601 with an offset or `Z` (`2026-03-29T10:00:00+02:00`). A local time \
				without an offset is read in Europe/Stockholm. Every error is `application/problem+json` \
				(RFC 9457) with a stable `type`."""))
			// Relative: a client generated from this document calls whatever host it was
			// configured with, never the one the document happened to be fetched from.
			.servers(List.of(new Server().url("/").description("This service")))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Local administrator (local runs and tests only)"))
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description(
							"OAuth2 access token from the organisation's identity provider, with the admin role")));
	}

	/** A problem+json content whose example is the problem this response describes. */
	private static Content problem(int status, String description) {
		ProblemType type = ProblemType.forStatus(status);
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", type.uri().toString());
		example.put("title", type.title());
		example.put("status", status);
		example.put("detail", description);
		return new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref(SCHEMAS + PROBLEM))
					.example(example));
	}

	/**
	 * Every error of this API is a problem detail, so every 4xx and 5xx response is
	 * documented as one here, once, instead of on each endpoint.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			ModelConverters.getInstance()
				.readAll(new AnnotatedType(ProblemDocumentation.class))
				.forEach(openApi.getComponents()::addSchemas);
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.forEach((operation) -> operation.getResponses().forEach((status, response) -> {
						if (status.startsWith("4") || status.startsWith("5")) {
							response.setContent(problem(Integer.parseInt(status), response.getDescription()));
						}
					})));
		};
	}

	/**
	 * Answers are records that Jackson writes whole, null components included: every
	 * property of a schema that only answers use is always present, so it is required (a
	 * nullable one may be null). Schemas of request bodies keep what their fields
	 * declare. A nullable reference to another schema is written as an {@code allOf} of
	 * one, which OpenAPI 3.0 needs for {@code nullable} to apply.
	 */
	@Bean
	OpenApiCustomizer answersAreComplete() {
		return (openApi) -> {
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
				if (schema.getProperties() == null) {
					return;
				}
				if (!requests.contains(name) && !name.equals(PROBLEM) && !name.equals("ProblemError")) {
					schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
				}
				Map<String, Schema> properties = schema.getProperties();
				properties.replaceAll((property, value) -> nullableReference(value));
			});
		};
	}

	private static Schema<?> nullableReference(Schema<?> property) {
		if (property.get$ref() == null || !Boolean.TRUE.equals(property.getNullable())) {
			return property;
		}
		ComposedSchema wrapped = new ComposedSchema();
		wrapped.addAllOfItem(new Schema<>().$ref(property.get$ref()));
		wrapped.setNullable(true);
		wrapped.setDescription(property.getDescription());
		return wrapped;
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
