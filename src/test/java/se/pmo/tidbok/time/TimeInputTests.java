package se.pmo.tidbok.time;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimeInputTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@ParameterizedTest
	@CsvSource({ "2026-03-29T10:00:00+02:00, 2026-03-29T08:00:00Z", "2026-03-29T08:00:00Z, 2026-03-29T08:00:00Z",
			"2026-03-29T10:00+02:00, 2026-03-29T08:00:00Z",
			"2026-03-29T10:00:00+02:00[Europe/Stockholm], 2026-03-29T08:00:00Z",
			// Local times are read in Stockholm: winter and summer offsets.
			"2026-03-29T10:00, 2026-03-29T08:00:00Z", "2026-03-29T01:59:59, 2026-03-29T00:59:59Z",
			"2026-03-29T03:00, 2026-03-29T01:00:00Z", "2026-10-25T01:59:59, 2026-10-24T23:59:59Z",
			"2026-10-25T03:00, 2026-10-25T02:00:00Z", "2026-01-15T12:30:45.123, 2026-01-15T11:30:45.123Z" })
	void readsOffsetAndLocalTimes(String value, Instant expected) {
		assertThat(TimeInput.parse("start", value, STOCKHOLM)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-29T02:00", "2026-03-29T02:30", "2026-03-29T02:59:59.999" })
	void refusesLocalTimesInTheSpringGap(String value) {
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeInput.parse("start", value, STOCKHOLM))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(InvalidTimeException.Reason.NONEXISTENT);
				assertThat(ex.parameter()).isEqualTo("start");
				assertThat(ex.getMessage()).contains("offset");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-10-25T02:00", "2026-10-25T02:30", "2026-10-25T02:59:59" })
	void refusesLocalTimesInTheAutumnOverlap(String value) {
		assertThatExceptionOfType(InvalidTimeException.class).isThrownBy(() -> TimeInput.parse("at", value, STOCKHOLM))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(InvalidTimeException.Reason.AMBIGUOUS);
				assertThat(ex.getMessage()).contains("+02:00").contains("+01:00");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "tomorrow", "2026-03-29", "10:00", "2026-13-01T10:00:00Z", "2026-02-30T10:00Z",
			"2026-03-29T25:00:00Z", "2026-03-29T10:00:00+25:00", "1899-12-31T23:59:59Z", "9999-06-01T00:00:00Z",
			"+999999999-12-31T23:59:59Z", "2026-03-29T10:00:00Z'; DROP TABLE appointment_type;--" })
	void refusesWhatIsNotAUsableDateTime(String value) {
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeInput.parse("start", value, STOCKHOLM))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(InvalidTimeException.Reason.INVALID));
	}

	@ParameterizedTest
	@CsvSource({ "2027-01-01, 2026-12-31T23:00:00Z", "2026-07-01, 2026-06-30T22:00:00Z",
			// The days the clocks change: their midnight is on the side it lies on.
			"2026-03-29, 2026-03-28T23:00:00Z", "2026-10-25, 2026-10-24T22:00:00Z",
			// Written as Stockholm writes it, or as UTC: nothing to warn of.
			"2027-01-01T00:00:00+01:00, 2026-12-31T23:00:00Z", "2026-07-01T00:00+02:00, 2026-06-30T22:00:00Z",
			"2027-01-01T00:00:00Z, 2027-01-01T00:00:00Z", "2027-01-01T00:00, 2026-12-31T23:00:00Z",
			"2027-01-01T00:00:00+01:00[Europe/Stockholm], 2026-12-31T23:00:00Z" })
	void readsADateAloneAsMidnightInStockholmWithoutWarnings(String value, Instant expected) {
		TimeInput.Reading reading = TimeInput.parseDayOrTime("effectiveFrom", value, STOCKHOLM);
		assertThat(reading.instant()).isEqualTo(expected);
		assertThat(reading.warnings()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"2027-01-01T00:00:00+02:00 | 2026-12-31T22:00:00Z | '+02:00 is summer time; on 2027-01-01 Stockholm "
					+ "is +01:00: this takes effect at 23:00 the day before (2026-12-31T23:00:00+01:00).'",
			"2026-07-01T00:00+01:00 | 2026-06-30T23:00:00Z | '+01:00 is winter time; on 2026-07-01 Stockholm is "
					+ "+02:00: this takes effect at 01:00 that day (2026-07-01T01:00:00+02:00).'",
			"2027-01-01T22:00:00-05:00 | 2027-01-02T03:00:00Z | '-05:00 is not an offset of Stockholm; on "
					+ "2027-01-01 Stockholm is +01:00: this takes effect at 04:00 the day after (2027-01-02T04:00:00+01:00).'",
			"2027-01-01T00:00:00-00:00 | 2027-01-01T00:00:00Z | '+00:00 is not an offset of Stockholm; on 2027-01-01 "
					+ "Stockholm is +01:00: this takes effect at 01:00 that day (2027-01-01T01:00:00+01:00).'" })
	void takesAnOffsetThatIsNotStockholmsAsWrittenAndWarnsWhatItMeansThere(String value, Instant expected,
			String warning) {
		TimeInput.Reading reading = TimeInput.parseDayOrTime("effectiveFrom", value, STOCKHOLM);
		assertThat(reading.instant()).isEqualTo(expected);
		assertThat(reading.warnings()).containsExactly("'effectiveFrom' is " + value + ": " + warning);
	}

	@ParameterizedTest
	@CsvSource({ "2026-03-08, NONEXISTENT", "2026-11-01, AMBIGUOUS", "2026-02-30, INVALID", "2026-3-08, INVALID",
			"20260308, INVALID" })
	void refusesADateWhoseMidnightIsNoUsableLocalTime(String value, InvalidTimeException.Reason reason) {
		// Havana changes its clocks at midnight.
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeInput.parseDayOrTime("asOf", value, ZoneId.of("America/Havana")))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.parameter()).isEqualTo("asOf");
			});
	}

}
