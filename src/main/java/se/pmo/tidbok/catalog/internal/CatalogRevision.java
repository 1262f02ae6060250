package se.pmo.tidbok.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The catalog revision: one row, one number, moved on in the same transaction as every
 * change to the catalog. Moving it on takes the row's lock, which serializes the writers
 * of every instance.
 */
@Entity
@Table(name = "catalog_revision")
public class CatalogRevision {

	/** The revision the seed was recorded at; every change makes a later one. */
	static final long SEED = 1;

	@Id
	private Short id;

	private long revision;

	protected CatalogRevision() {
	}

}
