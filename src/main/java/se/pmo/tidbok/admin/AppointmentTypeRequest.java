package se.pmo.tidbok.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.NameRule;
import se.pmo.tidbok.catalog.SwedishText;

/**
 * An appointment type as an administrator writes it. Name and description are read by
 * {@link NameRule}; an empty description means none.
 */
@Schema(name = "AppointmentTypeRequest",
		description = "A new or changed appointment type. The code is derived from the name on creation and never changes.")
public record AppointmentTypeRequest(@Schema(
		description = "The PMO name, as the patient sees it on 1177; unique. End it with \" 1177\" to let patients book it online.",
		example = "Fotterapeut Nybesök 1177", maxLength = 200) @NotBlank(
				message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
		@Schema(description = "Clarifying description, or null", example = "Endast för patienter med diabetes.",
				nullable = true,
				maxLength = 1000) @Size(max = 1000, message = "must be at most 1000 characters") String description,
		@Schema(description = "The patient sees the time on 1177",
				example = "true") @NotNull(message = "is required") Boolean visibleToPatient,
		@Schema(description = "The patient may cancel the time on 1177",
				example = "true") @NotNull(message = "is required") Boolean cancellableByPatient,
		@Schema(description = "The patient may rebook the time on 1177",
				example = "true") @NotNull(message = "is required") Boolean rebookableByPatient,
		@Schema(description = "An SMS reminder goes out 48 hours before",
				example = "true") @NotNull(message = "is required") Boolean smsReminder) {

	/**
	 * The type as it is stored: name and description in their normalized form. Refused
	 * with a 400 problem: a name or description with a character {@link NameRule}
	 * refuses, a name that is blank once normalized, and texts the database could not
	 * hold (a name, description or derived code over its length).
	 */
	AppointmentTypeDetails toDetails() {
		NameRule.Outcome name = NameRule.name(this.name);
		if (!name.accepted()) {
			throw new CatalogChangeRefusedException.InvalidText("name", name.refusal().message(), name.refusal());
		}
		if (name.text().isEmpty()) {
			throw new CatalogChangeRefusedException.InvalidText("name", "is required", null);
		}
		if (length(name.text()) > NameRule.MAX_NAME_LENGTH) {
			throw new CatalogChangeRefusedException.InvalidText("name",
					"must be at most " + NameRule.MAX_NAME_LENGTH + " characters", null);
		}
		String description = null;
		if (this.description != null) {
			NameRule.Outcome checked = NameRule.description(this.description);
			if (!checked.accepted()) {
				throw new CatalogChangeRefusedException.InvalidText("description", checked.refusal().message(),
						checked.refusal());
			}
			if (length(checked.text()) > NameRule.MAX_DESCRIPTION_LENGTH) {
				throw new CatalogChangeRefusedException.InvalidText("description",
						"must be at most " + NameRule.MAX_DESCRIPTION_LENGTH + " characters", null);
			}
			description = checked.text().isEmpty() ? null : checked.text();
		}
		String code = SwedishText.code(name.text());
		if (code.length() > NameRule.MAX_NAME_LENGTH) {
			throw new CatalogChangeRefusedException.InvalidText("name", "gives a code of " + code.length()
					+ " characters; a code has at most " + NameRule.MAX_NAME_LENGTH + ", so shorten the name", null);
		}
		if (NameRule.key(name.text()).length() > NameRule.MAX_KEY_LENGTH) {
			throw new CatalogChangeRefusedException.InvalidText("name", "is too long once normalized; shorten the name",
					null);
		}
		return new AppointmentTypeDetails(name.text(), description, this.visibleToPatient, this.cancellableByPatient,
				this.rebookableByPatient, this.smsReminder);
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
