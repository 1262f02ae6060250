package se.pmo.tidbok.catalog;

import se.pmo.tidbok.web.RefusedException;

/**
 * A change to the catalog that the catalog's rules refuse, with the
 * {@link CatalogRefusal} that says why.
 */
public final class CatalogChangeRefusedException extends RefusedException {

	public CatalogChangeRefusedException(CatalogRefusal refusal) {
		super(refusal);
	}

	@Override
	public CatalogRefusal refusal() {
		return (CatalogRefusal) super.refusal();
	}

}
