package se.pmo.tidbok.catalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.pmo.tidbok.catalog.internal.CatalogStore;

/**
 * Puts the catalog back to the state Flyway seeds a new database with, for other teams'
 * integration tests: each type of the PMO table with the first version migration V6
 * records for a type never changed (the versions recorded at the first revision, which no
 * change alters), and its name key. Every other type, version and pending change is gone.
 * It is a change like any other: it takes the catalog's write lock by moving the revision
 * on (so caches and entity tags move on) and announces itself with
 * {@link CatalogChanged}, so this instance reloads on commit and every other instance at
 * its next revision check. It joins the caller's transaction: the reset is one commit or
 * none.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CatalogSeed {

	private final CatalogStore store;

	private final ApplicationEventPublisher events;

	CatalogSeed(CatalogStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/**
	 * Restores the seed.
	 * @param clearReferences removes what refers to the types (the audit trail); run once
	 * the write lock is held, before the types are replaced
	 * @return the catalog revision of the restored seed
	 */
	public long restore(Runnable clearReferences) {
		long revision = this.store.moveRevisionOn();
		clearReferences.run();
		this.store.restoreSeed();
		this.events.publishEvent(new CatalogChanged(revision));
		return revision;
	}

}
