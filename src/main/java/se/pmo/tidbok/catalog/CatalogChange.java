package se.pmo.tidbok.catalog;

import java.util.List;

/**
 * What one change did to the catalog.
 *
 * @param revision the catalog revision the change produced, or 0 when nothing changed
 * @param before the type before the change; {@code null} for a new type
 * @param after the type after the change
 * @param warnings what about the change a clinic may regret, though it is allowed
 */
public record CatalogChange(long revision, CatalogEntry before, CatalogEntry after, List<String> warnings) {

	static CatalogChange none(CatalogEntry current, List<String> warnings) {
		return new CatalogChange(0, current, current, warnings);
	}

	/** Whether anything changed (a write of the same values changes nothing). */
	public boolean changed() {
		return this.revision != 0;
	}

}
