package se.pmo.tidbok.admin;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogEntry;

/**
 * An appointment type as an administrator sees it: with its retirement state, version and
 * any warnings about the change just made.
 */
@Schema(name = "AdminAppointmentType")
public record AdminAppointmentTypeResponse(@Schema(example = "fotterapeut-nybesok-1177") String code,
		@Schema(example = "Fotterapeut Nybesök 1177") String name,
		@Schema(nullable = true, example = "Endast på remiss.") String description, boolean visibleToPatient,
		boolean cancellableByPatient, boolean rebookableByPatient, boolean smsReminder,
		@Schema(description = "Derived: visible to the patient and the name ends with \" 1177\"") boolean bookableOnline,
		@Schema(description = "Retired types are gone from the public catalog and policy answers; they can be reinstated",
				example = "false") boolean retired,
		@Schema(description = "Optimistic-locking version; the ETag is this number in quotes",
				example = "0") long version,
		@Schema(description = "Things about this change that a clinic may regret, though they are allowed") List<String> warnings) {

	static AdminAppointmentTypeResponse from(CatalogEntry entry, List<String> warnings) {
		AppointmentTypeDetails d = entry.details();
		return new AdminAppointmentTypeResponse(entry.code(), d.name(), d.description(), d.visibleToPatient(),
				d.cancellableByPatient(), d.rebookableByPatient(), d.smsReminder(), d.bookableOnline(), entry.retired(),
				entry.version(), warnings);
	}

}
