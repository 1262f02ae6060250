package se.pmo.tidbok.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import se.pmo.tidbok.web.RefusalExamples;

/** Each refusal of the catalog's rules with example facts, for the API description. */
@Component
class CatalogRefusalExamples implements RefusalExamples {

	private static final String TYPES = "/api/v1/admin/appointment-types";

	private static final String LOGOPED = TYPES + "/logoped-1177";

	private static final Instant NOW = Instant.parse("2026-11-28T09:15:00Z");

	private final Duration propagationDelay;

	CatalogRefusalExamples(CatalogProperties properties) {
		this.propagationDelay = properties.propagationDelay();
	}

	@Override
	public List<Example> examples() {
		return List.of(new Example(TYPES, new CatalogRefusal.InvalidText("name", "is required", null)),
				new Example(TYPES, new CatalogRefusal.InvalidFields(true,
						RightsCheck.check(new AppointmentTypeDetails("Logoped", null, false, true, false, false))
							.errors())),
				new Example(TYPES, new CatalogRefusal.DuplicateName("VIDEOMÖTE 1177")),
				new Example(TYPES, new CatalogRefusal.CodeTaken("videomote-1177", false)),
				new Example(TYPES + "/fotterapeut-nybesok-1177/retirement",
						new CatalogRefusal.StateConflict("fotterapeut-nybesok-1177", true)),
				new Example(LOGOPED,
						new CatalogRefusal.EffectiveFromInPast(Instant.parse("2026-11-27T23:00:00Z"), NOW,
								NOW.plus(this.propagationDelay))),
				new Example(LOGOPED,
						new CatalogRefusal.ScheduleConflict("logoped-1177", 3, Instant.parse("2026-12-06T23:00:00Z"),
								NOW, null)),
				new Example(LOGOPED, new CatalogRefusal.StaleVersion("logoped-1177", "\"1\"")),
				new Example("/api/v1/admin/scheduled-changes/logoped-1177/2",
						new CatalogRefusal.ChangeInForce("logoped-1177", 2, Instant.parse("2026-11-01T00:00:00Z"),
								this.propagationDelay)),
				new Example("/api/v1/admin/scheduled-changes/logoped-1177/4",
						new CatalogRefusal.UnknownScheduledChange("logoped-1177", 4, true)));
	}

}
