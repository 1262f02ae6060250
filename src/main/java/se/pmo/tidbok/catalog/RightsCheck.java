package se.pmo.tidbok.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The consistency check on a written type. Refused: a type the patient may cancel or
 * rebook but cannot see (the patient could never reach the button). Warned: a name ending
 * in " 1177" on a type hidden from the patient (it will not be bookable online, which the
 * name promises), and a type rebookable but not cancellable (rebooking gives up the old
 * time, so it cancels in effect).
 */
public final class RightsCheck {

	private RightsCheck() {
	}

	public static Result check(AppointmentTypeDetails type) {
		List<FieldError> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		if (!type.visibleToPatient() && type.cancellableByPatient()) {
			errors.add(new FieldError("cancellableByPatient",
					"must be false when visibleToPatient is false: the patient cannot cancel a time they cannot see"));
		}
		if (!type.visibleToPatient() && type.rebookableByPatient()) {
			errors.add(new FieldError("rebookableByPatient",
					"must be false when visibleToPatient is false: the patient cannot rebook a time they cannot see"));
		}
		if (!type.visibleToPatient() && type.name().endsWith(AppointmentTypeDetails.ONLINE_BOOKING_SUFFIX)) {
			warnings.add("The name ends in \"" + AppointmentTypeDetails.ONLINE_BOOKING_SUFFIX.strip()
					+ "\" but the type is not visible to the patient, so patients cannot book it online.");
		}
		if (type.rebookableByPatient() && !type.cancellableByPatient()) {
			warnings.add("The type is rebookable but not cancellable by the patient; rebooking gives up the old time.");
		}
		return new Result(List.copyOf(errors), List.copyOf(warnings));
	}

	/**
	 * @param errors what is refused, by field
	 * @param warnings what is allowed but likely a mistake
	 */
	public record Result(List<FieldError> errors, List<String> warnings) {
	}

	/**
	 * @param field the field that is wrong
	 * @param message what is wrong with it
	 */
	public record FieldError(String field, String message) {
	}

}
