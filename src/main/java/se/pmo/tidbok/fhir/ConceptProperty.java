package se.pmo.tidbok.fhir;

import java.util.function.Function;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem.PropertyType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Type;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * The properties every concept of the CodeSystem carries: the patient rights of the type,
 * whether it is bookable online, and its status; a retired type is also flagged
 * {@code inactive}, the property FHIR terminology tools look for.
 */
enum ConceptProperty {

	VISIBLE_TO_PATIENT("visibleToPatient", "Whether the patient sees the booked time on 1177.", null,
			(version) -> flag(version.details().visibleToPatient())),

	CANCELLABLE_BY_PATIENT("cancellableByPatient", "Whether the patient may cancel the booked time on 1177.", null,
			(version) -> flag(version.details().cancellableByPatient())),

	REBOOKABLE_BY_PATIENT("rebookableByPatient", "Whether the patient may rebook the booked time on 1177.", null,
			(version) -> flag(version.details().rebookableByPatient())),

	SMS_REMINDER("smsReminder", "Whether an SMS reminder goes out before the booked time.", null,
			(version) -> flag(version.details().smsReminder())),

	BOOKABLE_ONLINE("bookableOnline",
			"Whether patients can book the type through the 1177 e-services: visible to the patient and the name ends in \""
					+ AppointmentTypeDetails.ONLINE_BOOKING_SUFFIX + "\".",
			null, (version) -> flag(version.details().bookableOnline())),

	STATUS("status", "active, or retired: a retired type is no longer booked; its code is never reused.",
			"http://hl7.org/fhir/concept-properties#status",
			(version) -> new CodeType(version.retired() ? "retired" : "active")),

	INACTIVE("inactive", "True for a retired type (given only then).",
			"http://hl7.org/fhir/concept-properties#inactive",
			(version) -> version.retired() ? new BooleanType(true) : null);

	private final String code;

	private final String description;

	private final String uri;

	private final Function<CatalogVersion, Type> value;

	ConceptProperty(String code, String description, String uri, Function<CatalogVersion, Type> value) {
		this.code = code;
		this.description = description;
		this.uri = uri;
		this.value = value;
	}

	String code() {
		return this.code;
	}

	String description() {
		return this.description;
	}

	/** The property's URI when it is one FHIR defines, else {@code null}. */
	String uri() {
		return this.uri;
	}

	PropertyType type() {
		return (this == STATUS) ? PropertyType.CODE : PropertyType.BOOLEAN;
	}

	/** The property's value for the version, or {@code null} when it has none. */
	Type valueOf(CatalogVersion version) {
		return this.value.apply(version);
	}

	private static Type flag(boolean value) {
		return new BooleanType(value);
	}

}
