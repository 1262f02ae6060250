package se.pmo.tidbok.catalog;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Text rules of the catalog: the public code of a name, the folded form used by search,
 * and the Swedish alphabetical order of the PMO table.
 */
public final class SwedishText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALPHANUMERIC_RUN = Pattern.compile("[^a-z0-9]+");

	private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

	/** Letters of other scripts in Latin letters, then without diacritics. */
	private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	/**
	 * Orders names the way the PMO table does: case-insensitive, letter by letter, with
	 * Å, Ä and Ö after Z (in that order) and other accented letters with their base
	 * letter; names that differ only in case are ordered by their exact text so the order
	 * is total.
	 */
	public static final Comparator<String> ORDER = Comparator.comparing(SwedishText::collationKey)
		.thenComparing(Comparator.naturalOrder());

	private SwedishText() {
	}

	/**
	 * The public code of a name: letters of other scripts written in Latin letters (a
	 * Cyrillic А is an a, "Прием" is "priem"), lower case, diacritics dropped (å and ä
	 * become a, ö becomes o), every run of other characters replaced by one dash, no dash
	 * at either end. Returns an empty string for a name without a letter or digit.
	 */
	public static String code(String name) {
		String latin;
		synchronized (TO_LATIN) {
			latin = TO_LATIN.transliterate(name);
		}
		String folded = fold(latin);
		String dashed = NON_ALPHANUMERIC_RUN.matcher(folded).replaceAll("-");
		return EDGE_DASHES.matcher(dashed).replaceAll("");
	}

	/**
	 * The form used for search: lower case with every diacritic dropped, so that "aldre"
	 * finds "Äldremottagning" and "LAKARE" finds "Läkare".
	 */
	public static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('ø', 'o').replace("æ", "ae").replace("ß", "ss");
		return COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

	private static String collationKey(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			switch (c) {
				case 'å' -> key.append((char) ('z' + 1));
				case 'ä', 'æ' -> key.append((char) ('z' + 2));
				case 'ö', 'ø' -> key.append((char) ('z' + 3));
				default -> key.append(fold(String.valueOf(c)));
			}
		}
		return key.toString();
	}

}
