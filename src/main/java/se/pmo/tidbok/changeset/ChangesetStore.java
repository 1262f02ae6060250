package se.pmo.tidbok.changeset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The changesets in PostgreSQL. Callers hold the transaction, so a changeset is written
 * with the versions and audit entries it makes.
 */
@Repository
class ChangesetStore {

	private final StoredChangesets changesets;

	private final JsonMapper json;

	ChangesetStore(StoredChangesets changesets, JsonMapper json) {
		this.changesets = changesets;
		this.json = json;
	}

	/**
	 * A changeset as stored.
	 *
	 * @param withdrawnRevision the catalog revision of its withdrawal, or {@code null}
	 */
	record Stored(long id, Instant effectiveFrom, Instant recordedAt, long revision, String actor, String source,
			ChangesetDiff diff, Instant withdrawnAt, String withdrawnBy, Long withdrawnRevision) {
	}

	long insert(Instant effectiveFrom, Instant recordedAt, long revision, String actor, String source,
			ChangesetDiff diff) {
		return this.changesets
			.saveAndFlush(new StoredChangeset(effectiveFrom, recordedAt, revision, actor, source,
					this.json.writeValueAsString(diff)))
			.getId();
	}

	Optional<Stored> find(long id) {
		return this.changesets.findById(id).map(this::stored);
	}

	/** Every changeset, the one taking effect last first. */
	List<Stored> all() {
		return this.changesets.findAllByOrderByEffectiveFromDescIdDesc().stream().map(this::stored).toList();
	}

	void withdraw(long id, Instant at, String actor, long revision) {
		this.changesets.findById(id).orElseThrow().withdraw(at, actor, revision);
	}

	private Stored stored(StoredChangeset changeset) {
		return changeset.stored(this.json.readValue(changeset.getDiff(), ChangesetDiff.class));
	}

}
