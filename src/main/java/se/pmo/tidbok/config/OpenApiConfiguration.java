package se.pmo.tidbok.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description behind Swagger UI, with the two ways an administrator can sign
 * in.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** Security scheme name for HTTP Basic (local runs and tests). */
	public static final String BASIC = "basic";

	/** Security scheme name for an OAuth2 bearer JWT (production). */
	public static final String BEARER = "bearer";

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

}
