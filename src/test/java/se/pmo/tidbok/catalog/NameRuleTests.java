package se.pmo.tidbok.catalog;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.pmo.tidbok.support.PmoTable;

import static org.assertj.core.api.Assertions.assertThat;

class NameRuleTests {

	@Test
	void nameIsNfcWithWhitespaceTrimmedAndInnerRunsCollapsedToOneSpace() {
		String decomposed = Normalizer.normalize("Läkare Besök, ej akut 1177", Normalizer.Form.NFD);
		assertThat(NameRule.name(decomposed).text()).isEqualTo("Läkare Besök, ej akut 1177");
		assertThat(NameRule.name("\u00A0\u3000 Akuttid\u00A0").text()).isEqualTo("Akuttid");
		assertThat(NameRule.name("\tAkuttid\n").text()).isEqualTo("Akuttid");
		assertThat(NameRule.name("Läkare \u00A0\u2009 Besök\u202F1177").text()).isEqualTo("Läkare Besök 1177");
		assertThat(NameRule.name("\u2003 ").text()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ak\u200Buttid         | 3 | U+200B | invisible formatting character
			\u202EAkuttid         | 1 | U+202E | invisible formatting character
			Aku\u2066ttid         | 4 | U+2066 | invisible formatting character
			Akut\u00ADtid         | 5 | U+00AD | invisible formatting character
			Akut\u2028tid         | 5 | U+2028 | line separator
			Akut\u2029tid         | 5 | U+2029 | paragraph separator
			Akut\u0085tid         | 5 | U+0085 | control character
			Akut\u0000tid         | 5 | U+0000 | control character
			Akut\ttid             | 5 | U+0009 | control character
			Akut\uE000tid         | 5 | U+E000 | private-use character
			Akut\u0378tid         | 5 | U+0378 | unassigned code point
			Akut\uFFFFtid         | 5 | U+FFFF | unassigned code point
			Akut\u115Ftid         | 5 | U+115F | invisible character
			Akut\uFE0Ftid         | 5 | U+FE0F | invisible character
			""")
	void invisibleControlPrivateAndUnassignedCharactersAreRefusedNamingPositionAndCodePoint(String name, int position,
			String codePoint, String reason) {
		NameRule.Outcome outcome = NameRule.name(name);
		assertThat(outcome.accepted()).isFalse();
		assertThat(outcome.refusal().position()).isEqualTo(position);
		assertThat(outcome.refusal().codePointLabel()).isEqualTo(codePoint);
		assertThat(outcome.refusal().message()).contains(reason, codePoint, "position " + position);
	}

	@Test
	void positionsCountCharactersNotUtf16Units() {
		NameRule.Outcome outcome = NameRule.name("\uD83D\uDE00 Akut\u200Btid");
		assertThat(outcome.refusal().position()).isEqualTo(7);
		assertThat(NameRule.name("Akut\uD800tid").refusal().reason()).isEqualTo("an unpaired surrogate");
	}

	@Test
	void descriptionsKeepLineBreaksAndTabsButNotOtherControls() {
		assertThat(NameRule.description(" Rad ett\nrad två\ttab ").text()).isEqualTo("Rad ett\nrad två\ttab");
		assertThat(NameRule.description("Endast\u0000remiss").refusal().position()).isEqualTo(7);
		assertThat(NameRule.description("Endast\u202Eremiss").accepted()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Akuttid                    | AKUTTID
			Akuttid                    | akuttid
			Akuttid                    | \u0410kuttid
			Akuttid                    | Äkuttid
			Läkare Besök 1177          | LAKARE BESOK 1177
			Läkare Besök 1177          | L\u0430kare Besök 1177
			Fotvård 1177               | Fotv\u0430rd 1177
			Gatan                      | Gata\u0578
			Strasse                    | Straße
			""")
	void namesThatLookAlikeShareAKey(String name, String lookAlike) {
		assertThat(NameRule.key(lookAlike)).isEqualTo(NameRule.key(name));
	}

	@Test
	void differentNamesHaveDifferentKeys() {
		assertThat(NameRule.key("Akuttid")).isNotEqualTo(NameRule.key("Akuttid 1177"));
		assertThat(NameRule.key("Läkare")).isNotEqualTo(NameRule.key("Lärare"));
	}

	@Test
	void everyPmoNameHasItsOwnKeyWithinTheLimit() {
		List<String> keys = PmoTable.rows().stream().map((row) -> NameRule.key(row.name())).toList();
		assertThat(new HashSet<>(keys)).hasSize(109);
		assertThat(keys).allSatisfy((key) -> assertThat(key.length()).isLessThanOrEqualTo(NameRule.MAX_KEY_LENGTH));
		assertThat(PmoTable.rows())
			.allSatisfy((row) -> assertThat(NameRule.name(row.name()).text()).isEqualTo(row.name()));
	}

	@Test
	void nameOfTheLongestLettersStaysWithinTheKeyLimit() {
		assertThat(NameRule.key("ß".repeat(NameRule.MAX_NAME_LENGTH)).length())
			.isLessThanOrEqualTo(NameRule.MAX_KEY_LENGTH);
	}

}
