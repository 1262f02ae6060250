package se.pmo.tidbok.changeset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.NameRule;
import se.pmo.tidbok.catalog.SwedishText;
import se.pmo.tidbok.web.RefusedException;

/**
 * Reads a catalog table in PMO's layout, CSV or JSON into rows. Accepted: UTF-8 with or
 * without a byte order mark, CRLF or LF line ends, blank lines, and the header repeated
 * inside the table (as when it is copied across a page break). Refused, naming the line,
 * the column and the value: a missing or unknown header (listing the expected ones), a
 * row with too few or too many cells, a flag that is neither ✓/X, Ja/Nej nor true/false,
 * an empty name, a name or description the name rules refuse, contradicting rights, and
 * two rows whose names (or codes) collide, naming both lines. More than
 * {@link ChangesetTable#MAX_ROWS} rows or {@link ChangesetTable#MAX_BYTES} bytes: too
 * large.
 */
final class TableReader {

	private TableReader() {
	}

	static List<TableRow> read(byte[] body, TableFormat format) {
		if (body.length > ChangesetTable.MAX_BYTES) {
			throw new RefusedException(
					new ChangesetRefusal.TableTooLarge(true, ChangesetTable.MAX_BYTES, body.length));
		}
		String text = decode(body);
		List<RawRow> raw = (format == TableFormat.JSON) ? JsonTable.rows(text) : delimited(text, format);
		if (raw.size() > ChangesetTable.MAX_ROWS) {
			throw new RefusedException(
					new ChangesetRefusal.TableTooLarge(false, ChangesetTable.MAX_ROWS, raw.size()));
		}
		List<TableRow> rows = new ArrayList<>(raw.size());
		Map<String, Integer> lineOfKey = new HashMap<>();
		Map<String, Integer> lineOfCode = new HashMap<>();
		for (RawRow row : raw) {
			TableRow read = row.toRow(format);
			Integer other = lineOfKey.putIfAbsent(NameRule.key(read.details().name()), read.line());
			if (other == null) {
				other = lineOfCode.putIfAbsent(read.code(), read.line());
			}
			if (other != null) {
				throw collision(format, other, read);
			}
			rows.add(read);
		}
		return rows;
	}

	/** The text of a UTF-8 body, without its byte order mark. */
	static String decode(byte[] body) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(body);
		CharBuffer out = CharBuffer.allocate(body.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				line += (body[i] == '\n') ? 1 : 0;
			}
			throw invalid("Line " + line + " is not UTF-8 (byte " + (in.position() + 1)
					+ "); save the table as UTF-8 and send it again.", line, null, null);
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static List<RawRow> delimited(String text, TableFormat format) {
		List<DelimitedText.Line> lines;
		try {
			lines = DelimitedText.split(text, format.delimiter());
		}
		catch (DelimitedText.Malformed ex) {
			throw invalid("Line " + ex.line() + ": " + ex.getMessage() + ".", ex.line(), "#" + ex.column(), null);
		}
		if (lines.isEmpty()) {
			throw invalid("The table is empty; send the header " + format.headers() + " and one row per type.", 1,
					null, null, format.headers(), null);
		}
		DelimitedText.Line header = lines.get(0);
		List<String> columns = header.cells().stream().map(String::strip).toList();
		Map<String, Integer> index = headerIndex(format, header.number(), columns);
		List<RawRow> rows = new ArrayList<>();
		for (DelimitedText.Line line : lines.subList(1, lines.size())) {
			List<String> cells = line.cells().stream().map(String::strip).toList();
			if (cells.equals(columns)) {
				continue;
			}
			if (cells.size() != columns.size()) {
				String column = (cells.size() < columns.size()) ? columns.get(cells.size()) : "#" + (cells.size());
				throw invalid("Line " + line.number() + " has " + cells.size() + " cells; the header has "
						+ columns.size() + " (" + String.join(", ", columns) + ").", line.number(), column,
						String.join((format == TableFormat.PMO) ? "\t" : ",", cells));
			}
			Map<String, String> values = new LinkedHashMap<>();
			index.forEach((name, at) -> values.put(name, cells.get(at)));
			rows.add(new RawRow(line.number(), values));
		}
		if (rows.isEmpty()) {
			throw invalid("The table has a header but no rows; a table lists every type of the catalog.",
					header.number(), null, null);
		}
		return rows;
	}

	/**
	 * Where each expected header is; every one is required, in any order, except the
	 * code.
	 */
	private static Map<String, Integer> headerIndex(TableFormat format, int line, List<String> columns) {
		Map<String, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			if (!format.headers().contains(column) || index.containsKey(column)) {
				throw invalid("Line " + line + ", column " + (i + 1) + ": '" + column + "' is "
						+ (index.containsKey(column) ? "given twice" : "not a header of this table")
						+ "; the headers are " + String.join(", ", format.headers()) + ".", line, "#" + (i + 1), column,
						format.headers(), null);
			}
			index.put(column, i);
		}
		for (String expected : format.headers()) {
			boolean optional = format.carriesCode() && expected.equals("code");
			if (!optional && !index.containsKey(expected)) {
				throw invalid("Line " + line + ": the header '" + expected + "' is missing; the headers are "
						+ String.join(", ", format.headers()) + ".", line, expected, null, format.headers(), null);
			}
		}
		return index;
	}

	private static RefusedException collision(TableFormat format, int first, TableRow second) {
		String column = format.headers().get(format.carriesCode() ? 1 : 0);
		return invalid("Lines " + first + " and " + second.line()
				+ " name the same type: names are compared without regard to case, diacritics, spacing or "
				+ "look-alike characters of other scripts, and a code may stand once. Keep one of them.",
				second.line(), column, second.details().name(), null, List.of(first, second.line()));
	}

	static RefusedException invalid(String detail, int line, String column, String value) {
		return invalid(detail, line, column, value, null, null);
	}

	static RefusedException invalid(String detail, int line, String column, String value,
			List<String> expected, List<Integer> lines) {
		return new RefusedException(
				new ChangesetRefusal.InvalidTable(detail, line, column, value, expected, lines));
	}

	/**
	 * A row as read, by header name, before its values are checked.
	 *
	 * @param line where it is
	 * @param values each cell's text, or for JSON the text of each field (a JSON boolean
	 * as true or false, a missing field as {@code null})
	 */
	record RawRow(int line, Map<String, String> values) {

		TableRow toRow(TableFormat format) {
			List<String> h = format.headers();
			int first = format.carriesCode() ? 1 : 0;
			String name = values.get(h.get(first));
			if (name == null || name.isBlank()) {
				throw invalid("Line " + this.line + ": the name is empty; every row names a type.", this.line,
						h.get(first), (name != null) ? name : "");
			}
			String description = this.values.get(h.get(first + 1));
			if (description != null && (description.isBlank() || (format == TableFormat.PMO && description.equals("-")))) {
				description = null;
			}
			boolean[] flags = new boolean[4];
			for (int i = 0; i < 4; i++) {
				flags[i] = flag(h.get(first + 2 + i));
			}
			AppointmentTypeDetails details = RowCheck.details(this.line, h, first, name, description, flags);
			String givenCode = format.carriesCode() ? this.values.get(h.get(0)) : null;
			boolean codeGiven = givenCode != null && !givenCode.isBlank();
			return new TableRow(this.line, codeGiven ? givenCode.strip() : SwedishText.code(details.name()), codeGiven,
					details);
		}

		private boolean flag(String column) {
			String value = this.values.get(column);
			Boolean flag = (value != null) ? Flags.parse(value) : null;
			if (flag == null) {
				throw invalid("Line " + this.line + ", column '" + column + "': '" + ((value != null) ? value : "")
						+ "' is not a flag; write ✓ or X, Ja or Nej, true or false.", this.line, column,
						(value != null) ? value : "");
			}
			return flag;
		}

	}

}
