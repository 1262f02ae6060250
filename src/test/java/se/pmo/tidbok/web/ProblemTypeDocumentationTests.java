package se.pmo.tidbok.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error table of the API documentation is {@link ProblemType}'s: every problem type
 * once, with its status and title, and nothing else. A type added, renamed or given
 * another status or title without the table following fails the build.
 */
class ProblemTypeDocumentationTests {

	private static final Path DOCUMENT = Path.of("docs/api.md");

	private static final String SECTION = "## Errors";

	private static final String PREFIX = "urn:problem-type:tidbok:";

	@Test
	void theErrorTableListsEveryProblemTypeOnceWithItsStatusAndTitle() throws IOException {
		List<Row> documented = errorTable();
		List<Row> expected = Arrays.stream(ProblemType.values())
			.map((type) -> new Row(type.uri().toString().substring(PREFIX.length()), type.status().value(),
					type.title()))
			.toList();
		assertThat(documented).extracting(Row::type).doesNotHaveDuplicates();
		assertThat(documented).containsExactlyInAnyOrderElementsOf(expected);
	}

	/**
	 * The rows of the first table after the errors heading: type (in backticks), status,
	 * title, and what it means (not compared: it says more than the enum's meaning).
	 */
	private static List<Row> errorTable() throws IOException {
		List<String> lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
		int section = lines.indexOf(SECTION);
		assertThat(section).as("%s in %s", SECTION, DOCUMENT).isNotNegative();
		List<Row> rows = new ArrayList<>();
		boolean inTable = false;
		for (String line : lines.subList(section + 1, lines.size())) {
			if (line.startsWith("## ")) {
				break;
			}
			if (!line.startsWith("|")) {
				if (inTable) {
					break;
				}
				continue;
			}
			String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
			if (!inTable) {
				assertThat(cells).as("the table's header").hasSize(4);
				assertThat(cells[1].strip()).isEqualTo("status");
				assertThat(cells[2].strip()).isEqualTo("title");
				inTable = true;
				continue;
			}
			if (cells[0].strip().startsWith("---")) {
				continue;
			}
			assertThat(cells).as("a row of four cells: %s", line).hasSize(4);
			String type = cells[0].strip();
			assertThat(type).as("a type in backticks: %s", line).matches("`[a-z-]+`");
			rows.add(new Row(type.substring(1, type.length() - 1), Integer.parseInt(cells[1].strip()),
					cells[2].strip()));
		}
		return rows;
	}

	record Row(String type, int status, String title) {
	}

}
