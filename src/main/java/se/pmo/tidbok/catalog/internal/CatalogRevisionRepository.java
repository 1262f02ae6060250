package se.pmo.tidbok.catalog.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CatalogRevisionRepository extends Repository<CatalogRevision, Short> {

	/**
	 * Moves the revision on, holding the row's lock until the transaction ends: a second
	 * writer waits here until the first has committed.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update CatalogRevision r set r.revision = r.revision + 1")
	int moveOn();

	@Query("select r.revision from CatalogRevision r")
	long revision();

	/** The revision, and PostgreSQL's clock in microseconds since the epoch. */
	@Query(value = """
			SELECT revision AS "revision",
			       CAST(extract(epoch FROM clock_timestamp()) * 1000000 AS BIGINT) AS "databaseMicros"
			FROM catalog_revision""", nativeQuery = true)
	RevisionAndClock revisionAndClock();

	interface RevisionAndClock {

		long getRevision();

		long getDatabaseMicros();

	}

}
