package se.pmo.tidbok.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import se.pmo.tidbok.web.RefusedException;

/**
 * A type's state in one version: everything an administrator sets on it but its code.
 *
 * @param name the PMO name, as the patient sees it on 1177
 * @param description the clarifying description, or {@code null}
 * @param visibleToPatient whether the patient sees the booked time on 1177
 * @param cancellableByPatient whether the patient may cancel the time on 1177
 * @param rebookableByPatient whether the patient may rebook the time on 1177
 * @param smsReminder whether an SMS reminder goes out before the time
 * @param retired whether the type is retired from the catalog
 */
@Embeddable
public record AppointmentTypeDetails(String name, String description, boolean visibleToPatient,
		boolean cancellableByPatient, boolean rebookableByPatient, boolean smsReminder,
		@Column(name = "is_retired") boolean retired) {

	/** A type in the catalog, not retired. */
	public AppointmentTypeDetails(String name, String description, boolean visibleToPatient,
			boolean cancellableByPatient, boolean rebookableByPatient, boolean smsReminder) {
		this(name, description, visibleToPatient, cancellableByPatient, rebookableByPatient, smsReminder, false);
	}

	/** Suffix that marks a type as bookable by patients through the 1177 e-services. */
	public static final String ONLINE_BOOKING_SUFFIX = " 1177";

	/**
	 * A type is bookable through the 1177 e-services exactly when it is visible to the
	 * patient and its name ends with " 1177".
	 */
	public boolean bookableOnline() {
		return this.visibleToPatient && this.name.endsWith(ONLINE_BOOKING_SUFFIX);
	}

	/** This state, retired or not. */
	public AppointmentTypeDetails withRetired(boolean retired) {
		return new AppointmentTypeDetails(this.name, this.description, this.visibleToPatient, this.cancellableByPatient,
				this.rebookableByPatient, this.smsReminder, retired);
	}

	/**
	 * A type as an administrator wrote it, not retired, with name and description in
	 * their normalized form. Refused ({@link CatalogRefusal.InvalidText}): a name or
	 * description with a character {@link NameRule} refuses, a name that is blank once
	 * normalized, and texts the database could not hold (a name, description or derived
	 * code over its length).
	 */
	public static AppointmentTypeDetails of(String rawName, String rawDescription, boolean visibleToPatient,
			boolean cancellableByPatient, boolean rebookableByPatient, boolean smsReminder) {
		NameRule.Outcome name = NameRule.name(rawName);
		if (!name.accepted()) {
			throw new RefusedException(
					new CatalogRefusal.InvalidText("name", name.refusal().message(), name.refusal()));
		}
		if (name.text().isEmpty()) {
			throw new RefusedException(new CatalogRefusal.InvalidText("name", "is required", null));
		}
		if (length(name.text()) > NameRule.MAX_NAME_LENGTH) {
			throw new RefusedException(new CatalogRefusal.InvalidText("name",
					"must be at most " + NameRule.MAX_NAME_LENGTH + " characters", null));
		}
		String description = null;
		if (rawDescription != null) {
			NameRule.Outcome checked = NameRule.description(rawDescription);
			if (!checked.accepted()) {
				throw new RefusedException(
						new CatalogRefusal.InvalidText("description", checked.refusal().message(), checked.refusal()));
			}
			if (length(checked.text()) > NameRule.MAX_DESCRIPTION_LENGTH) {
				throw new RefusedException(new CatalogRefusal.InvalidText("description",
						"must be at most " + NameRule.MAX_DESCRIPTION_LENGTH + " characters", null));
			}
			description = checked.text().isEmpty() ? null : checked.text();
		}
		String code = SwedishText.code(name.text());
		if (code.length() > NameRule.MAX_NAME_LENGTH) {
			throw new RefusedException(new CatalogRefusal.InvalidText("name", "gives a code of " + code.length()
					+ " characters; a code has at most " + NameRule.MAX_NAME_LENGTH + ", so shorten the name", null));
		}
		if (NameRule.key(name.text()).length() > NameRule.MAX_KEY_LENGTH) {
			throw new RefusedException(
					new CatalogRefusal.InvalidText("name", "is too long once normalized; shorten the name", null));
		}
		return new AppointmentTypeDetails(name.text(), description, visibleToPatient, cancellableByPatient,
				rebookableByPatient, smsReminder);
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
