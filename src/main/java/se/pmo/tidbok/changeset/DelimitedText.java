package se.pmo.tidbok.changeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tab- or comma-separated text into records, as RFC 4180 reads CSV: a record per
 * line (CRLF, LF or a lone CR), a field that starts with a double quote runs to the next
 * lone double quote and may hold delimiters and line breaks ({@code ""} stands for one
 * quote). Each record keeps the line it starts on. Blank lines are left out.
 */
final class DelimitedText {

	/** A record and the line (from 1) it starts on. */
	record Line(int number, List<String> cells) {
	}

	/** Text that cannot be split: an open quote, or text after a closing one. */
	static final class Malformed extends RuntimeException {

		private final int line;

		private final int column;

		Malformed(int line, int column, String message) {
			super(message);
			this.line = line;
			this.column = column;
		}

		int line() {
			return this.line;
		}

		/** The field's position in its record, from 1. */
		int column() {
			return this.column;
		}

	}

	private DelimitedText() {
	}

	static List<Line> split(String text, char delimiter) {
		List<Line> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int line = 1;
		int start = 1;
		int i = 0;
		int n = text.length();
		boolean quotedCell = false;
		while (i < n) {
			char c = text.charAt(i);
			if (cell.isEmpty() && !quotedCell && c == '"') {
				int opened = line;
				i++;
				while (true) {
					if (i >= n) {
						throw new Malformed(opened, cells.size() + 1,
								"a quoted field opened on line " + opened + " is never closed");
					}
					char q = text.charAt(i);
					if (q == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
						cell.append('"');
						i += 2;
					}
					else if (q == '"') {
						i++;
						break;
					}
					else {
						if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
							line++;
						}
						cell.append(q);
						i++;
					}
				}
				quotedCell = true;
				if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					throw new Malformed(line, cells.size() + 1,
							"a quoted field must end at its closing quote; double a quote inside it");
				}
				continue;
			}
			if (c == delimiter) {
				cells.add(cell.toString());
				cell.setLength(0);
				quotedCell = false;
				i++;
			}
			else if (c == '\r' || c == '\n') {
				i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
				cells.add(cell.toString());
				add(lines, start, cells);
				cells = new ArrayList<>();
				cell.setLength(0);
				quotedCell = false;
				line++;
				start = line;
			}
			else {
				cell.append(c);
				i++;
			}
		}
		if (!cell.isEmpty() || !cells.isEmpty() || quotedCell) {
			cells.add(cell.toString());
			add(lines, start, cells);
		}
		return lines;
	}

	private static void add(List<Line> lines, int number, List<String> cells) {
		boolean blank = cells.stream().allMatch(String::isBlank);
		if (!blank) {
			lines.add(new Line(number, List.copyOf(cells)));
		}
	}

	/**
	 * The field as it is written in a record: quoted when it holds the delimiter or a line
	 * break, or starts with a quote; in CSV also when it holds a quote (RFC 4180).
	 */
	static String field(String value, char delimiter) {
		boolean quote = value.indexOf(delimiter) >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
				|| value.startsWith("\"") || (delimiter == ',' && value.indexOf('"') >= 0);
		if (!quote) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
