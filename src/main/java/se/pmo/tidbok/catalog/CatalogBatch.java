package se.pmo.tidbok.catalog;

import java.time.Instant;

/**
 * Changes made as one through {@link CatalogWrites#together}: they share one catalog
 * revision and one effective instant, and are checked by the same rules as single changes
 * (consistent rights, names and codes, changes appended to the end of each type's
 * timeline).
 */
public final class CatalogBatch {

	private final VersionRecorder writes;

	private final OpenChange change;

	private int changes;

	CatalogBatch(VersionRecorder writes, OpenChange change) {
		this.writes = writes;
		this.change = change;
	}

	/** The catalog's timeline as committed before this batch. */
	public CatalogTimeline timeline() {
		return this.change.timeline();
	}

	/** The catalog revision committed before this batch, which the batch moves on. */
	public long previousRevision() {
		return this.change.revision() - 1;
	}

	/** The catalog revision this batch makes. */
	public long revision() {
		return this.change.revision();
	}

	/** When the batch is made. */
	public Instant now() {
		return this.change.now();
	}

	/** When every change of the batch takes effect. */
	public Instant effectiveFrom() {
		return this.change.from();
	}

	/**
	 * Gives the type with this code these details and retirement state from the batch's
	 * instant, or creates it (its code then comes from the name); nothing when it has
	 * them already.
	 */
	public CatalogChange revise(String code, AppointmentTypeDetails details, boolean retired) {
		return counted(this.writes.revise(this.change, code, details, retired));
	}

	/** Withdraws the type's pending last version. */
	public CatalogChange withdraw(String code, long version) {
		return counted(this.writes.withdraw(this.change, code, version, (etag) -> true));
	}

	/** Whether the batch has changed anything. */
	boolean changed() {
		return this.changes > 0;
	}

	private CatalogChange counted(CatalogChange change) {
		if (change.changed()) {
			this.changes++;
		}
		return change;
	}

}
