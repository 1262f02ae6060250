package se.pmo.tidbok.changeset;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A row of a table sent as JSON, for the OpenAPI description; the body itself is read by
 * {@link JsonTable}, which names the row and field of anything wrong.
 */
@Schema(name = "ChangesetRow", requiredProperties = { "name", "visibleToPatient", "cancellableByPatient",
		"rebookableByPatient", "smsReminder" })
record ChangesetRowDocumentation(
		@Schema(description = "The type's code, to change its name; left out, the code comes from the name",
				example = "sexolog-1177") String code,
		@Schema(example = "Sexolog 1177") String name,
		@Schema(nullable = true, example = "Endast remiss.") String description,
		@Schema(example = "true") boolean visibleToPatient, @Schema(example = "true") boolean cancellableByPatient,
		@Schema(example = "false") boolean rebookableByPatient, @Schema(example = "true") boolean smsReminder) {
}
