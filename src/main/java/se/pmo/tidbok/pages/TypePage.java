package se.pmo.tidbok.pages;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * One type's public page: the version shown, why it is or is not bookable online, every
 * version with its interval, and its pending changes.
 *
 * @param code the type's code
 * @param shown the version in force at the page's instant, or {@code null} when the type
 * did not exist then
 * @param bookableOnline whether and why patients can book it online, in Swedish
 * @param versions every version, oldest first
 * @param pending the versions that take effect later, soonest first
 */
record TypePage(String code, AppointmentTypeDetails shown, boolean retired, String bookableOnline,
		List<Version> versions, List<Version> pending) {

	static TypePage of(String code, CatalogVersion shown, List<CatalogVersion> history,
			List<CatalogVersion> pendingAnywhere, AsOf asOf, ZoneId zone) {
		List<Version> versions = new ArrayList<>();
		List<Version> pending = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			CatalogVersion version = history.get(i);
			CatalogVersion before = (i > 0) ? history.get(i - 1) : null;
			CatalogVersion next = (i + 1 < history.size()) ? history.get(i + 1) : null;
			Version row = new Version(version.version(),
					(version.effectiveFrom() != null) ? Swedish.time(version.effectiveFrom(), zone)
							: "från början (PMO:s tabell " + Swedish.day(version.recordedAt(), zone) + ")",
					(next != null) ? Swedish.time(next.effectiveFrom(), zone) : "tills vidare", version.details(),
					version.retired(), Changes.between(before, version));
			versions.add(row);
			if (pendingAnywhere.contains(version)) {
				pending.add(row);
			}
		}
		AppointmentTypeDetails details = (shown != null) ? shown.details() : null;
		return new TypePage(code, details, shown != null && shown.retired(), online(shown), versions, pending);
	}

	private static String online(CatalogVersion shown) {
		if (shown == null || shown.retired()) {
			return "Nej: typen finns inte i katalogen vid den här tidpunkten.";
		}
		AppointmentTypeDetails type = shown.details();
		if (type.bookableOnline()) {
			return "Ja: typen är synlig för patienten och namnet slutar på \"1177\".";
		}
		return type.visibleToPatient() ? "Nej: namnet slutar inte på \"1177\"."
				: "Nej: typen är inte synlig för patienten.";
	}

	/**
	 * One version of the type.
	 *
	 * @param number the version number
	 * @param from when it takes effect, in Swedish
	 * @param until when the next one does, in Swedish
	 * @param type its name, description and rights
	 * @param retired whether it retires the type
	 * @param changes what it changed from the version before
	 */
	record Version(long number, String from, String until, AppointmentTypeDetails type, boolean retired,
			List<Changes.Change> changes) {
	}

}
