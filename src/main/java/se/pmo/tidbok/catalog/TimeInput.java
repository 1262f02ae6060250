package se.pmo.tidbok.catalog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import se.pmo.tidbok.catalog.InvalidTimeException.Reason;

/**
 * Reads a time given by a client. ISO-8601 with an offset or Z is that instant. A local
 * date-time without an offset is read in the rules' zone; one that does not exist there
 * (the spring-forward gap) or occurs twice (the autumn overlap) is refused and the client
 * is asked for an offset.
 */
public final class TimeInput {

	/** The formats a time may be sent in, for the API's documentation. */
	public static final String FORMATS = "ISO-8601 with an offset or Z (2026-03-29T10:00:00+02:00); a local date-time without offset is read in Europe/Stockholm, "
			+ "and one that does not exist or occurs twice there (daylight-saving changes) is refused.";

	private static final int MAX_LENGTH = 64;

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

	private static final String EXAMPLE = "2026-03-29T10:00:00+02:00";

	private TimeInput() {
	}

	public static Instant parse(String parameter, String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			throw new InvalidTimeException(Reason.INVALID, parameter, value,
					"'" + parameter + "' is required: an ISO-8601 date-time such as " + EXAMPLE + ".");
		}
		if (value.length() > MAX_LENGTH) {
			throw new InvalidTimeException(Reason.INVALID, parameter, null,
					"'" + parameter + "' is too long to be a date-time; send ISO-8601 such as " + EXAMPLE + ".");
		}
		Instant instant = toInstant(parameter, value.strip(), zone);
		if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
			throw new InvalidTimeException(Reason.INVALID, parameter, value,
					"'" + parameter + "' must lie between the years 1900 and 9998.");
		}
		return instant;
	}

	private static Instant toInstant(String parameter, String value, ZoneId zone) {
		TemporalAccessor parsed = CommonIsoDateTime.read(value);
		if (parsed == null) {
			try {
				parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from, LocalDateTime::from);
			}
			catch (DateTimeException ex) {
				throw new InvalidTimeException(Reason.INVALID, parameter, value, "'" + parameter
						+ "' is not an ISO-8601 date-time; send one with an offset, such as " + EXAMPLE + ".");
			}
		}
		if (parsed instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (parsed instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		LocalDateTime local = (LocalDateTime) parsed;
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
