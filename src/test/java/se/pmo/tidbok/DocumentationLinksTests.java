package se.pmo.tidbok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README is the front door and {@code docs/} holds the rest: every relative link in
 * them points at a file that exists (and, into a Markdown file, at a heading it has), and
 * every document in {@code docs/} can be reached from the README.
 */
class DocumentationLinksTests {

	private static final Path README = Path.of("README.md");

	private static final Path DOCS = Path.of("docs");

	/**
	 * An inline Markdown link or image: {@code [text](target)} or {@code ![alt](target)}.
	 */
	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

	@Test
	void everyRelativeLinkPointsAtAnExistingFileAndHeading() throws IOException {
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Path document : documents()) {
			for (String target : links(document)) {
				if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
					// http:, https:, mailto: are not files of the repository.
					continue;
				}
				checked++;
				int hash = target.indexOf('#');
				String file = (hash < 0) ? target : target.substring(0, hash);
				Path linked = file.isEmpty() ? document
						: document.toAbsolutePath().getParent().resolve(file).normalize();
				if (!Files.exists(linked)) {
					broken.add(document + ": " + target + " (no such file)");
				}
				else if (hash >= 0 && linked.toString().endsWith(".md")
						&& !anchors(linked).contains(target.substring(hash + 1))) {
					broken.add(document + ": " + target + " (no such heading)");
				}
			}
		}
		assertThat(checked).as("relative links checked").isGreaterThan(20);
		assertThat(broken).as("broken links").isEmpty();
	}

	@Test
	void everyDocumentInDocsIsLinkedFromTheReadme() throws IOException {
		Set<Path> linked = new HashSet<>();
		for (String target : links(README)) {
			String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
			if (!file.isEmpty() && !file.contains(":")) {
				linked.add(Path.of(file).normalize());
			}
		}
		try (Stream<Path> files = Files.list(DOCS)) {
			List<Path> documents = files.filter((path) -> path.toString().endsWith(".md")).toList();
			assertThat(documents).isNotEmpty();
			assertThat(documents).allSatisfy((document) -> assertThat(linked).contains(document));
		}
	}

	private static List<Path> documents() throws IOException {
		List<Path> documents = new ArrayList<>(List.of(README));
		try (Stream<Path> files = Files.list(DOCS)) {
			files.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
		}
		return documents;
	}

	/** The link targets of a Markdown file, outside fenced code blocks. */
	private static List<String> links(Path document) throws IOException {
		return found(LINK, document);
	}

	/** The first group of every match of the pattern in the file's prose. */
	private static List<String> found(Pattern pattern, Path document) throws IOException {
		List<String> found = new ArrayList<>();
		for (String line : prose(document)) {
			Matcher match = pattern.matcher(line);
			while (match.find()) {
				found.add(match.group(1));
			}
		}
		return found;
	}

	/** The lines of a Markdown file outside its fenced code blocks. */
	private static List<String> prose(Path document) throws IOException {
		List<String> prose = new ArrayList<>();
		boolean inCode = false;
		for (String line : Files.readAllLines(document, StandardCharsets.UTF_8)) {
			if (line.strip().startsWith("```")) {
				inCode = !inCode;
			}
			else if (!inCode) {
				prose.add(line);
			}
		}
		return prose;
	}

	/**
	 * The anchors GitHub gives a Markdown file's headings: lower case, punctuation
	 * dropped except hyphens and underscores, spaces turned into hyphens, a repeated one
	 * numbered.
	 */
	private static Set<String> anchors(Path document) throws IOException {
		Set<String> anchors = new HashSet<>();
		for (String heading : found(HEADING, document)) {
			String anchor = heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
			String unique = anchor;
			for (int n = 1; !anchors.add(unique); n++) {
				unique = anchor + "-" + n;
			}
		}
		return anchors;
	}

}
