package se.pmo.tidbok.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An appointment type's identity and its latest version (scheduled ones included): the
 * code, assigned once from the name and never reused, and the state the next change
 * builds on. Its name key is unique among the types, which keeps two types from ending
 * with the same name; the versions themselves are in {@link CatalogVersions}.
 */
@Entity
@Table(name = "appointment_type")
public class AppointmentType {

	/** The unique constraint on the code. */
	public static final String UNIQUE_CODE = "appointment_type_code_key";

	/**
	 * The unique constraint on the normalized name key ({@link NameRule#key(String)}).
	 */
	public static final String UNIQUE_NAME = NameKeyMigration.CONSTRAINT;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	/**
	 * The name's key under which names are unique, kept by {@link #apply}; {@code null}
	 * once the type's scheduled creation was withdrawn.
	 */
	@Column(name = "name_key")
	private String nameKey;

	private String description;

	@Column(name = "visible_to_patient", nullable = false)
	private boolean visibleToPatient;

	@Column(name = "cancellable_by_patient", nullable = false)
	private boolean cancellableByPatient;

	@Column(name = "rebookable_by_patient", nullable = false)
	private boolean rebookableByPatient;

	@Column(name = "sms_reminder", nullable = false)
	private boolean smsReminder;

	@Column(name = "is_retired", nullable = false)
	private boolean retired;

	/** The number of the latest version. */
	private long version;

	protected AppointmentType() {
	}

	AppointmentType(String code) {
		this.code = code;
	}

	/** Makes this version the type's latest. */
	void apply(CatalogVersion version) {
		apply(version.details());
		this.retired = version.retired();
		this.version = version.version();
	}

	/**
	 * Leaves the type without a version: its scheduled creation was withdrawn. The code
	 * stays the type's; the name is free for another type.
	 */
	void clear() {
		this.nameKey = null;
	}

	private void apply(AppointmentTypeDetails details) {
		this.name = details.name();
		this.nameKey = NameRule.key(details.name());
		this.description = details.description();
		this.visibleToPatient = details.visibleToPatient();
		this.cancellableByPatient = details.cancellableByPatient();
		this.rebookableByPatient = details.rebookableByPatient();
		this.smsReminder = details.smsReminder();
	}

	public String getCode() {
		return this.code;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public AppointmentTypeDetails details() {
		return new AppointmentTypeDetails(this.name, this.description, this.visibleToPatient, this.cancellableByPatient,
				this.rebookableByPatient, this.smsReminder);
	}

}
