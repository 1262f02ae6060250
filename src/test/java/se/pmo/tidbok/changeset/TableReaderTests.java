package se.pmo.tidbok.changeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.SwedishText;
import se.pmo.tidbok.support.PmoTable;
import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading and writing catalog tables, without Spring: PMO's layout as the document has
 * it, CSV and JSON, and every kind of bad input named by line, column and value.
 */
class TableReaderTests {

	private static final String HEADER = String.join("\t", TableFormat.PMO.headers());

	/** The table lines of the PMO document: its header repeated at each page break. */
	static String documentTable() {
		try (InputStream in = TableReaderTests.class.getResourceAsStream("/fixtures/pmo-tidbokstyper-1177.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return Arrays.stream(text.split("\n", -1))
				.filter((line) -> line.isEmpty() || line.split("\t", -1).length == 6)
				.collect(Collectors.joining("\n"))
				.strip() + "\n";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<CatalogVersion> seed() {
		return PmoTable.rows()
			.stream()
			.map((row) -> version(SwedishText.code(row.name()),
					new AppointmentTypeDetails(row.name(), row.description(), row.visibleToPatient(),
							row.cancellableByPatient(), row.rebookableByPatient(), row.smsReminder()),
					0))
			.toList();
	}

	private static CatalogVersion version(String code, AppointmentTypeDetails details, long version) {
		return new CatalogVersion(code, version, null, Instant.parse("2026-04-22T22:00:00Z"), 1, details, null);
	}

	@Test
	void readsTheDocumentsTableWithItsRepeatedHeadersAsTheSeededRows() {
		assertThat(documentTable()).contains("\n\n" + HEADER + "\n");
		List<TableRow> rows = read(documentTable(), TableFormat.PMO);
		assertThat(rows).hasSize(109);
		assertThat(rows).extracting(TableRow::details).containsExactlyElementsOf(seed().stream().map(CatalogVersion::details).toList());
		assertThat(rows.get(0).code()).isEqualTo("1177-direkt");
		assertThat(rows.get(0).codeGiven()).isFalse();
		assertThat(rows.get(0).line()).isEqualTo(2);
	}

	@Test
	void acceptsAByteOrderMarkCrlfLineEndsAndJaNejAndTrueFalse() {
		String table = "\uFEFF" + HEADER + "\r\nSexolog 1177\t-\tJa\tnej\tfalse\tTRUE\r\n";
		TableRow row = read(table, TableFormat.PMO).get(0);
		assertThat(row.details())
			.isEqualTo(new AppointmentTypeDetails("Sexolog 1177", null, true, false, false, true));
	}

	@Test
	void writesTheSeedInPmosLayoutExactlyAsTheDocumentHasIt() {
		String written = TableWriter.write(seed(), TableFormat.PMO);
		String document = documentTable().replaceAll("\n\n" + HEADER + "\n", "\n");
		assertThat(written.split("\n")).containsExactly(document.split("\n"));
		assertThat(written).endsWith("\n").doesNotContain("\r");
	}

	@Test
	void csvQuotesWhatNeedsItAndReadsBackTheSameRows() {
		List<CatalogVersion> entries = List.of(version("ovrigt-arbete",
				new AppointmentTypeDetails("Övrigt arbete", "Rad ett, \"citat\"\nrad två\ttab", false, false, false,
						false),
				3), seed().get(5));
		String csv = TableWriter.write(entries, TableFormat.CSV);
		assertThat(csv).startsWith("code,name,description,visibleToPatient,cancellableByPatient,rebookableByPatient,smsReminder\r\n")
			.contains("ovrigt-arbete,Övrigt arbete,\"Rad ett, \"\"citat\"\"\nrad två\ttab\",false,false,false,false\r\n");
		List<TableRow> rows = read(csv, TableFormat.CSV);
		assertThat(rows).extracting(TableRow::details)
			.containsExactly(entries.get(0).details(), entries.get(1).details());
		assertThat(rows.get(0).codeGiven()).isTrue();
		assertThat(rows.get(1).line()).isEqualTo(4);
		String tsv = TableWriter.write(entries, TableFormat.PMO);
		assertThat(read(tsv, TableFormat.PMO)).extracting(TableRow::details)
			.containsExactly(entries.get(0).details(), entries.get(1).details());
	}

	@Test
	void aFlagThatIsNoFlagNamesItsLineColumnAndValue() {
		RefusedException refused = refused(HEADER + "\nAkuttid\t-\t✓\tkanske\tX\t✓\n", TableFormat.PMO);
		assertThat(refused.refusal().problem(ZoneOffset.UTC).getType()).isEqualTo(ProblemType.INVALID_TABLE.uri());
		assertThat(refused.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 2)
			.containsEntry("column", "Avbokningsbar")
			.containsEntry("value", "kanske");
		assertThat(refused.getMessage()).contains("Line 2", "Avbokningsbar", "kanske");
	}

	@Test
	void aMissingOrUnknownHeaderListsTheExpectedOnes() {
		RefusedException missing = refused(
				"PMO Tidbokstyp\tFörtydligande beskrivning\tSynlig för patienten\tAvbokningsbar\tOmbokningsbar\nA\t-\t✓\t✓\t✓\n",
				TableFormat.PMO);
		assertThat(missing.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 1)
			.containsEntry("column", "Sms-påminnelse")
			.containsEntry("expected", TableFormat.PMO.headers());
		RefusedException unknown = refused("\n\nname,desc\n", TableFormat.CSV);
		assertThat(unknown.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 3)
			.containsEntry("column", "#2")
			.containsEntry("value", "desc")
			.containsEntry("expected", TableFormat.CSV.headers());
	}

	@Test
	void anEmptyNameOrOneTheNameRulesRefuseNamesItsLine() {
		assertThat(refused(HEADER + "\nA 1177\t-\t✓\t✓\t✓\t✓\n \t-\t✓\t✓\t✓\t✓\n", TableFormat.PMO).refusal().problem(ZoneOffset.UTC).getProperties())
			.containsEntry("line", 3)
			.containsEntry("column", "PMO Tidbokstyp")
			.containsEntry("value", "");
		RefusedException invisible = refused(HEADER + "\nAkut\u200Btid\t-\t✓\t✓\t✓\t✓\n", TableFormat.PMO);
		assertThat(invisible.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 2)
			.containsEntry("column", "PMO Tidbokstyp")
			.containsEntry("value", "Akut\u200Btid");
		assertThat(invisible.getMessage()).contains("U+200B");
	}

	@Test
	void contradictingRightsNameTheColumn() {
		assertThat(refused(HEADER + "\nAkuttid\t-\tX\t✓\tX\t✓\n", TableFormat.PMO).refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 2)
			.containsEntry("column", "Avbokningsbar")
			.containsEntry("value", "✓");
	}

	@Test
	void twoRowsWhoseNamesCollideNameBothLines() {
		RefusedException refused = refused(
				HEADER + "\nAkuttid\t-\t✓\t✓\tX\t✓\nSexolog 1177\t-\t✓\t✓\t✓\t✓\nAKUTTID \t-\t✓\t✓\tX\t✓\n",
				TableFormat.PMO);
		assertThat(refused.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("lines", List.of(2, 4)).containsEntry("line", 4);
		assertThat(refused.getMessage()).contains("Lines 2 and 4");
	}

	@Test
	void aRowWithTooFewCellsOrAnOpenQuoteNamesItsLine() {
		assertThat(refused(HEADER + "\nAkuttid\t-\t✓\t✓\n", TableFormat.PMO).refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 2)
			.containsEntry("column", "Ombokningsbar");
		assertThat(refused("name,visibleToPatient,cancellableByPatient,rebookableByPatient,smsReminder,description\n"
				+ "A,true,true,true,true,\"open\n", TableFormat.CSV)
			.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 2);
	}

	@Test
	void moreThan2000RowsOrMoreThanOneMegabyteIsTooLarge() {
		String rows = IntStream.rangeClosed(1, 2001)
			.mapToObj((i) -> "Typ " + i + "\t-\t✓\t✓\t✓\t✓")
			.collect(Collectors.joining("\n"));
		RefusedException tooMany = refused(HEADER + "\n" + rows, TableFormat.PMO);
		assertThat(tooMany.refusal().problem(ZoneOffset.UTC).getType()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE.uri());
		assertThat(tooMany.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("limit", 2000).containsEntry("size", 2001);
		byte[] huge = new byte[ChangesetTable.MAX_BYTES + 1];
		Arrays.fill(huge, (byte) ' ');
		assertThat(catchThrowableOfType(RefusedException.class, () -> ChangesetTable.read(huge,
				TableFormat.CSV))
			.refusal().problem(ZoneOffset.UTC).getType()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE.uri());
	}

	@Test
	void bytesThatAreNotUtf8NameTheirLine() {
		byte[] latin1 = (HEADER + "\nÖppen mottagning\t-\tX\tX\tX\tX\n").getBytes(StandardCharsets.ISO_8859_1);
		RefusedException refused = catchThrowableOfType(RefusedException.class,
				() -> ChangesetTable.read(latin1, TableFormat.PMO));
		assertThat(refused.refusal().problem(ZoneOffset.UTC).getType()).isEqualTo(ProblemType.INVALID_TABLE.uri());
		assertThat(refused.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 1);
	}

	@Test
	void jsonRowsTakeBooleansOrMarksAndNameTheRowAndFieldOfABadValue() {
		List<TableRow> rows = read("""
				[{"code": "sexolog-1177", "name": "Sexolog Nybesök 1177", "description": null,
				  "visibleToPatient": true, "cancellableByPatient": "✓", "rebookableByPatient": "Nej", "smsReminder": false}]""",
				TableFormat.JSON);
		assertThat(rows.get(0).code()).isEqualTo("sexolog-1177");
		assertThat(rows.get(0).details())
			.isEqualTo(new AppointmentTypeDetails("Sexolog Nybesök 1177", null, true, true, false, false));
		RefusedException refused = refused("""
				[{"name": "A 1177", "visibleToPatient": true, "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true},
				 {"name": "B 1177", "visibleToPatient": 3, "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}]""",
				TableFormat.JSON);
		assertThat(refused.refusal().problem(ZoneOffset.UTC).getProperties()).containsEntry("line", 2)
			.containsEntry("column", "visibleToPatient")
			.containsEntry("value", "3");
		assertThat(refused("[{\"name\": ", TableFormat.JSON).refusal().problem(ZoneOffset.UTC).getType()).isEqualTo(ProblemType.INVALID_TABLE.uri());
	}

	private static List<TableRow> read(String text, TableFormat format) {
		return ChangesetTable.read(text.getBytes(StandardCharsets.UTF_8), format).rows();
	}

	private static RefusedException refused(String text, TableFormat format) {
		RefusedException refused = catchThrowableOfType(RefusedException.class,
				() -> read(text, format));
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

}
