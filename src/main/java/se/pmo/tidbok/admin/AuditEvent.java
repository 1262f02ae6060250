package se.pmo.tidbok.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import se.pmo.tidbok.time.TimeOutput;

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

	/** The entry as the audit trail answers it. */
	AuditEntryResponse response(ZoneId zone, Function<String, AuditEntryResponse.AuditedState> state) {
		return new AuditEntryResponse(this.id, TimeOutput.local(this.occurredAt, zone), this.actor, this.action,
				this.appointmentTypeCode, this.revision, TimeOutput.local(this.effectiveFrom, zone),
				state.apply(this.beforeChange), state.apply(this.afterChange), this.changesetId, this.source);
	}

	/** The key of the version the entry is about ({@link AuditTrail#key}). */
	String versionKey() {
		return AuditTrail.key(this.appointmentTypeCode, this.typeVersion);
	}

	String getActor() {
		return this.actor;
	}

}
