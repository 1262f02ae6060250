package se.pmo.tidbok.pages;

import se.pmo.tidbok.admin.AdminAppointmentTypeResponse;

/**
 * The console's form to retire or reinstate a type: when, and the version it was opened
 * on.
 */
public class StateForm extends When {

	private Long version;

	static StateForm of(AdminAppointmentTypeResponse type) {
		StateForm form = new StateForm();
		form.version = type.version();
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
