package se.pmo.tidbok.changeset;

import java.util.Locale;

/**
 * A yes-or-no cell: ✓ (or ✔), Ja or true for yes; X (or ✗), Nej or false for no, in any
 * case. What PMO writes, what people type and what spreadsheets export.
 */
final class Flags {

	/** PMO's mark for yes. */
	static final String YES = "✓";

	/** PMO's mark for no. */
	static final String NO = "X";

	private Flags() {
	}

	/** The flag a cell holds, or {@code null} when it holds none. */
	static Boolean parse(String cell) {
		return switch (cell.strip().toLowerCase(Locale.ROOT)) {
			case "✓", "✔", "ja", "true" -> Boolean.TRUE;
			case "x", "✗", "nej", "false" -> Boolean.FALSE;
			default -> null;
		};
	}

}
