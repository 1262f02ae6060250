package se.pmo.tidbok.pages;

import se.pmo.tidbok.admin.AdminAppointmentTypeResponse;
import se.pmo.tidbok.admin.AppointmentTypeRequest;

/**
 * The console's form for a type: the six fields of PMO's table, when the change takes
 * effect ({@link When}), and the version the form was opened on, so that a change made by
 * someone else meanwhile is caught instead of overwritten.
 */
public class TypeForm extends When {

	private String name = "";

	private String description = "";

	private boolean visibleToPatient;

	private boolean cancellableByPatient;

	private boolean rebookableByPatient;

	private boolean smsReminder;

	private Long version;

	static TypeForm of(AdminAppointmentTypeResponse type) {
		TypeForm form = new TypeForm();
		form.name = type.name();
		form.description = (type.description() != null) ? type.description() : "";
		form.visibleToPatient = type.visibleToPatient();
		form.cancellableByPatient = type.cancellableByPatient();
		form.rebookableByPatient = type.rebookableByPatient();
		form.smsReminder = type.smsReminder();
		form.version = type.version();
		return form;
	}

	/** The type as the service takes it; an empty description is none. */
	AppointmentTypeRequest request() {
		return new AppointmentTypeRequest(this.name, this.description.isBlank() ? null : this.description,
				this.visibleToPatient, this.cancellableByPatient, this.rebookableByPatient, this.smsReminder);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name != null) ? name : "";
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = (description != null) ? description : "";
	}

	public boolean isVisibleToPatient() {
		return this.visibleToPatient;
	}

	public void setVisibleToPatient(boolean visibleToPatient) {
		this.visibleToPatient = visibleToPatient;
	}

	public boolean isCancellableByPatient() {
		return this.cancellableByPatient;
	}

	public void setCancellableByPatient(boolean cancellableByPatient) {
		this.cancellableByPatient = cancellableByPatient;
	}

	public boolean isRebookableByPatient() {
		return this.rebookableByPatient;
	}

	public void setRebookableByPatient(boolean rebookableByPatient) {
		this.rebookableByPatient = rebookableByPatient;
	}

	public boolean isSmsReminder() {
		return this.smsReminder;
	}

	public void setSmsReminder(boolean smsReminder) {
		this.smsReminder = smsReminder;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
