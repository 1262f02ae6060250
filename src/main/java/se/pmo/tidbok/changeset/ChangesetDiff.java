package se.pmo.tidbok.changeset;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a changeset does to the catalog as it stands at the changeset's
 * {@code effectiveFrom}.
 *
 * @param created types the table adds
 * @param changed types whose name, description or rights change
 * @param retired types the table leaves out
 * @param reinstated retired types the table names again
 * @param unchanged how many rows are the type as it stands
 * @param warnings what a reviewer should look at, though it is allowed
 */
@Schema(name = "ChangesetDiff")
public record ChangesetDiff(List<TypeDiff> created, List<TypeDiff> changed, List<TypeDiff> retired,
		List<TypeDiff> reinstated, @Schema(example = "104") int unchanged, List<Warning> warnings) {

	/** Whether the changeset changes nothing. */
	public boolean empty() {
		return this.created.isEmpty() && this.changed.isEmpty() && this.retired.isEmpty()
				&& this.reinstated.isEmpty();
	}

	/** How many types the changeset changes. */
	public int size() {
		return this.created.size() + this.changed.size() + this.retired.size() + this.reinstated.size();
	}

	/**
	 * One type the changeset changes.
	 *
	 * @param code the type's code
	 * @param name its name after the change (for a retirement, the name it has)
	 * @param line the table row that asks for it; {@code null} for a retirement
	 * @param fields each field that changes; for a creation every field
	 */
	@Schema(name = "ChangesetTypeDiff")
	public record TypeDiff(@Schema(example = "sexolog-1177") String code, @Schema(example = "Sexolog 1177") String name,
			@Schema(nullable = true, example = "93") Integer line, List<FieldChange> fields) {
	}

	/**
	 * @param field the field: name, description, visibleToPatient, cancellableByPatient,
	 * rebookableByPatient or smsReminder
	 * @param before its value before, as text; {@code null} for none
	 * @param after its value after, as text; {@code null} for none
	 */
	@Schema(name = "ChangesetFieldChange")
	public record FieldChange(@Schema(example = "rebookableByPatient") String field,
			@Schema(nullable = true, example = "true") String before,
			@Schema(nullable = true, example = "false") String after) {
	}

	/**
	 * @param code the type it is about
	 * @param kind what kind of warning
	 * @param message what it means, for a person
	 */
	@Schema(name = "ChangesetWarning")
	public record Warning(@Schema(example = "sexolog-1177") String code, Kind kind,
			@Schema(example = "Sexolog 1177 will no longer be rebookable by the patient.") String message) {
	}

	/** The kinds of warning; a closed set. */
	@Schema(name = "ChangesetWarningKind")
	public enum Kind {

		/** Patients can no longer book the type through the 1177 e-services. */
		NO_LONGER_BOOKABLE_ONLINE,

		/** The patient no longer sees the booked time on 1177. */
		NO_LONGER_VISIBLE_TO_PATIENT,

		/** The patient can no longer cancel the time on 1177. */
		NO_LONGER_CANCELLABLE_BY_PATIENT,

		/** The patient can no longer rebook the time on 1177. */
		NO_LONGER_REBOOKABLE_BY_PATIENT,

		/** No SMS reminder goes out any more. */
		NO_LONGER_SMS_REMINDER,

		/** The type's rights are allowed but likely a mistake (see the message). */
		RIGHTS

	}

}
