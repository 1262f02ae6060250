package se.pmo.tidbok.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written reader of the common shapes answers what java.time's
 * {@code ISO_DATE_TIME} answers, over every combination of valid and invalid parts, and
 * leaves everything else to it.
 */
class CommonIsoDateTimeTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-29T10:00:00+02:00", "2026-03-29T08:00:00Z", "2026-03-29T10:00+02:00",
			"2026-03-29T10:00", "2026-03-29T10:00:00", "2026-01-15T12:30:45.123", "2026-03-22T23:59:59.999999999+01:00",
			"2026-10-25T02:30:00-00:00" })
	void readsTheCommonShapesItself(String text) {
		assertThat(CommonIsoDateTime.read(text)).isNotNull();
		assertThat(same(CommonIsoDateTime.read(text), reference(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-29T10:00:00+02:00[Europe/Stockholm]", "2026-03-29t10:00Z", "2026-03-29T10:00z",
			"2026-03-29T10:00:00+0200", "2026-03-29T10:00:00+02", "2026-03-29T10:00:00+02:00:30", "+12026-03-29T10:00Z",
			"2026-03-29", " 2026-03-29T10:00Z" })
	void leavesOtherShapesToJavaTime(String text) {
		assertThat(CommonIsoDateTime.read(text)).isNull();
	}

	@Test
	void answersWhatIsoDateTimeAnswersForEveryCombinationOfParts() {
		List<String> texts = new ArrayList<>();
		for (String year : List.of("0000", "1900", "2024", "2026", "9999", "20x6")) {
			for (String month : List.of("00", "01", "02", "12", "13")) {
				for (String day : List.of("00", "01", "28", "29", "30", "31", "32")) {
					for (String time : List.of("00:00", "23:59", "24:00", "12:60", "1:00")) {
						for (String seconds : List.of("", ":00", ":59", ":60", ":5", ":00.", ":00.1", ":00.123456789",
								":00.1234567890")) {
							for (String zone : List.of("", "Z", "+02:00", "-00:00", "-05:30", "+18:00", "+18:01",
									"+19:00", "+02:60", "+2:00", "+02:00[Europe/Stockholm]", "x")) {
								texts.add(year + "-" + month + "-" + day + "T" + time + seconds + zone);
							}
						}
					}
				}
			}
		}
		int readHere = 0;
		for (String text : texts) {
			TemporalAccessor read = CommonIsoDateTime.read(text);
			if (read != null) {
				readHere++;
				assertThat(same(read, reference(text))).as(text).isTrue();
			}
		}
		assertThat(texts).hasSize(113_400);
		assertThat(readHere).as("texts read without java.time").isGreaterThan(3_000);
	}

	@Test
	void readsADateAloneAsIsoLocalDateDoesForEveryCombinationOfParts() {
		int read = 0;
		int texts = 0;
		for (String year : List.of("0000", "1900", "2024", "2026", "9999", "20x6", "+2026", "226")) {
			for (String month : List.of("00", "01", "02", "12", "13", "1", "x1")) {
				for (String day : List.of("00", "01", "28", "29", "30", "31", "32", "1", "011")) {
					for (String tail : List.of("", " ", "T", "T00:00", "Z")) {
						String text = year + "-" + month + "-" + day + tail;
						texts++;
						LocalDate date = CommonIsoDateTime.readDate(text);
						LocalDate reference = referenceDate(text);
						if (date != null) {
							read++;
						}
						// Other shapes may be dates to java.time (+2026-01-01), never
						// here.
						assertThat(date).as(text).isEqualTo((text.length() == 10) ? reference : null);
					}
				}
			}
		}
		assertThat(texts).isEqualTo(2_520);
		assertThat(read).isGreaterThan(50);
	}

	private static LocalDate referenceDate(String text) {
		try {
			return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * What java.time makes of the text: a ZonedDateTime, a LocalDateTime, or null for an
	 * error.
	 */
	private static TemporalAccessor reference(String text) {
		try {
			return DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean same(TemporalAccessor read, TemporalAccessor reference) {
		if (read instanceof OffsetDateTime offset && reference instanceof ZonedDateTime zoned) {
			Instant instant = offset.toInstant();
			return instant.equals(zoned.toInstant()) && offset.getOffset().equals(zoned.getOffset());
		}
		return read instanceof LocalDateTime && read.equals(reference);
	}

}
