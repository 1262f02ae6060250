package se.pmo.tidbok.catalog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.pmo.tidbok.time.TimeOutput;

/**
 * One page of a type's versions, oldest first, each with the interval it is in force.
 *
 * @param code the type's code
 * @param versions the versions on the page
 * @param totalVersions how many versions the type has
 */
@Schema(name = "AppointmentTypeHistory")
public record AppointmentTypeHistoryResponse(@Schema(example = "lakare-besok-ej-akut-1177") String code,
		@Schema(description = "The versions on this page, oldest first") List<Version> versions,
		@Schema(description = "How many versions the type has, on all pages", example = "2") int totalVersions) {

	/** The page of the versions; only its versions are built. */
	static AppointmentTypeHistoryResponse of(String code, List<CatalogVersion> versions, int page, int size,
			ZoneId zone) {
		int from = (int) Math.min((long) page * size, versions.size());
		int to = Math.min(from + size, versions.size());
		List<Version> answered = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			CatalogVersion version = versions.get(i);
			CatalogVersion next = (i + 1 < versions.size()) ? versions.get(i + 1) : null;
			AppointmentTypeDetails d = version.details();
			answered.add(new Version(version.version(), TimeOutput.local(version.effectiveFrom(), zone),
					(next != null) ? TimeOutput.local(next.effectiveFrom(), zone) : null,
					TimeOutput.local(version.recordedAt(), zone), version.revision(), version.source(), d.name(),
					d.description(), d.visibleToPatient(), d.cancellableByPatient(), d.rebookableByPatient(),
					d.smsReminder(), d.bookableOnline(), version.retired()));
		}
		return new AppointmentTypeHistoryResponse(code, List.copyOf(answered), versions.size());
	}

	/**
	 * One version of a type.
	 */
	@Schema(name = "AppointmentTypeVersion",
			description = "A type as it is in force from effectiveFrom until effectiveUntil. The type's ETag in that interval is the version in quotes.")
	public record Version(@Schema(example = "3") long version, @Schema(
			description = "When this version takes effect; null: in force from the beginning (the seeded PMO table)",
			example = "2026-12-07T00:00:00+01:00", nullable = true) OffsetDateTime effectiveFrom,
			@Schema(description = "When the next version takes effect; null while no later version exists",
					example = "null", nullable = true) OffsetDateTime effectiveUntil,
			@Schema(description = "When the version was recorded: the change was made then, or the PMO table it was seeded from is dated then",
					example = "2026-11-28T10:15:00+01:00") OffsetDateTime recordedAt,
			@Schema(description = "The catalog revision that recorded it", example = "7") long catalogRevision,
			@Schema(description = "Where the version comes from when no administrator made it",
					example = "PMO Tidbokstyp på 1177, uppdaterad 2026-04-23", nullable = true) String source,
			@Schema(example = "Läkare Besök, ej akut 1177") String name,
			@Schema(nullable = true, example = "null") String description,
			@Schema(example = "true") boolean visibleToPatient, @Schema(example = "true") boolean cancellableByPatient,
			@Schema(example = "false") boolean rebookableByPatient, @Schema(example = "true") boolean smsReminder,
			@Schema(description = "Derived: visible to the patient and the name ends with \" 1177\"",
					example = "true") boolean bookableOnline,
			@Schema(description = "Retired in this version: gone from the catalog and the policy answers",
					example = "false") boolean retired) {
	}

}
