package se.pmo.tidbok.changeset;

import java.util.List;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogRefusal;
import se.pmo.tidbok.catalog.RightsCheck;
import se.pmo.tidbok.web.RefusedException;

/**
 * A row's values as the catalog's own rules take them: the name and description
 * normalized by the name rules, and rights that do not contradict each other. A refusal
 * names the row's line and the column of the field.
 */
final class RowCheck {

	/** The fields of a type, in the order of the table's columns after the code. */
	private static final List<String> FIELDS = List.of("name", "description", "visibleToPatient",
			"cancellableByPatient", "rebookableByPatient", "smsReminder");

	private RowCheck() {
	}

	/**
	 * @param headers the table's headers
	 * @param first the index of the name's header
	 * @param flags visible, cancellable, rebookable, SMS reminder
	 */
	static AppointmentTypeDetails details(int line, List<String> headers, int first, String name, String description,
			boolean[] flags) {
		AppointmentTypeDetails details;
		try {
			details = AppointmentTypeDetails.of(name, description, flags[0], flags[1], flags[2], flags[3]);
		}
		catch (RefusedException ex) {
			if (!(ex.refusal() instanceof CatalogRefusal.InvalidText text)) {
				throw ex;
			}
			String field = text.field();
			throw refused(line, headers, first, field, field.equals("name") ? name : description, ex.getMessage());
		}
		List<RightsCheck.FieldError> errors = RightsCheck.check(details).errors();
		if (!errors.isEmpty()) {
			RightsCheck.FieldError error = errors.get(0);
			String value = flags[FIELDS.indexOf(error.field()) - 2] ? Flags.YES : Flags.NO;
			throw refused(line, headers, first, error.field(), value, "'" + error.field() + "' " + error.message() + ".");
		}
		return details;
	}

	private static RefusedException refused(int line, List<String> headers, int first, String field,
			String value, String message) {
		String column = headers.get(first + FIELDS.indexOf(field));
		return TableReader.invalid("Line " + line + ", column '" + column + "': " + message, line, column, value);
	}

}
