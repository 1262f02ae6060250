package se.pmo.tidbok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import se.pmo.tidbok.time.CalendarZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's modules (catalog, policy, admin, changeset, pages, fhir, time, web,
 * config) and the rules between them: no cycles, and no module reaching into another's
 * internals. The module diagram and canvas are written to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(TidbokCatalogApplication.class);

	/** The modules that read or show times for people, in the calendar zone. */
	private static final List<String> ZONE_USERS = List.of("catalog", "admin", "policy", "changeset", "pages", "fhir",
			"config");

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		assertThat(MODULES.stream().map((module) -> module.getIdentifier().toString())).contains("catalog", "policy",
				"admin", "web", "config", "time");
		MODULES.verify();
	}

	@Test
	void theCalendarZoneIsADependencyOnTheTimeModuleThatTheModelShows() {
		assertThat(ZONE_USERS).allSatisfy((name) -> assertThat(MODULES.getModuleByName(name)
			.orElseThrow()
			.getDependencies(MODULES)
			.stream()
			.filter((dependency) -> dependency.getTargetType().isEquivalentTo(CalendarZone.class)))
			.as("%s's dependencies on CalendarZone", name)
			.isNotEmpty());
	}

	@Test
	void writesTheModuleDiagramAndCanvas() throws IOException {
		Path docs = Path.of("target", "spring-modulith-docs");
		// Files left by an earlier build must not stand in for this one's.
		FileSystemUtils.deleteRecursively(docs);
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString())).writeDocumentation();
		assertThat(docs.resolve("components.puml")).isNotEmptyFile();
		assertThat(docs.resolve("module-catalog.adoc")).isNotEmptyFile();
		assertThat(docs.resolve("module-time.adoc")).isNotEmptyFile();
		String diagram = Files.readString(docs.resolve("components.puml"));
		assertThat(ZONE_USERS).allSatisfy((name) -> assertThat(diagram)
			.containsPattern("Rel\\([\\w.]+\\." + capitalized(name) + ", [\\w.]+\\.Time, "));
	}

	private static String capitalized(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
