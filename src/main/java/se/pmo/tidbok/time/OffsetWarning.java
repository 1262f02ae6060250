package se.pmo.tidbok.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What a time written with an offset the zone does not have at that instant means there:
 * {@code 2027-01-01T00:00:00+02:00} is a summer offset in winter, so in Stockholm it is
 * 23:00 the day before. Such a time is taken as written (an offset is exact), and the
 * client is told.
 */
final class OffsetWarning {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	/** An offset as people write it: +00:00, not Z. */
	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

	private OffsetWarning() {
	}

	/**
	 * The warning, e.g. "'effectiveFrom' is 2027-01-01T00:00:00+02:00: +02:00 is summer
	 * time; on 2027-01-01 Stockholm is +01:00: this takes effect at 23:00 the day before
	 * (2026-12-31T23:00:00+01:00)."
	 */
	static String of(String parameter, String value, ZoneOffset written, Instant instant, ZoneId zone) {
		LocalDate meant = LocalDateTime.ofInstant(instant, written).toLocalDate();
		ZonedDateTime there = instant.atZone(zone);
		String place = place(zone);
		long days = ChronoUnit.DAYS.between(meant, there.toLocalDate());
		String day = (days == 0) ? "that day"
				: (days == -1) ? "the day before" : (days == 1) ? "the day after" : "on " + there.toLocalDate();
		return "'" + parameter + "' is " + value + ": " + OFFSET.format(written) + " is " + kind(written, instant, zone)
				+ "; on " + meant + " " + place + " is " + there.getOffset() + ": this " + verb(parameter) + " at "
				+ HOUR.format(there) + " " + day + " (" + TimeOutput.text(instant, zone) + ").";
	}

	private static String kind(ZoneOffset written, Instant instant, ZoneId zone) {
		ZoneOffset standard = zone.getRules().getStandardOffset(instant);
		if (written.equals(standard)) {
			return "winter time";
		}
		if (written.getTotalSeconds() == standard.getTotalSeconds() + 3600) {
			return "summer time";
		}
		return "not an offset of " + place(zone);
	}

	private static String verb(String parameter) {
		return "effectiveFrom".equals(parameter) ? "takes effect" : "is";
	}

	/** Europe/Stockholm is "Stockholm". */
	private static String place(ZoneId zone) {
		String id = zone.getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}

}
