package se.pmo.tidbok.admin;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * One change to the catalog: who, when, what, before and after.
 */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(@Schema(example = "42") long id,
		@Schema(example = "2026-03-20T09:30:00+01:00") OffsetDateTime occurredAt,
		@Schema(description = "Who made the change and by which means: `jwt:<issuer>#<subject>` for a bearer token, `basic:<user name>` for a local Basic user",
				example = "jwt:https://login.example/realms/region#anna.admin@region.se") String actor,
		@Schema(description = "What was done: CREATE, UPDATE, RETIRE or REINSTATE (scheduled when effectiveFrom lies after occurredAt), or CANCEL_SCHEDULED_CHANGE",
				example = "UPDATE") AuditTrail.Action action,
		@Schema(example = "vaccination-1177") String appointmentTypeCode,
		@Schema(description = "Catalog revision the change produced", example = "7") long catalogRevision,
		@Schema(description = "When the change takes effect; for CANCEL_SCHEDULED_CHANGE, when the withdrawn change would have",
				example = "2026-12-07T00:00:00+01:00", nullable = true) OffsetDateTime effectiveFrom,
		@Schema(description = "The type's latest version before the change; null for CREATE. For CANCEL_SCHEDULED_CHANGE, the withdrawn version",
				nullable = true) AuditedState before,
		@Schema(description = "The version the change made. For CANCEL_SCHEDULED_CHANGE, the version the type is left with; null when a scheduled creation was withdrawn",
				nullable = true) AuditedState after,
		@Schema(description = "The changeset that made the change (or whose withdrawal it is); null for a change of one type",
				nullable = true, example = "12") Long changesetId,
		@Schema(description = "Where the changeset's table comes from, as its administrator wrote it; null when not given",
				nullable = true, example = "PMO Tidbokstyp på 1177, uppdaterad 2027-01-15") String source) {

	/**
	 * What the audit trail records of a type, before and after each change.
	 */
	@Schema(name = "AuditedState", description = "A type as it was before or after a change")
	public record AuditedState(@Schema(example = "Vaccination 1177") String name,
			@Schema(nullable = true, example = "null") String description, boolean visibleToPatient,
			boolean cancellableByPatient, boolean rebookableByPatient, boolean smsReminder,
			@Schema(example = "false") boolean retired, @Schema(example = "0") long version) {

		/** A version as the audit trail records it; {@code null} for none. */
		static AuditedState from(CatalogVersion version) {
			if (version == null) {
				return null;
			}
			AppointmentTypeDetails d = version.details();
			return new AuditedState(d.name(), d.description(), d.visibleToPatient(), d.cancellableByPatient(),
					d.rebookableByPatient(), d.smsReminder(), version.retired(), version.version());
		}

	}

	/**
	 * A page of the audit trail, newest first.
	 */
	@Schema(name = "AuditPage")
	public record Page(List<AuditEntryResponse> items, @Schema(example = "0") int page,
			@Schema(example = "20") int size, @Schema(example = "123") long totalElements) {
	}

}
