package se.pmo.tidbok.catalog;

import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * The text rule for names and descriptions of appointment types, and when two names are
 * the same name.
 * <p>
 * A text is read as Unicode NFC. White space of any kind at either end is dropped; inside
 * a name each run of space separators (the space, the no-break space, the thin space,
 * ...) becomes one space. Refused, naming the position (counted in characters of the text
 * as sent, from 1) and the code point: control characters, format characters (zero-width
 * characters, bidi overrides and isolates) and other invisible (default-ignorable)
 * characters, private-use characters, unpaired surrogates, unassigned code points, line
 * and paragraph separators; and inside a name any white space that is not a space
 * separator (a tab, a line break). A description may hold tabs and line breaks.
 * <p>
 * Two names are the same name when their {@linkplain #key(String) keys} are equal: the
 * key is case-folded, without diacritics, and mapped through Unicode's confusables
 * skeleton (UTS #39), so "Akuttid", "AKUTTID", "Äkuttid" and "Аkuttid" (with a Cyrillic
 * А) have one key. The keys are stored in PostgreSQL under a unique index, which is what
 * decides a race between two writers; a change of ICU version that changes skeletons
 * needs a migration that recomputes them ({@code SeedTests} compares the stored keys with
 * this rule).
 */
public final class NameRule {

	/** The longest name, in characters. */
	public static final int MAX_NAME_LENGTH = 200;

	/** The longest description, in characters. */
	public static final int MAX_DESCRIPTION_LENGTH = 1000;

	/**
	 * The longest key, in characters: a bound for the unique index, far above what a name
	 * of {@value #MAX_NAME_LENGTH} letters gives.
	 */
	public static final int MAX_KEY_LENGTH = 600;

	private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

	private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

	private static final SpoofChecker SKELETON = new SpoofChecker.Builder().build();

	private NameRule() {
	}

	/**
	 * A name in its stored form, or why it is refused. A blank name is accepted here as
	 * the empty string; whether a name is required is for the caller to say.
	 */
	public static Outcome name(String text) {
		return normalize(text, false);
	}

	/** A description in its stored form, or why it is refused. */
	public static Outcome description(String text) {
		return normalize(text, true);
	}

	/**
	 * The key under which names are unique: case-folded, diacritics dropped, confusable
	 * characters mapped to their prototype (the UTS #39 skeleton).
	 */
	public static String key(String name) {
		String folded = withoutMarks(UCharacter.foldCase(name, true));
		String skeleton = SKELETON.getSkeleton(folded);
		return withoutMarks(UCharacter.foldCase(skeleton, true));
	}

	private static String withoutMarks(String text) {
		String decomposed = NFD.normalize(text);
		StringBuilder kept = new StringBuilder(decomposed.length());
		decomposed.codePoints()
			.filter((c) -> UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK)
			.forEach(kept::appendCodePoint);
		return NFC.normalize(kept);
	}

	private static Outcome normalize(String text, boolean multiline) {
		int[] codePoints = text.codePoints().toArray();
		int start = 0;
		int end = codePoints.length;
		while (start < end && UCharacter.isUWhiteSpace(codePoints[start])) {
			start++;
		}
		while (end > start && UCharacter.isUWhiteSpace(codePoints[end - 1])) {
			end--;
		}
		for (int i = start; i < end; i++) {
			String reason = refusal(codePoints[i], multiline);
			if (reason != null) {
				return Outcome.refused(new Refusal(i + 1, codePoints[i], reason));
			}
		}
		String inner = NFC.normalize(new String(codePoints, start, end - start));
		if (multiline) {
			return Outcome.accepted(inner);
		}
		StringBuilder name = new StringBuilder(inner.length());
		boolean space = false;
		for (int c : inner.codePoints().toArray()) {
			if (UCharacter.getType(c) == UCharacterCategory.SPACE_SEPARATOR) {
				space = true;
				continue;
			}
			if (space) {
				name.append(' ');
				space = false;
			}
			name.appendCodePoint(c);
		}
		return Outcome.accepted(name.toString());
	}

	/** Why this character may not stand inside a text, or null when it may. */
	private static String refusal(int c, boolean multiline) {
		int type = UCharacter.getType(c);
		if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
			return null;
		}
		return switch (type) {
			case UCharacterCategory.CONTROL -> "a control character";
			case UCharacterCategory.FORMAT -> "an invisible formatting character";
			case UCharacterCategory.PRIVATE_USE -> "a private-use character";
			case UCharacterCategory.SURROGATE -> "an unpaired surrogate";
			case UCharacterCategory.UNASSIGNED -> "an unassigned code point";
			case UCharacterCategory.LINE_SEPARATOR -> "a line separator";
			case UCharacterCategory.PARAGRAPH_SEPARATOR -> "a paragraph separator";
			default -> {
				if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
					yield "an invisible character";
				}
				if (UCharacter.isUWhiteSpace(c) && type != UCharacterCategory.SPACE_SEPARATOR) {
					yield "a tab or line break";
				}
				yield null;
			}
		};
	}

	/**
	 * A text in its stored form, or the reason it is refused.
	 *
	 * @param text the normalized text, or null when refused
	 * @param refusal why the text is refused, or null when accepted
	 */
	public record Outcome(String text, Refusal refusal) {

		static Outcome accepted(String text) {
			return new Outcome(text, null);
		}

		static Outcome refused(Refusal refusal) {
			return new Outcome(null, refusal);
		}

		public boolean accepted() {
			return this.refusal == null;
		}

	}

	/**
	 * A character a text may not hold.
	 *
	 * @param position where, counted in characters of the text as sent, from 1
	 * @param codePoint the character
	 * @param reason what kind of character it is
	 */
	public record Refusal(int position, int codePoint, String reason) {

		/** The code point as written in Unicode charts, e.g. {@code U+200B}. */
		public String codePointLabel() {
			return String.format(Locale.ROOT, "U+%04X", this.codePoint);
		}

		/**
		 * E.g. "must not contain an invisible formatting character (U+200B ZERO WIDTH
		 * SPACE) at position 8".
		 */
		public String message() {
			String name = UCharacter.getName(this.codePoint);
			return "must not contain " + this.reason + " (" + codePointLabel() + ((name != null) ? " " + name : "")
					+ ") at position " + this.position;
		}

	}

}
