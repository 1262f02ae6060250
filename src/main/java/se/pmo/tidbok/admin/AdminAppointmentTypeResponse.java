package se.pmo.tidbok.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.time.TimeOutput;

/**
 * An appointment type as an administrator sees it: one version, with its retirement
 * state, when it takes effect, and any warnings about the change just made.
 */
@Schema(name = "AdminAppointmentType")
public record AdminAppointmentTypeResponse(@Schema(example = "fotterapeut-nybesok-1177") String code,
		@Schema(example = "Fotterapeut Nybesök 1177") String name,
		@Schema(nullable = true, example = "Endast på remiss.") String description, boolean visibleToPatient,
		boolean cancellableByPatient, boolean rebookableByPatient, boolean smsReminder,
		@Schema(description = "Derived: visible to the patient and the name ends with \" 1177\"") boolean bookableOnline,
		@Schema(description = "Retired types are gone from the public catalog and policy answers; they can be reinstated",
				example = "false") boolean retired,
		@Schema(description = "The version shown. Its ETag is this number in quotes; a change needs the ETag of the type's latest version (scheduled ones included), which the admin GET of the type answers with",
				example = "0") long version,
		@Schema(description = "When this version takes effect (later than now for a scheduled change); null: in force from the beginning (the seeded PMO table)",
				example = "2026-12-07T00:00:00+01:00", nullable = true) OffsetDateTime effectiveFrom,
		@Schema(description = "Things about this change that a clinic may regret, though they are allowed") List<String> warnings) {

	static AdminAppointmentTypeResponse from(CatalogVersion version, List<String> warnings, ZoneId zone) {
		AppointmentTypeDetails d = version.details();
		return new AdminAppointmentTypeResponse(version.code(), d.name(), d.description(), d.visibleToPatient(),
				d.cancellableByPatient(), d.rebookableByPatient(), d.smsReminder(), d.bookableOnline(),
				version.retired(), version.version(), TimeOutput.local(version.effectiveFrom(), zone), warnings);
	}

}
