package se.pmo.tidbok.catalog.web;

import io.swagger.v3.oas.annotations.media.Schema;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * One appointment type as the 1177 e-service backend sees it.
 */
@Schema(name = "AppointmentType",
		description = "A PMO appointment-book type (tidbokstyp) and what a patient may do with a time of it on 1177.")
public record AppointmentTypeResponse(@Schema(
		description = "Stable public code, derived from the name when the type was created; never changes and is never reused.",
		example = "lakare-besok-ej-akut-1177") String code,
		@Schema(description = "The PMO name, exactly as the patient sees it on 1177.",
				example = "Läkare Besök, ej akut 1177") String name,
		@Schema(description = "PMO's clarifying description, or null when the table has none, "
				+ "e.g. \"Personal bokar in patient efter kontakt med 1177 Direkt.\"", example = "null",
				nullable = true) String description,
		@Schema(description = "The patient sees times of this type on 1177 (Synlig för patienten).",
				example = "true") boolean visibleToPatient,
		@Schema(description = "The patient may cancel a time of this type on 1177 (Avbokningsbar).",
				example = "true") boolean cancellableByPatient,
		@Schema(description = "The patient may rebook a time of this type on 1177 (Ombokningsbar).",
				example = "true") boolean rebookableByPatient,
		@Schema(description = "An SMS reminder goes out before a time of this type (Sms-påminnelse).",
				example = "true") boolean smsReminder,
		@Schema(description = "Patients can book this type themselves through the 1177 e-services: it is visible to the patient and its name ends with \" 1177\". Derived, not stored.",
				example = "true") boolean bookableOnline) {

	public static AppointmentTypeResponse from(CatalogVersion entry) {
		AppointmentTypeDetails d = entry.details();
		return new AppointmentTypeResponse(entry.code(), d.name(), d.description(), d.visibleToPatient(),
				d.cancellableByPatient(), d.rebookableByPatient(), d.smsReminder(), d.bookableOnline());
	}

}
