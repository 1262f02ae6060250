package se.pmo.tidbok.catalog;

import org.springframework.http.HttpStatus;

import se.pmo.tidbok.web.ProblemException;
import se.pmo.tidbok.web.ProblemTypes;

/**
 * No active appointment type has the given code.
 */
public class UnknownAppointmentTypeException extends ProblemException {

	public UnknownAppointmentTypeException(String code) {
		super(HttpStatus.NOT_FOUND, ProblemTypes.UNKNOWN_APPOINTMENT_TYPE, "Unknown appointment type",
				"No appointment type has the code '" + code + "'.");
		with("code", code);
	}

}
