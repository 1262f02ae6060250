package se.pmo.tidbok.changeset;

import java.util.List;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * Writes the catalog as a table: in PMO's layout (the document's six headers, {@code -}
 * for no description, ✓ and X, LF line ends, as the document has them) or as RFC 4180 CSV
 * (with the code, true and false, CRLF line ends). A field that holds the delimiter or a
 * line break is quoted, so every export reads back as the same catalog.
 */
final class TableWriter {

	private TableWriter() {
	}

	static String write(List<CatalogVersion> entries, TableFormat format) {
		if (format == TableFormat.JSON) {
			throw new IllegalArgumentException("Tables are written as TSV or CSV");
		}
		boolean pmo = format == TableFormat.PMO;
		String end = pmo ? "\n" : "\r\n";
		StringBuilder table = new StringBuilder(entries.size() * 80);
		table.append(String.join(String.valueOf(format.delimiter()), format.headers())).append(end);
		for (CatalogVersion entry : entries) {
			AppointmentTypeDetails d = entry.details();
			List<String> cells = pmo
					? List.of(d.name(), (d.description() != null) ? d.description() : "-", mark(d.visibleToPatient()),
							mark(d.cancellableByPatient()), mark(d.rebookableByPatient()), mark(d.smsReminder()))
					: List.of(entry.code(), d.name(), (d.description() != null) ? d.description() : "",
							Boolean.toString(d.visibleToPatient()), Boolean.toString(d.cancellableByPatient()),
							Boolean.toString(d.rebookableByPatient()), Boolean.toString(d.smsReminder()));
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					table.append(format.delimiter());
				}
				table.append(DelimitedText.field(cells.get(i), format.delimiter()));
			}
			table.append(end);
		}
		return table.toString();
	}

	private static String mark(boolean flag) {
		return flag ? Flags.YES : Flags.NO;
	}

}
