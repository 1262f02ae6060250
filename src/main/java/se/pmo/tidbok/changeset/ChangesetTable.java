package se.pmo.tidbok.changeset;

import java.util.List;

import se.pmo.tidbok.web.RefusedException;

/**
 * A whole catalog table as it should be from one instant: every type it names, in its
 * order; a type it leaves out is to be retired.
 *
 * @param format the form it came in
 * @param rows its rows
 */
public record ChangesetTable(TableFormat format, List<TableRow> rows) {

	/** The most rows a table may have. */
	public static final int MAX_ROWS = 2000;

	/** The largest body a table may come in, in bytes (1 MB). */
	public static final int MAX_BYTES = 1024 * 1024;

	public ChangesetTable {
		rows = List.copyOf(rows);
	}

	/**
	 * Reads a table.
	 * @throws RefusedException for a body that is not a valid table: naming the
	 * line, column and value of what is wrong (400), or too large (413)
	 */
	public static ChangesetTable read(byte[] body, TableFormat format) {
		return new ChangesetTable(format, TableReader.read(body, format));
	}

}
