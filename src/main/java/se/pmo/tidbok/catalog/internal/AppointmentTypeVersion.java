package se.pmo.tidbok.catalog.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * One version of a type as stored: a {@link CatalogVersion} and, once a pending version
 * is withdrawn, when. Nothing else about a version ever changes.
 */
@Entity
@Table(name = "appointment_type_version")
public class AppointmentTypeVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false, updatable = false)
	private long version;

	@Column(updatable = false)
	private Instant effectiveFrom;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "catalog_revision", nullable = false, updatable = false)
	private long revision;

	@Embedded
	private AppointmentTypeDetails details;

	@Column(updatable = false)
	private String source;

	private Instant withdrawnAt;

	protected AppointmentTypeVersion() {
	}

	AppointmentTypeVersion(CatalogVersion version) {
		this.code = version.code();
		this.version = version.version();
		this.effectiveFrom = version.effectiveFrom();
		this.recordedAt = version.recordedAt();
		this.revision = version.revision();
		this.details = version.details();
		this.source = version.source();
	}

	CatalogVersion toVersion() {
		return new CatalogVersion(this.code, this.version, this.effectiveFrom, this.recordedAt, this.revision,
				this.details, this.source);
	}

	void withdraw(Instant at) {
		this.withdrawnAt = at;
	}

}
