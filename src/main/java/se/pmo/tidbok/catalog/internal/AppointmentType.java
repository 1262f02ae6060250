package se.pmo.tidbok.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An appointment type's identity: its code, assigned once from the name and never reused,
 * and the key of its latest version's name. The database keeps the keys unique, so two
 * types never end with the same name, whatever a writer checked; its state is in its
 * versions ({@link AppointmentTypeVersion}).
 */
@Entity
@Table(name = "appointment_type")
public class AppointmentType {

	/** The unique constraint on the code. */
	public static final String UNIQUE_CODE = "appointment_type_code_key";

	/** The unique constraint on the name key of the latest version. */
	public static final String UNIQUE_NAME = "appointment_type_normalized_name_unique";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String code;

	/**
	 * The key of the latest version's name; {@code null} once the type's scheduled
	 * creation was withdrawn, which frees the name for another type.
	 */
	private String nameKey;

	protected AppointmentType() {
	}

	AppointmentType(String code) {
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	void setNameKey(String nameKey) {
		this.nameKey = nameKey;
	}

}
