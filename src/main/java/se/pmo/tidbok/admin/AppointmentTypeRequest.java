package se.pmo.tidbok.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.NameRule;

/**
 * An appointment type as an administrator writes it. Name and description are read by the
 * catalog's {@link NameRule}; an empty description means none.
 */
@Schema(name = "AppointmentTypeRequest",
		description = "A new or changed appointment type. The code is derived from the name on creation and never changes.")
public record AppointmentTypeRequest(@Schema(
		description = "The PMO name, as the patient sees it on 1177; unique. End it with \" 1177\" to let patients book it online.",
		example = "Exempeltyp (ändra mig) 1177", minLength = 1, maxLength = 200,
		pattern = NAME_PATTERN) @NotBlank(message = "is required") @Size(min = 1, max = 200,
				message = "must be 1 to 200 characters long") String name,
		@Schema(description = "Clarifying description, or null",
				example = "Exempel: skriv typens beskrivning här, eller null.", nullable = true,
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
	 * What a client can check of a name before sending it: a character that is neither
	 * white space nor a control character, and no control character (C0, DEL or C1).
	 * Written so that JSON Schema validators (ECMA-262) read it, and anchored, as JSON
	 * Schema patterns are not. The service's rules for names go further.
	 */
	static final String NAME_PATTERN = "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\s\\x00-\\x1F\\x7F-\\x9F][^\\x00-\\x1F\\x7F-\\x9F]*$";

	/**
	 * The type as the catalog stores it, read by the catalog's rules for names and texts
	 * ({@link AppointmentTypeDetails#of}).
	 */
	AppointmentTypeDetails toDetails() {
		return AppointmentTypeDetails.of(this.name, this.description, this.visibleToPatient, this.cancellableByPatient,
				this.rebookableByPatient, this.smsReminder);
	}

}
