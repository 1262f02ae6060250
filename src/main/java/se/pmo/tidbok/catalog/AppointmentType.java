package se.pmo.tidbok.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One row of the PMO table. The code is assigned once, from the name, and never changes.
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

	/** The name's key under which names are unique, kept by {@link #apply}. */
	@Column(name = "name_key", nullable = false)
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

	@Version
	private long version;

	protected AppointmentType() {
	}

	public AppointmentType(String code, AppointmentTypeDetails details) {
		this.code = code;
		apply(details);
	}

	public void apply(AppointmentTypeDetails details) {
		this.name = details.name();
		this.nameKey = NameRule.key(details.name());
		this.description = details.description();
		this.visibleToPatient = details.visibleToPatient();
		this.cancellableByPatient = details.cancellableByPatient();
		this.rebookableByPatient = details.rebookableByPatient();
		this.smsReminder = details.smsReminder();
	}

	public void retire() {
		this.retired = true;
	}

	public void reinstate() {
		this.retired = false;
	}

	public String getCode() {
		return this.code;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public long getVersion() {
		return this.version;
	}

	public AppointmentTypeDetails details() {
		return new AppointmentTypeDetails(this.name, this.description, this.visibleToPatient, this.cancellableByPatient,
				this.rebookableByPatient, this.smsReminder);
	}

	/**
	 * An immutable copy of this row as it is now, safe to keep after the transaction.
	 */
	public CatalogEntry toEntry() {
		return new CatalogEntry(this.code, details(), this.retired, this.version);
	}

}
