package se.pmo.tidbok.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes a time for a client: the instant as a date-time with the offset it has in the
 * rules' zone, so that a reader in Sweden sees the wall-clock time. The counterpart of
 * {@link TimeInput}.
 */
public final class TimeOutput {

	private TimeOutput() {
	}

	/** The instant in the zone; {@code null} (no such time) stays {@code null}. */
	public static OffsetDateTime local(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

	/**
	 * The instant in the zone as text, written as JSON answers write it
	 * ({@code 2026-03-23T00:00:00+01:00}), for messages and problem details; {@code null}
	 * stays {@code null}.
	 */
	public static String text(Instant instant, ZoneId zone) {
		return (instant != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local(instant, zone)) : null;
	}

}
