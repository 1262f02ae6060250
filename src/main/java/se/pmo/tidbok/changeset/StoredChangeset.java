package se.pmo.tidbok.changeset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A changeset as stored: what it did (its diff, as JSON), who made it and by which
 * revision, and its withdrawal.
 */
@Entity
@Table(name = "changeset")
class StoredChangeset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant effectiveFrom;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "catalog_revision", nullable = false, updatable = false)
	private long revision;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(updatable = false)
	private String source;

	@Column(nullable = false, updatable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String diff;

	private Instant withdrawnAt;

	private String withdrawnBy;

	private Long withdrawnRevision;

	protected StoredChangeset() {
	}

	StoredChangeset(Instant effectiveFrom, Instant recordedAt, long revision, String actor, String source,
			String diff) {
		this.effectiveFrom = effectiveFrom;
		this.recordedAt = recordedAt;
		this.revision = revision;
		this.actor = actor;
		this.source = source;
		this.diff = diff;
	}

	void withdraw(Instant at, String actor, long revision) {
		this.withdrawnAt = at;
		this.withdrawnBy = actor;
		this.withdrawnRevision = revision;
	}

	ChangesetStore.Stored stored(ChangesetDiff diff) {
		return new ChangesetStore.Stored(this.id, this.effectiveFrom, this.recordedAt, this.revision, this.actor,
				this.source, diff, this.withdrawnAt, this.withdrawnBy, this.withdrawnRevision);
	}

	Long getId() {
		return this.id;
	}

	String getDiff() {
		return this.diff;
	}

}
