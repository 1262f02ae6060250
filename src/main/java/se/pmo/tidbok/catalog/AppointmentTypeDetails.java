package se.pmo.tidbok.catalog;

/**
 * What an administrator sets on a type: everything but its code.
 *
 * @param name the PMO name, as the patient sees it on 1177
 * @param description the clarifying description, or {@code null}
 * @param visibleToPatient whether the patient sees the booked time on 1177
 * @param cancellableByPatient whether the patient may cancel the time on 1177
 * @param rebookableByPatient whether the patient may rebook the time on 1177
 * @param smsReminder whether an SMS reminder goes out before the time
 */
public record AppointmentTypeDetails(String name, String description, boolean visibleToPatient,
		boolean cancellableByPatient, boolean rebookableByPatient, boolean smsReminder) {

	/** Suffix that marks a type as bookable by patients through the 1177 e-services. */
	public static final String ONLINE_BOOKING_SUFFIX = " 1177";

	/**
	 * A type is bookable through the 1177 e-services exactly when it is visible to the
	 * patient and its name ends with " 1177".
	 */
	public boolean bookableOnline() {
		return this.visibleToPatient && this.name.endsWith(ONLINE_BOOKING_SUFFIX);
	}

}
