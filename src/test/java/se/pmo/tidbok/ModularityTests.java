package se.pmo.tidbok;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's modules (catalog, policy, admin, web, config) and the rules between
 * them: no cycles, and no module reaching into another's internals. The module diagram
 * and canvas are written to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(TidbokCatalogApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		assertThat(MODULES.stream().map((module) -> module.getIdentifier().toString())).contains("catalog", "policy",
				"admin", "web", "config");
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagramAndCanvas() throws IOException {
		Path docs = Path.of("target", "spring-modulith-docs");
		// Files left by an earlier build must not stand in for this one's.
		FileSystemUtils.deleteRecursively(docs);
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString())).writeDocumentation();
		assertThat(docs.resolve("components.puml")).isNotEmptyFile();
		assertThat(docs.resolve("module-catalog.adoc")).isNotEmptyFile();
	}

}
