package se.pmo.tidbok.pages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a public page shows the catalog as of: today means now; another day, its start
 * in Stockholm (00:00), when PMO's changes usually take effect. A day that cannot be read
 * is said next to the date control, and the page shows now.
 *
 * @param instant the instant the page shows
 * @param date the day asked for, as entered, or {@code null} for now
 * @param today whether the page shows now
 * @param error what is wrong with the day entered, or {@code null}
 * @param label the instant in Swedish
 */
record AsOf(Instant instant, String date, boolean today, String error, String label) {

	static AsOf of(String date, Instant now, ZoneId zone) {
		if (date == null || date.isBlank()) {
			return new AsOf(now, null, true, null, Swedish.time(now, zone));
		}
		try {
			LocalDate day = LocalDate.parse(date.strip());
			if (day.getYear() < 1900 || day.getYear() > 9998) {
				throw new DateTimeException("out of range");
			}
			if (day.equals(now.atZone(zone).toLocalDate())) {
				return new AsOf(now, day.toString(), true, null, Swedish.time(now, zone));
			}
			Instant start = day.atStartOfDay(zone).toInstant();
			return new AsOf(start, day.toString(), false, null, Swedish.time(start, zone));
		}
		catch (DateTimeException ex) {
			return new AsOf(now, date, true,
					"Datumet kan inte läsas. Skriv det som åååå-mm-dd, till exempel 2027-01-01.",
					Swedish.time(now, zone));
		}
	}

	/** A filter's choice: "ja", "nej", or anything else for no filter. */
	static Boolean yesNo(String value) {
		if ("ja".equals(value)) {
			return Boolean.TRUE;
		}
		return "nej".equals(value) ? Boolean.FALSE : null;
	}

}
