package se.pmo.tidbok.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.pmo.tidbok.web.Refusal;
import se.pmo.tidbok.web.RefusalExamples;

/** Each refusal of the catalog's rules with example facts, for the API description. */
@Component
class CatalogRefusalExamples implements RefusalExamples {

	private static final String TYPES = "/api/v1/admin/appointment-types";

	private static final String LOGOPED = TYPES + "/logoped-1177";

	private static final Instant NOW = Instant.parse("2026-11-28T09:15:00Z");

	private final Duration delay;

	CatalogRefusalExamples(CatalogProperties properties) {
		this.delay = properties.propagationDelay();
	}

	@Override
	public Map<Refusal, String> examples() {
		AppointmentTypeDetails hiddenButCancellable = new AppointmentTypeDetails("Logoped", null, false, true, false,
				false);
		return Map.of(new CatalogRefusal.InvalidText("name", "is required", null), TYPES,
				new CatalogRefusal.InvalidFields(true, RightsCheck.check(hiddenButCancellable).errors()), TYPES,
				new CatalogRefusal.DuplicateName("VIDEOMÖTE 1177"), TYPES,
				new CatalogRefusal.CodeTaken("videomote-1177", false), TYPES,
				new CatalogRefusal.StateConflict("fotterapeut-nybesok-1177", true),
				TYPES + "/fotterapeut-nybesok-1177/retirement",
				new CatalogRefusal.EffectiveFromInPast(Instant.parse("2026-11-27T23:00:00Z"), NOW,
						NOW.plus(this.delay)),
				LOGOPED,
				new CatalogRefusal.ScheduleConflict("logoped-1177", 3, Instant.parse("2026-12-06T23:00:00Z"), NOW,
						null),
				LOGOPED, new CatalogRefusal.StaleVersion("logoped-1177", "\"1\""), LOGOPED,
				new CatalogRefusal.ChangeInForce("logoped-1177", 2, Instant.parse("2026-11-01T00:00:00Z"), this.delay),
				"/api/v1/admin/scheduled-changes/logoped-1177/2",
				new CatalogRefusal.UnknownScheduledChange("logoped-1177", 4, true),
				"/api/v1/admin/scheduled-changes/logoped-1177/4");
	}

}
