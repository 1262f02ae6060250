package se.pmo.tidbok.pages;

import java.time.Instant;
import java.time.ZoneId;

import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeInput;

/**
 * When a change from the console takes effect: now, or from a date and a time of day in
 * Stockholm. The date and time are read by the API's own {@link TimeInput}: a time the
 * clocks skip in spring is refused, and one that occurs twice in autumn needs the choice
 * of offset, which the form then offers.
 */
public class When {

	private String when = "nu";

	private String date = "";

	private String time = "00:00";

	private String offset = "";

	/**
	 * The instant entered, or {@code null} for now.
	 * @throws InvalidTimeException naming the field {@code date} or {@code time}
	 */
	Instant effectiveFrom(ZoneId zone) {
		if (!"fran".equals(this.when)) {
			return null;
		}
		if (this.date.isBlank()) {
			throw new InvalidTimeException(InvalidTimeException.Reason.INVALID, "date", null, "date is required");
		}
		String local = this.date.strip() + "T" + (this.time.isBlank() ? "00:00" : this.time.strip());
		return TimeInput.parse("time", local + this.offset.strip(), zone);
	}

	/**
	 * The two offsets of a local time that occurs twice (summer time first), to choose
	 * from; empty otherwise.
	 */
	java.util.List<String> offsetsToChoose(ZoneId zone) {
		try {
			java.time.LocalDateTime local = java.time.LocalDateTime.parse(this.date.strip() + "T" + this.time.strip());
			java.util.List<java.time.ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
			return (offsets.size() > 1) ? offsets.stream().map(java.time.ZoneOffset::getId).toList()
					: java.util.List.of();
		}
		catch (java.time.DateTimeException ex) {
			return java.util.List.of();
		}
	}

	public String getWhen() {
		return this.when;
	}

	public void setWhen(String when) {
		this.when = (when != null) ? when : "nu";
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = (date != null) ? date : "";
	}

	public String getTime() {
		return this.time;
	}

	public void setTime(String time) {
		this.time = (time != null) ? time : "";
	}

	public String getOffset() {
		return this.offset;
	}

	public void setOffset(String offset) {
		this.offset = (offset != null && offset.matches("[+-]\\d\\d:\\d\\d")) ? offset : "";
	}

}
