package se.pmo.tidbok.admin;

/**
 * Strong comparison of an If-Match header with a current entity tag (RFC 9110 13.1.1):
 * {@code *} matches any existing type; a weak tag never matches.
 */
final class ETags {

	private ETags() {
	}

	static boolean matches(String ifMatch, String current) {
		if (ifMatch.strip().equals("*")) {
			return true;
		}
		for (String tag : ifMatch.split(",")) {
			if (tag.strip().equals(current)) {
				return true;
			}
		}
		return false;
	}

}
