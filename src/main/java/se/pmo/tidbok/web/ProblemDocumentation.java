package se.pmo.tidbok.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How every error of this API looks, for the OpenAPI description. The answers themselves
 * are Spring's {@link org.springframework.http.ProblemDetail}, whose extra properties are
 * written beside these.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail. Facts about the problem come as extra properties, "
		+ "e.g. `parameter` (the parameter that was wrong), `code`, `limit`, `currentETag` or `errors`.")
public record ProblemDocumentation(
		@Schema(description = "Stable identifier of the kind of problem",
				example = "urn:problem-type:tidbok:invalid-time") URI type,
		@Schema(description = "Short summary of the kind of problem", example = "Invalid time") String title,
		@Schema(description = "The HTTP status", example = "400") int status,
		@Schema(description = "What was wrong with this request",
				example = "'start' is not an ISO-8601 date-time; send one with an offset, such as 2026-03-29T10:00:00+02:00.") String detail,
		@Schema(description = "The path that was called",
				example = "/api/v1/appointment-types/vaccination-1177/policy") URI instance) {
}
