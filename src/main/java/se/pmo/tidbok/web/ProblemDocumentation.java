package se.pmo.tidbok.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How every error of this API looks, for the OpenAPI description. The answers themselves
 * are Spring's {@link org.springframework.http.ProblemDetail}, whose extra properties are
 * written beside these; each extra property is declared here, so that generated clients
 * keep it.
 */
@Schema(name = "Problem",
		description = "An RFC 9457 problem detail. Facts about the problem come as extension members, present only where they apply: "
				+ "`parameter`, `value`, `field`, `code`, `name`, `position`, `codePoint`, `limit`, `size`, `currentETag`, `version`, `effectiveFrom`, `now`, `pendingVersion`, `pendingEffectiveFrom`, `errors`, `line`, `column`, `expected`, `lines`, `conflicts`, `changesetId`, `state`.",
		requiredProperties = { "type", "title", "status", "detail" })
public record ProblemDocumentation(
		@Schema(description = "Stable identifier of the kind of problem; integrations may switch on it",
				example = "urn:problem-type:tidbok:invalid-time") String type,
		@Schema(description = "Short summary of the kind of problem", example = "Invalid time") String title,
		@Schema(description = "The HTTP status", example = "400", minimum = "400", maximum = "599") int status,
		@Schema(description = "What was wrong with this request",
				example = "'start' is not an ISO-8601 date-time; send one with an offset, such as 2026-03-29T10:00:00+02:00.") String detail,
		@Schema(description = "The path that was called (a relative reference)", format = "uri-reference",
				example = "/api/v1/appointment-types/vaccination-1177/policy") String instance,
		@Schema(description = "The request parameter that was wrong; in a batch, its path in the body",
				example = "start") String parameter,
		@Schema(description = "The value that was sent for `parameter`", example = "next-tuesday") String value,
		@Schema(description = "The body field that was wrong", example = "appointments") String field,
		@Schema(description = "The appointment type code the problem is about",
				example = "vaccination-1177") String code,
		@Schema(description = "The name the problem is about", example = "Vaccination 1177") String name,
		@Schema(description = "The position (from 1) of the character in `name` that is refused",
				example = "3") Integer position,
		@Schema(description = "That character, as U+ and its hex code point", example = "U+200B") String codePoint,
		@Schema(description = "The largest number of appointments a batch takes", example = "1000") Integer limit,
		@Schema(description = "The number of appointments the refused batch had", example = "1001") Integer size,
		@Schema(description = "After a 412: the type's ETag now, when it is known; read the type again, then retry with it",
				example = "\"4\"") String currentETag,
		@Schema(description = "The version of the type the problem is about", example = "3") Long version,
		@Schema(description = "The effectiveFrom that was refused, with the Stockholm offset of that instant",
				format = "date-time", example = "2026-11-28T00:00:00+01:00") String effectiveFrom,
		@Schema(description = "Now, as the service read its clock", format = "date-time",
				example = "2026-11-28T10:15:00+01:00") String now,
		@Schema(description = "The type's last pending change, which a change must follow",
				example = "3") Long pendingVersion,
		@Schema(description = "When that pending change takes effect", format = "date-time",
				example = "2026-12-07T00:00:00+01:00") String pendingEffectiveFrom,
		@Schema(description = "Each invalid field or parameter with what is wrong with it") List<Error> errors,
		@Schema(description = "In a catalog table: the line (in TSV or CSV) or row (in JSON, from 1) that is wrong",
				example = "12") Integer line,
		@Schema(description = "In a catalog table: the header of the column that is wrong (or `#n`, its position)",
				example = "Avbokningsbar") String column,
		@Schema(description = "In a catalog table: the headers it must have") List<String> expected,
		@Schema(description = "In a catalog table: the lines of two rows that name the same type") List<Integer> lines,
		@Schema(description = "The types whose pending changes stand in the way of a changeset") List<Conflict> conflicts,
		@Schema(description = "The changeset the problem is about", example = "12") Long changesetId,
		@Schema(description = "The changeset's state: PENDING, IN_FORCE or WITHDRAWN",
				example = "IN_FORCE") String state) {

	/**
	 * A type whose pending change stands in the way of a changeset.
	 */
	@Schema(name = "ProblemConflict", requiredProperties = { "code", "pendingVersion", "pendingEffectiveFrom" })
	public record Conflict(@Schema(example = "sexolog-1177") String code,
			@Schema(description = "Its last version, which takes effect at or after the changeset's instant",
					example = "3") Long pendingVersion,
			@Schema(description = "When that version takes effect", format = "date-time",
					example = "2027-03-01T00:00:00+01:00") String pendingEffectiveFrom) {
	}

	/**
	 * One invalid field (of a body) or parameter (of a query), with what is wrong with
	 * it.
	 */
	@Schema(name = "ProblemError", requiredProperties = "message")
	public record Error(@Schema(description = "The body field, for an invalid body", example = "name") String field,
			@Schema(description = "The parameter, for invalid parameters", example = "size") String parameter,
			@Schema(description = "What is wrong with it",
					example = "must be 1 to 200 characters long") String message) {
	}

}
