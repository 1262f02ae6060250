package se.pmo.tidbok.policy;

/**
 * An appointment of a batch that lacks what the rules need.
 */
public class InvalidAppointmentException extends RuntimeException {

	private final String field;

	InvalidAppointmentException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The field that is missing or wrong, e.g.
	 * {@code appointments[3].appointmentTypeCode}.
	 */
	public String field() {
		return this.field;
	}

}
