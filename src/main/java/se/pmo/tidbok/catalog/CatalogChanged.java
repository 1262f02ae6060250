package se.pmo.tidbok.catalog;

/**
 * Published inside the transaction that changed the catalog; the in-memory catalog
 * reloads once that transaction has committed.
 *
 * @param revision the catalog revision the change produced
 */
public record CatalogChanged(long revision) {
}
