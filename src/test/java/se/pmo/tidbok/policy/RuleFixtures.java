package se.pmo.tidbok.policy;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;

/**
 * Appointment types of the PMO table, as the rules see them.
 */
final class RuleFixtures {

	/** Visible, cancellable, rebookable, SMS reminder, and bookable online. */
	static final AppointmentTypeDetails LAKARE_BESOK = new AppointmentTypeDetails("Läkare Besök, ej akut 1177", null,
			true, true, true, true);

	/**
	 * Visible and cancellable but not rebookable, not bookable online (no 1177 suffix).
	 */
	static final AppointmentTypeDetails VACCINATION = new AppointmentTypeDetails("Vaccination", null, true, true, false,
			true);

	/**
	 * Never cancellable or rebookable by the patient: the clinic must cancel the
	 * interpreter.
	 */
	static final AppointmentTypeDetails MED_TOLK = new AppointmentTypeDetails("Mottagningstid med tolk", null, true,
			false, false, true);

	/** Scheduling only: nothing for the patient. */
	static final AppointmentTypeDetails DIREKT = new AppointmentTypeDetails("1177 Direkt", "Enbart för schemaläggning.",
			false, false, false, false);

	/** Ends in " 1177" but hidden from the patient, so not bookable online. */
	static final AppointmentTypeDetails HIDDEN_1177 = new AppointmentTypeDetails("Intern 1177", null, false, false,
			false, false);

	private RuleFixtures() {
	}

}
