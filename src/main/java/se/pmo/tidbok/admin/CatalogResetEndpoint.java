package se.pmo.tidbok.admin;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.transaction.support.TransactionTemplate;

import se.pmo.tidbok.catalog.CatalogSeed;

/**
 * {@code POST /actuator/catalogreset} on the management port, while
 * {@code tidbok.clock.adjustable} is set: puts the catalog back to its seed between the
 * test cases of another team's integration tests, in one transaction. The audit trail is
 * emptied with it; every instance on the database follows as after any change.
 */
@Endpoint(id = "catalogreset")
class CatalogResetEndpoint {

	private final CatalogSeed seed;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	CatalogResetEndpoint(CatalogSeed seed, AuditTrail audit, TransactionTemplate transaction) {
		this.seed = seed;
		this.audit = audit;
		this.transaction = transaction;
	}

	@WriteOperation
	Reset reset() {
		Long revision = this.transaction.execute((status) -> this.seed.restore(this.audit::clear));
		return new Reset((revision != null) ? revision : 0);
	}

	/**
	 * @param catalogRevision the revision of the restored seed
	 */
	record Reset(long catalogRevision) {
	}

}
