package se.pmo.tidbok.catalog;

/**
 * No active appointment type has the given code.
 */
public class UnknownAppointmentTypeException extends RuntimeException {

	private final String code;

	public UnknownAppointmentTypeException(String code) {
		super("No appointment type has the code '" + code + "'.");
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
