package se.pmo.tidbok.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The PMO source table, read from the copy kept as a test fixture: the expected content
 * of the seeded catalog, row by row.
 */
public final class PmoTable {

	private static final String FIXTURE = "/fixtures/pmo-tidbokstyper-1177.txt";

	private PmoTable() {
	}

	/** The rows of the table in its own order. */
	public static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = PmoTable.class.getResourceAsStream(FIXTURE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] columns = line.split("\t", -1);
				if (columns.length == 6 && !columns[0].equals("PMO Tidbokstyp")) {
					rows.add(new Row(columns[0], columns[1].equals("-") ? null : columns[1], flag(columns[2]),
							flag(columns[3]), flag(columns[4]), flag(columns[5])));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static boolean flag(String mark) {
		return switch (mark) {
			case "✓" -> true;
			case "X" -> false;
			default -> throw new IllegalStateException("Not a flag mark: " + mark);
		};
	}

	public record Row(String name, String description, boolean visibleToPatient, boolean cancellableByPatient,
			boolean rebookableByPatient, boolean smsReminder) {
	}

}
