package se.pmo.tidbok.admin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One entry of the audit trail as stored: the states before and after as JSON
 * ({@link AuditEntryResponse.AuditedState}). Entries never change.
 */
@Entity
@Table(name = "audit_event")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AuditTrail.Action action;

	@Column(nullable = false, updatable = false)
	private String appointmentTypeCode;

	@Column(name = "catalog_revision", nullable = false, updatable = false)
	private long revision;

	@Column(updatable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String beforeChange;

	@Column(updatable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String afterChange;

	@Column(updatable = false)
	private Instant effectiveFrom;

	@Column(updatable = false)
	private Long typeVersion;

	@Column(updatable = false)
	private Long changesetId;

	@Column(updatable = false)
	private String source;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditTrail.Action action, String appointmentTypeCode, long revision,
			String beforeChange, String afterChange, Instant effectiveFrom, Long typeVersion, Long changesetId,
			String source) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.appointmentTypeCode = appointmentTypeCode;
		this.revision = revision;
		this.beforeChange = beforeChange;
		this.afterChange = afterChange;
		this.effectiveFrom = effectiveFrom;
		this.typeVersion = typeVersion;
		this.changesetId = changesetId;
		this.source = source;
	}

	long getId() {
		return this.id;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	String getActor() {
		return this.actor;
	}

	AuditTrail.Action getAction() {
		return this.action;
	}

	String getAppointmentTypeCode() {
		return this.appointmentTypeCode;
	}

	long getRevision() {
		return this.revision;
	}

	String getBeforeChange() {
		return this.beforeChange;
	}

	String getAfterChange() {
		return this.afterChange;
	}

	Instant getEffectiveFrom() {
		return this.effectiveFrom;
	}

	Long getTypeVersion() {
		return this.typeVersion;
	}

	Long getChangesetId() {
		return this.changesetId;
	}

	String getSource() {
		return this.source;
	}

}
