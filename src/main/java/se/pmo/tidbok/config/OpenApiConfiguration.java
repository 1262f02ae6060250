package se.pmo.tidbok.config;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import se.pmo.tidbok.web.ProblemDocumentation;
import se.pmo.tidbok.web.ProblemType;

/**
 * The OpenAPI description behind Swagger UI, with the two ways an administrator can sign
 * in.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	/** Security scheme name for HTTP Basic (local runs and tests). */
	public static final String BASIC = "basic";

	/** Security scheme name for an OAuth2 bearer JWT (production). */
	public static final String BEARER = "bearer";

	/** The schema name of {@link ProblemDocumentation}. */
	private static final String PROBLEM = "Problem";

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
				new io.swagger.v3.oas.models.media.MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
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

}
