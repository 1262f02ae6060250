package se.pmo.tidbok.changeset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table as a JSON array of rows, each an object with the CSV header's fields ({@code code}
 * optional). In its problems the line is the row's position in the array, from 1 (or the
 * line of the text where the JSON itself is malformed), and the column is the field.
 */
final class JsonTable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonTable() {
	}

	static List<TableReader.RawRow> rows(String text) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
			throw TableReader.invalid("The body is not valid JSON (line " + line + ").", Math.max(line, 1), null,
					null);
		}
		if (root == null || !root.isArray()) {
			throw TableReader.invalid("The body must be a JSON array of rows, one per type.", 1, null, null);
		}
		List<TableReader.RawRow> rows = new ArrayList<>();
		int position = 0;
		for (JsonNode element : root) {
			position++;
			if (!element.isObject()) {
				throw TableReader.invalid("Row " + position + " is not an object.", position, null,
						element.toString());
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : element.properties()) {
				if (!TableFormat.JSON.headers().contains(field.getKey())) {
					throw TableReader.invalid("Row " + position + ": '" + field.getKey()
							+ "' is not a field of a row; the fields are " + TableFormat.JSON.headers() + ".",
							position, field.getKey(), null, TableFormat.JSON.headers(), null);
				}
				JsonNode value = field.getValue();
				values.put(field.getKey(), value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString());
			}
			rows.add(new TableReader.RawRow(position, values));
		}
		if (rows.isEmpty()) {
			throw TableReader.invalid("The table has no rows; a table lists every type of the catalog.", 1, null,
					null);
		}
		return rows;
	}

}
