package se.pmo.tidbok.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.media.Schema;

import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.time.TimeOutput;

/**
 * A change that takes effect later: who scheduled it, when it takes effect and what the
 * type becomes then.
 */
@Schema(name = "ScheduledChange", description = "A pending change: the type's version from effectiveFrom on. "
		+ "Withdraw it with cancelScheduledChange and If-Match with its ETag (the version in quotes) while it is the type's last.")
public record ScheduledChangeResponse(@Schema(example = "vaccination-1177") String appointmentTypeCode,
		@Schema(description = "The version the change makes; its ETag is this number in quotes",
				example = "3") long version,
		@Schema(description = "When it takes effect",
				example = "2026-12-07T00:00:00+01:00") OffsetDateTime effectiveFrom,
		@Schema(description = "What it does: CREATE, UPDATE, RETIRE or REINSTATE",
				example = "UPDATE") AuditTrail.Action action,
		@Schema(description = "Who scheduled it, as in the audit trail", nullable = true,
				example = "basic:admin") String scheduledBy,
		@Schema(description = "When it was scheduled",
				example = "2026-11-28T10:15:00+01:00") OffsetDateTime scheduledAt,
		@Schema(description = "The type's version before it; null for CREATE",
				nullable = true) AuditEntryResponse.AuditedState before,
		@Schema(description = "The type from effectiveFrom on") AuditEntryResponse.AuditedState after) {

	/**
	 * A pending version, after the one before it ({@code null} for a creation), scheduled
	 * by this actor.
	 */
	static ScheduledChangeResponse from(CatalogVersion version, CatalogVersion before, String scheduledBy,
			ZoneId zone) {
		return new ScheduledChangeResponse(version.code(), version.version(),
				TimeOutput.local(version.effectiveFrom(), zone), AuditTrail.Action.of(before, version), scheduledBy,
				TimeOutput.local(version.recordedAt(), zone), AuditEntryResponse.AuditedState.from(before),
				AuditEntryResponse.AuditedState.from(version));
	}

}
