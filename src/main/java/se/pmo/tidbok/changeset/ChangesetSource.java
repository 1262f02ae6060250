package se.pmo.tidbok.changeset;

import se.pmo.tidbok.web.RefusedException;

/**
 * Where a changeset's table comes from, as an administrator writes it (e.g. "PMO
 * Tidbokstyp på 1177, uppdaterad 2027-01-15"): optional, at most 200 characters, no
 * control characters; blank is none.
 */
final class ChangesetSource {

	static final int MAX_LENGTH = 200;

	private ChangesetSource() {
	}

	static String checked(String source) {
		if (source == null || source.isBlank()) {
			return null;
		}
		String text = source.strip();
		if (text.codePointCount(0, text.length()) > MAX_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
			throw new RefusedException(new ChangesetRefusal.InvalidSource(MAX_LENGTH));
		}
		return text;
	}

}
