package se.pmo.tidbok.catalog;

import java.util.List;

/**
 * What one change did to the catalog.
 *
 * @param revision the catalog revision the change produced, or 0 when nothing changed
 * @param before the type's latest version before the change; {@code null} for a new type.
 * For a withdrawal, the withdrawn version.
 * @param after the version the change made; for a withdrawal, the version the type is
 * left with ({@code null} when a scheduled creation was withdrawn)
 * @param warnings what about the change a clinic may regret, though it is allowed
 */
public record CatalogChange(long revision, CatalogVersion before, CatalogVersion after, List<String> warnings) {

	static CatalogChange none(CatalogVersion current, List<String> warnings) {
		return new CatalogChange(0, current, current, warnings);
	}

	/** Whether anything changed (a write of the same values changes nothing). */
	public boolean changed() {
		return this.revision != 0;
	}

}
