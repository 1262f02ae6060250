package se.pmo.tidbok.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * How the pages write dates, times and the catalog's words in Swedish: "1 jan 2027", "1
 * jan 2027 kl. 00:00", the six columns of PMO's table.
 */
final class Swedish {

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep",
			"okt", "nov", "dec");

	/** The audit trail's actions, as a person reads them. */
	static final Map<String, String> ACTIONS = Map.of("CREATE", "Ny typ", "UPDATE", "Ändring", "RETIRE", "Avveckling",
			"REINSTATE", "Återinförande", "CANCEL_SCHEDULED_CHANGE", "Återkallad planerad ändring");

	/** The fields of a type, by their names in the API, with PMO's column names. */
	static final Map<String, String> FIELDS = Map.of("name", "PMO Tidbokstyp", "description",
			"Förtydligande beskrivning", "visibleToPatient", "Synlig för patienten", "cancellableByPatient",
			"Avbokningsbar", "rebookableByPatient", "Ombokningsbar", "smsReminder", "Sms-påminnelse", "retired",
			"Avvecklad");

	private Swedish() {
	}

	/** "1 jan 2027"; empty for none. */
	static String day(Instant instant, ZoneId zone) {
		return (instant != null) ? day(instant.atZone(zone).toLocalDate()) : "";
	}

	static String day(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
	}

	/** "1 jan 2027 kl. 00:00", with the offset when the hour occurs twice that night. */
	static String time(Instant instant, ZoneId zone) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime local = instant.atZone(zone);
		String text = day(local.toLocalDate()) + " kl. "
				+ String.format("%02d:%02d", local.getHour(), local.getMinute());
		boolean twice = zone.getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
		return twice ? text + " (" + local.getOffset() + ")" : text;
	}

	static String yesNo(boolean value) {
		return value ? "Ja" : "Nej";
	}

}
