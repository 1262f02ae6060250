package se.pmo.tidbok.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import se.pmo.tidbok.time.InvalidTimeException.Reason;

/**
 * Reads a time given by a client. ISO-8601 with an offset or Z is that instant. A local
 * date-time without an offset is read in the rules' zone; one that does not exist there
 * (the spring-forward gap) or occurs twice (the autumn overlap) is refused and the client
 * is asked for an offset. Where a day is what people name ({@code effectiveFrom},
 * {@code asOf}), a date alone is 00:00 in the zone that day, and an offset that is not
 * the zone's at that instant is taken as written, with a warning saying what it means
 * there ({@link #parseDayOrTime}).
 */
public final class TimeInput {

	/** The formats a time may be sent in, for the API's documentation. */
	public static final String FORMATS = "ISO-8601 with an offset or Z (2026-03-29T10:00:00+02:00); a local date-time without offset is read in Europe/Stockholm, "
			+ "and one that does not exist or occurs twice there (daylight-saving changes) is refused.";

	/** The formats of {@link #parseDayOrTime}, for the API's documentation. */
	public static final String DAY_OR_TIME_FORMATS = FORMATS
			+ " A date alone (2027-01-01) is 00:00 in Europe/Stockholm that day. An offset that is not Stockholm's at that "
			+ "instant (+02:00 in winter) is taken as written; the answer to a change warns of it.";

	private static final int MAX_LENGTH = 64;

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

	private static final String EXAMPLE = "2026-03-29T10:00:00+02:00";

	private TimeInput() {
	}

	/**
	 * A time read by {@link #parseDayOrTime}.
	 *
	 * @param instant the instant
	 * @param warnings what the client should know about how it was read; empty when the
	 * time was written as the zone writes it
	 */
	public record Reading(Instant instant, List<String> warnings) {

		/** An instant given as such (not read from text); {@code null} for none. */
		public static Reading exactly(Instant instant) {
			return (instant != null) ? new Reading(instant, List.of()) : null;
		}

	}

	public static Instant parse(String parameter, String value, ZoneId zone) {
		checked(parameter, value);
		return inRange(parameter, value, toInstant(parameter, value.strip(), zone));
	}

	/**
	 * Like {@link #parse}, and also a date alone, read as 00:00 in the zone that day (a
	 * local time, refused as such when the zone skips it or has it twice). An explicit
	 * offset other than the zone's at that instant is read as written; the reading then
	 * warns what it means in the zone.
	 */
	public static Reading parseDayOrTime(String parameter, String value, ZoneId zone) {
		checked(parameter, value);
		String text = value.strip();
		LocalDate date = CommonIsoDateTime.readDate(text);
		if (date != null) {
			return new Reading(inRange(parameter, value, local(parameter, text, date.atStartOfDay(), zone)), List.of());
		}
		Instant instant = inRange(parameter, value, toInstant(parameter, text, zone));
		ZoneOffset written = writtenOffset(text);
		ZoneOffset there = zone.getRules().getOffset(instant);
		if (written == null || written.equals(there)) {
			return new Reading(instant, List.of());
		}
		return new Reading(instant, List.of(OffsetWarning.of(parameter, text, written, instant, zone)));
	}

	private static void checked(String parameter, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidTimeException(Reason.INVALID, parameter, value,
					"'" + parameter + "' is required: an ISO-8601 date-time such as " + EXAMPLE + ".");
		}
		if (value.length() > MAX_LENGTH) {
			throw new InvalidTimeException(Reason.INVALID, parameter, null,
					"'" + parameter + "' is too long to be a date-time; send ISO-8601 such as " + EXAMPLE + ".");
		}
	}

	private static Instant inRange(String parameter, String value, Instant instant) {
		if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
			throw new InvalidTimeException(Reason.INVALID, parameter, value,
					"'" + parameter + "' must lie between the years 1900 and 9998.");
		}
		return instant;
	}

	private static TemporalAccessor read(String parameter, String value) {
		TemporalAccessor parsed = CommonIsoDateTime.read(value);
		if (parsed != null) {
			return parsed;
		}
		try {
			return DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from, LocalDateTime::from);
		}
		catch (DateTimeException ex) {
			throw new InvalidTimeException(Reason.INVALID, parameter, value, "'" + parameter
					+ "' is not an ISO-8601 date-time; send one with an offset, such as " + EXAMPLE + ".");
		}
	}

	private static Instant toInstant(String parameter, String value, ZoneId zone) {
		TemporalAccessor parsed = read(parameter, value);
		if (parsed instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (parsed instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		return local(parameter, value, (LocalDateTime) parsed, zone);
	}

	/**
	 * The offset the text was written with, or {@code null} for a local time or a region
	 * (which is the zone's own offset there).
	 */
	private static ZoneOffset writtenOffset(String value) {
		TemporalAccessor parsed = read("", value);
		if (parsed instanceof OffsetDateTime offset && !value.endsWith("Z")) {
			return offset.getOffset();
		}
		if (parsed instanceof ZonedDateTime zoned && zoned.getZone() instanceof ZoneOffset offset
				&& !value.endsWith("Z")) {
			return offset;
		}
		return null;
	}

	private static Instant local(String parameter, String value, LocalDateTime local, ZoneId zone) {
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
		if (offsets.isEmpty()) {
			throw new InvalidTimeException(Reason.NONEXISTENT, parameter, value,
					"'" + parameter + "' is " + value + ", a local time that does not exist in " + zone
							+ " (the clocks skip it when daylight saving time starts). Send the time with an offset.");
		}
		if (offsets.size() > 1) {
			throw new InvalidTimeException(Reason.AMBIGUOUS, parameter, value,
					"'" + parameter + "' is " + value + ", a local time that occurs twice in " + zone
							+ " (when daylight saving time ends). Send the time with an offset, " + offsets.get(0)
							+ " or " + offsets.get(1) + ".");
		}
		return local.toInstant(offsets.get(0));
	}

}
