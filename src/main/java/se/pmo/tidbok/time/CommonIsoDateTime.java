package se.pmo.tidbok.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the shapes of ISO-8601 date-time that clients send almost always,
 * {@code 2026-03-29T10:00[:00[.123456789]][Z|+02:00]}, by hand: java.time's
 * {@code ISO_DATE_TIME} with its optional sections was most of the work of a policy
 * answer (bench/RESULTS.md). It answers exactly what {@code ISO_DATE_TIME} answers for
 * these shapes (a test compares the two) and nothing for any other text, which is then
 * read by {@code ISO_DATE_TIME}, errors included.
 */
final class CommonIsoDateTime {

	private static final int[] SCALE = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
			1_000_000_000 };

	private CommonIsoDateTime() {
	}

	/**
	 * The date-time as an {@link OffsetDateTime} (with an offset or Z) or a
	 * {@link LocalDateTime} (without), or {@code null} when the text is not one of the
	 * common shapes or not a valid date-time.
	 */
	static TemporalAccessor read(String text) {
		int length = text.length();
		if (length < 16 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		if ((year | month | day | hour | minute) < 0) {
			return null;
		}
		int position = 16;
		int second = 0;
		int nano = 0;
		if (position < length && text.charAt(position) == ':') {
			second = (position + 3 <= length) ? digits(text, position + 1, 2) : -1;
			if (second < 0) {
				return null;
			}
			position += 3;
			if (position < length && text.charAt(position) == '.') {
				int start = ++position;
				while (position < length && position - start < 9 && isDigit(text.charAt(position))) {
					nano = nano * 10 + (text.charAt(position) - '0');
					position++;
				}
				int fractionDigits = position - start;
				if (fractionDigits == 0 || (position < length && isDigit(text.charAt(position)))) {
					return null;
				}
				nano *= SCALE[9 - fractionDigits];
			}
		}
		LocalDateTime local;
		try {
			local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
		}
		catch (DateTimeException ex) {
			return null;
		}
		if (position == length) {
			return local;
		}
		if (position + 1 == length && text.charAt(position) == 'Z') {
			return OffsetDateTime.of(local, ZoneOffset.UTC);
		}
		char sign = text.charAt(position);
		if (position + 6 != length || (sign != '+' && sign != '-') || text.charAt(position + 3) != ':') {
			return null;
		}
		int offsetHours = digits(text, position + 1, 2);
		int offsetMinutes = digits(text, position + 4, 2);
		if ((offsetHours | offsetMinutes) < 0 || offsetMinutes > 59) {
			return null;
		}
		int direction = (sign == '-') ? -1 : 1;
		try {
			return OffsetDateTime.of(local,
					ZoneOffset.ofHoursMinutes(direction * offsetHours, direction * offsetMinutes));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The date of a text that is exactly {@code 2027-01-01}, as {@code ISO_LOCAL_DATE}
	 * reads it (a test compares the two), or {@code null} for any other text.
	 */
	static LocalDate readDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		if ((year | month | day) < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The number written by {@code count} digits at {@code start}, or -1. */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
