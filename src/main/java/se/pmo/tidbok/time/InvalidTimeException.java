package se.pmo.tidbok.time;

/**
 * A time given by a client that cannot be used: missing, malformed, out of range, or a
 * local time that does not exist or occurs twice in the rules' zone.
 */
public class InvalidTimeException extends RuntimeException {

	/** What is wrong with the time. */
	public enum Reason {

		/** Missing, not ISO-8601, or outside the years the service accepts. */
		INVALID,
		/** A local time in the spring-forward gap. */
		NONEXISTENT,
		/** A local time in the autumn overlap. */
		AMBIGUOUS

	}

	private final Reason reason;

	private final String parameter;

	private final String value;

	public InvalidTimeException(Reason reason, String parameter, String value, String message) {
		super(message);
		this.reason = reason;
		this.parameter = parameter;
		this.value = value;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The parameter or field that held the time. */
	public String parameter() {
		return this.parameter;
	}

	/** The value as sent, or {@code null} when it is too long to repeat. */
	public String value() {
		return this.value;
	}

}
