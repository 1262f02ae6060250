package se.pmo.tidbok.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.pmo.tidbok.support.PmoTable;

import static org.assertj.core.api.Assertions.assertThat;

class SwedishTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Läkare Besök, ej akut 1177                            | lakare-besok-ej-akut-1177
					2,5 år, BVC-sköterska 1177                            | 2-5-ar-bvc-skoterska-1177
					Vaccination 18–64 år 1177                             | vaccination-18-64-ar-1177
					Astma/KOL sköterska, Telefontid, du blir uppringd 1177 | astma-kol-skoterska-telefontid-du-blir-uppringd-1177
					Vaccination 75+ 1177                                  | vaccination-75-1177
					SÄBO                                                  | sabo
					Övrigt arbete                                         | ovrigt-arbete
					'  -Café Ørsted (Å)- '                                | cafe-orsted-a
					Аkuttid                                          | akuttid
					Прием терапевта                                       | priem-terapevta
					Straße                                                | strasse
					""")
	void codeIsTheNameFoldedWithDashes(String name, String code) {
		assertThat(SwedishText.code(name)).isEqualTo(code);
	}

	@Test
	void codeOfANameWithoutLettersOrDigitsIsEmpty() {
		assertThat(SwedishText.code(" –/– ")).isEmpty();
	}

	@Test
	void everyPmoNameHasItsOwnCode() {
		List<String> codes = PmoTable.rows().stream().map((row) -> SwedishText.code(row.name())).toList();
		assertThat(new HashSet<>(codes)).hasSize(109);
	}

	@Test
	void foldIgnoresCaseAndDiacritics() {
		assertThat(SwedishText.fold("Äldremottagning 1177")).isEqualTo("aldremottagning 1177");
		assertThat(SwedishText.fold("LÄKARE")).isEqualTo(SwedishText.fold("lakare"));
	}

	@Test
	void orderSortsTheShuffledPmoTableBackIntoItsOwnOrder() {
		List<String> names = PmoTable.rows().stream().map(PmoTable.Row::name).toList();
		List<String> shuffled = new ArrayList<>(names);
		Collections.shuffle(shuffled, new Random(1177));
		shuffled.sort(SwedishText.ORDER);
		assertThat(shuffled).containsExactlyElementsOf(names);
	}

	@Test
	void orderPutsÅÄÖAfterZAndIgnoresCase() {
		List<String> names = new ArrayList<>(List.of("Öppen", "zebra", "Äldre", "åska", "Zenit", "avd"));
		names.sort(SwedishText.ORDER);
		assertThat(names).containsExactly("avd", "zebra", "Zenit", "åska", "Äldre", "Öppen");
	}

}
