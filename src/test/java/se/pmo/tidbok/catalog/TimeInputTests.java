package se.pmo.tidbok.catalog;

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

}
