package se.pmo.tidbok.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import se.pmo.tidbok.web.ConditionalWrite;
import se.pmo.tidbok.web.DocumentedProblems;
import se.pmo.tidbok.web.ProblemDocumentation;
import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.TimeParameter;

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

	/**
	 * The extension of an error response that lists the problem types it answers with.
	 */
	static final String PROBLEM_TYPES_EXTENSION = "x-problem-types";

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

	/**
	 * Every error of this API is a problem detail. Each operation documents every status
	 * it can answer with, each status with its problem types (in {@code x-problem-types})
	 * and one example answer per type: the types its handler declares with
	 * {@link DocumentedProblems}, and those every operation of its kind shares.
	 */
	@Bean
	OperationCustomizer problemsOfEachOperation(ProblemExamples examples) {
		return (operation, handler) -> {
			Set<ProblemType> types = EnumSet.of(ProblemType.NOT_ACCEPTABLE, ProblemType.INTERNAL_ERROR);
			DocumentedProblems declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
					DocumentedProblems.class);
			if (declared != null) {
				types.addAll(List.of(declared.value()));
			}
			if (Arrays.stream(handler.getMethodParameters())
				.anyMatch((parameter) -> AnnotatedElementUtils.hasAnnotation(
						AnnotatedElementUtils.forAnnotations(parameter.getParameterAnnotations()),
						TimeParameter.class))) {
				types.addAll(EnumSet.of(ProblemType.INVALID_TIME, ProblemType.NONEXISTENT_LOCAL_TIME,
						ProblemType.AMBIGUOUS_LOCAL_TIME));
			}
			if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ConditionalWrite.class)) {
				types.addAll(EnumSet.of(ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED));
			}
			if (operation.getRequestBody() != null) {
				types.addAll(EnumSet.of(ProblemType.INVALID_BODY, ProblemType.UNSUPPORTED_MEDIA_TYPE,
						ProblemType.PAYLOAD_TOO_LARGE, ProblemType.REQUEST_TIMEOUT));
			}
			if (operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch((parameter) -> "query".equals(parameter.getIn()))) {
				types.add(ProblemType.INVALID_PARAMETER);
			}
			if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
				// Administration: signed in with the role, and every answer reads or
				// writes
				// PostgreSQL; failed sign-ins are throttled.
				types.addAll(EnumSet.of(ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN, ProblemType.TOO_MANY_REQUESTS,
						ProblemType.DATABASE_UNAVAILABLE, ProblemType.IDENTITY_PROVIDER_UNAVAILABLE));
			}
			Map<Integer, List<ProblemType>> byStatus = new TreeMap<>();
			types.forEach(
					(type) -> byStatus.computeIfAbsent(type.status().value(), (status) -> new ArrayList<>()).add(type));
			ApiResponses responses = operation.getResponses();
			byStatus.forEach((status, ofStatus) -> responses.addApiResponse(String.valueOf(status),
					problemResponse(examples, responses.get(String.valueOf(status)), ofStatus)));
			responses.keySet()
				.stream()
				.filter((status) -> status.startsWith("4") || status.startsWith("5"))
				.filter((status) -> !byStatus.containsKey(Integer.parseInt(status)))
				.findAny()
				.ifPresent((status) -> {
					throw new IllegalStateException(operation.getOperationId() + " documents " + status
							+ " without a problem type: declare it with @DocumentedProblems");
				});
			return operation;
		};
	}

	private static ApiResponse problemResponse(ProblemExamples examples, ApiResponse documented,
			List<ProblemType> types) {
		StringBuilder description = new StringBuilder();
		if (documented != null && documented.getDescription() != null) {
			description.append(documented.getDescription()).append("\n\n");
		}
		types.forEach((type) -> description.append("- `")
			.append(type.uri())
			.append("`: ")
			.append(type.meaning())
			.append('\n'));
		io.swagger.v3.oas.models.media.MediaType problem = new io.swagger.v3.oas.models.media.MediaType()
			.schema(new Schema<>().$ref(CompleteAnswers.SCHEMAS + PROBLEM));
		types.forEach((type) -> problem.addExamples(slug(type),
				new Example().summary(type.title()).value(examples.of(type))));
		ApiResponse response = new ApiResponse().description(description.toString().strip())
			.content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE, problem));
		response.addExtension(PROBLEM_TYPES_EXTENSION, types.stream().map((type) -> type.uri().toString()).toList());
		if (types.contains(ProblemType.DATABASE_UNAVAILABLE) || types.contains(ProblemType.TOO_MANY_REQUESTS)
				|| types.contains(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE)) {
			response.addHeaderObject(HttpHeaders.RETRY_AFTER,
					new Header().description("Seconds to wait before retrying").schema(new IntegerSchema().example(5)));
		}
		return response;
	}

	private static String slug(ProblemType type) {
		String uri = type.uri().toString();
		return uri.substring(uri.lastIndexOf(':') + 1);
	}

	/**
	 * Swagger UI's "Try it out" fills every parameter with its example, and an optional
	 * parameter (a filter, {@code asOf}, a conditional header) filled in changes the
	 * answer without the reader noticing: an optional parameter's example is moved into
	 * its description, so that the field starts empty and a blind execute asks for what a
	 * client that sends nothing gets.
	 */
	@Bean
	OpenApiCustomizer optionalParametersStartEmpty() {
		return (openApi) -> openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.stream()
				.filter((operation) -> operation.getParameters() != null)
				.flatMap((operation) -> operation.getParameters().stream())
				.filter((parameter) -> !Boolean.TRUE.equals(parameter.getRequired()))
				.forEach(OpenApiConfiguration::exampleIntoDescription));
	}

	private static void exampleIntoDescription(io.swagger.v3.oas.models.parameters.Parameter parameter) {
		Schema<?> schema = parameter.getSchema();
		Object example = (parameter.getExample() != null) ? parameter.getExample()
				: (schema != null) ? schema.getExample() : null;
		parameter.setExample(null);
		parameter.setExamples(null);
		if (schema != null) {
			schema.setExample(null);
			schema.setExampleSetFlag(false);
		}
		if (example != null) {
			String description = (parameter.getDescription() != null) ? parameter.getDescription().strip() : "";
			parameter.setDescription((description + " For example `" + example + "`.").strip());
		}
	}

	/**
	 * The Problem schema, with its type restricted to this API's problem types, and the
	 * answers given before any operation is chosen (an unknown path, a method the path
	 * does not have, a request that cannot be parsed, a query string that cannot be
	 * decoded, a body too large by its Content-Length), as reusable responses.
	 */
	@Bean
	OpenApiCustomizer problemSchema(ProblemExamples examples) {
		return (openApi) -> {
			ModelConverters.getInstance()
				.readAll(new AnnotatedType(ProblemDocumentation.class))
				.forEach(openApi.getComponents()::addSchemas);
			Schema<?> problem = openApi.getComponents().getSchemas().get(PROBLEM);
			StringSchema type = new StringSchema();
			type.setDescription(problem.getProperties().get("type").getDescription());
			type.setExample(ProblemType.INVALID_TIME.uri().toString());
			Arrays.stream(ProblemType.values()).forEach((value) -> type.addEnumItem(value.uri().toString()));
			problem.getProperties().put("type", type);
			// The request guard refuses an undecodable query string or an oversized body
			// on any path, before routing.
			for (ProblemType outside : List.of(ProblemType.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
					ProblemType.NOT_FOUND, ProblemType.METHOD_NOT_ALLOWED, ProblemType.PAYLOAD_TOO_LARGE,
					ProblemType.URI_TOO_LONG, ProblemType.HEADERS_TOO_LARGE, ProblemType.NOT_IMPLEMENTED,
					ProblemType.SERVICE_UNAVAILABLE)) {
				openApi.getComponents().addResponses(slug(outside), problemResponse(examples, null, List.of(outside)));
			}
		};
	}

}
