package se.pmo.tidbok.pages;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import se.pmo.tidbok.catalog.CatalogChangeRefusedException;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.ChangeInForce;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.CodeTaken;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.DuplicateName;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.EffectiveFromInPast;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.InvalidFields;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.InvalidText;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.ScheduleConflict;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.StaleVersion;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.StateConflict;
import se.pmo.tidbok.catalog.CatalogChangeRefusedException.UnknownScheduledChange;
import se.pmo.tidbok.catalog.NameRule;
import se.pmo.tidbok.catalog.RightsCheck;
import se.pmo.tidbok.time.InvalidTimeException;

/**
 * Every refusal of the catalog's rules, in Swedish, with the form field it concerns
 * ({@code name}, {@code description}, a flag, {@code date} for when the change takes
 * effect, or {@code null} for the form as a whole). One switch over the closed set of
 * refusals, as the API's problem answers have.
 */
final class Refusals {

	private Refusals() {
	}

	/**
	 * One refusal, next to its field.
	 *
	 * @param field the form field, or {@code null}
	 * @param message what is wrong and what to do, in Swedish
	 */
	record Refusal(String field, String message) {
	}

	static List<Refusal> of(CatalogChangeRefusedException refused, ZoneId zone) {
		return switch (refused) {
			case DuplicateName ignored -> List.of(new Refusal("name",
					"En annan typ har redan det här namnet, eller ett som ser likadant ut (skiftläge, accenter, mellanslag och liknande tecken räknas inte)."));
			case CodeTaken taken -> List.of(new Refusal("name", "Namnet ger koden \"" + taken.code()
					+ "\", som en annan typ har (kanske en avvecklad: återinför den i stället). Koder används aldrig två gånger."));
			case InvalidText text -> List.of(text(text));
			case InvalidFields fields -> fields.errors().stream().map(Refusals::field).toList();
			case EffectiveFromInPast past -> List.of(new Refusal("date",
					"Tidpunkten " + Swedish.time(instant(past.effectiveFrom()), zone)
							+ " har redan passerat (nu är klockan " + Swedish.time(instant(past.now()), zone)
							+ "). Välj en senare tidpunkt, eller \"Nu\"."));
			case ScheduleConflict conflict -> List.of(new Refusal("date", "Typen har redan en planerad ändring från "
					+ Swedish.time(instant(conflict.pendingEffectiveFrom()), zone) + " (version "
					+ conflict.pendingVersion()
					+ "). En ny ändring måste gälla från en senare tidpunkt; eller återkalla den planerade först."));
			case StateConflict ignored -> List.of(new Refusal(null, "Typen är redan i det läget."));
			case StaleVersion ignored -> List.of(new Refusal(null, "Typen har ändrats sedan du öppnade formuläret."));
			case ChangeInForce inForce -> List.of(new Refusal(null, "Version " + inForce.version()
					+ " har redan börjat gälla och kan inte återkallas. Gör en ny ändring i stället."));
			case UnknownScheduledChange unknown ->
				List.of(new Refusal(null, "Typen har ingen planerad ändring med version " + unknown.version()
						+ " (den kan redan vara återkallad)."));
		};
	}

	/** A date and time that cannot be used, next to the date. */
	static Refusal of(InvalidTimeException invalid) {
		return switch (invalid.reason()) {
			case NONEXISTENT -> new Refusal("date",
					"Klockslaget finns inte den dagen i svensk tid: klockan ställs fram en timme när sommartiden börjar. Välj en annan tid.");
			case AMBIGUOUS -> new Refusal("date",
					"Klockslaget inträffar två gånger den natten, när sommartiden slutar. Välj nedan vilket av dem som avses.");
			case INVALID ->
				new Refusal("date", "Ange datum (åååå-mm-dd) och klockslag (tt:mm) för när ändringen ska börja gälla.");
		};
	}

	private static Refusal text(InvalidText text) {
		String field = text.errors().get(0).field();
		String what = "name".equals(field) ? "Namnet" : "Beskrivningen";
		NameRule.Refusal character = text.refusal();
		if (character != null) {
			return new Refusal(field,
					what + " innehåller ett tecken som inte är tillåtet (" + character.codePointLabel() + ") på plats "
							+ character.position()
							+ ", till exempel ett osynligt tecken eller ett styrtecken. Ta bort det.");
		}
		String problem = text.errors().get(0).message();
		if (problem.startsWith("is required")) {
			return new Refusal(field, what + " måste fyllas i.");
		}
		if (problem.startsWith("must be at most")) {
			return new Refusal(field, what + " är för långt: högst "
					+ ("name".equals(field) ? NameRule.MAX_NAME_LENGTH : NameRule.MAX_DESCRIPTION_LENGTH) + " tecken.");
		}
		return new Refusal(field, what + " är för långt för att bli en kod. Korta namnet.");
	}

	private static Refusal field(RightsCheck.FieldError error) {
		return switch (error.field()) {
			case "cancellableByPatient" -> new Refusal(error.field(),
					"Kan inte vara ja när typen inte är synlig för patienten: patienten kan inte avboka en tid den inte ser.");
			case "rebookableByPatient" -> new Refusal(error.field(),
					"Kan inte vara ja när typen inte är synlig för patienten: patienten kan inte omboka en tid den inte ser.");
			case "name" -> new Refusal("name", "Namnet måste innehålla en bokstav eller en siffra.");
			default -> new Refusal(error.field(), "Värdet kan inte användas.");
		};
	}

	/** The two warnings the rights check can give, in Swedish. */
	static String warning(String warning) {
		if (warning.startsWith("The name ends in")) {
			return "Namnet slutar på \"1177\" men typen är inte synlig för patienten, så patienter kan inte boka den online.";
		}
		if (warning.startsWith("The type is rebookable but not cancellable")) {
			return "Typen är ombokningsbar men inte avbokningsbar: vid ombokning lämnar patienten ändå den gamla tiden.";
		}
		return warning;
	}

	/** A time as a refusal's facts carry it: ISO-8601 with the zone's offset. */
	private static Instant instant(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}

}
