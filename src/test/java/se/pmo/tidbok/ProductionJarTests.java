package se.pmo.tidbok;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import se.pmo.tidbok.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar that ships (what the Dockerfile and a production run start) starts on its own
 * class path against PostgreSQL and serves the catalog. The other tests run on the test
 * class path, which cannot show a dependency the jar lacks. Run by Failsafe after the jar
 * is packaged.
 */
class ProductionJarTests {

	private static final Duration READY_WITHIN = Duration.ofSeconds(120);

	@Test
	void theBuiltJarStartsAndServesTheSeededCatalog() throws Exception {
		Path jar = builtJar();
		Path log = Path.of("target", "production-jar.log");
		try (TestDatabase database = TestDatabase.start()) {
			int port = freePort();
			ProcessBuilder launch = new ProcessBuilder(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			launch.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
			launch.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
			launch.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
			launch.environment().put("SERVER_PORT", Integer.toString(port));
			launch.environment().put("MANAGEMENT_SERVER_PORT", Integer.toString(freePort()));
			Process service = launch.start();
			try {
				assertThat(waitUntilReady(port, service)).as("ready within %s; log: %s", READY_WITHIN, log).isTrue();
				HttpResponse<String> catalog = get(port, "/api/v1/appointment-types");
				assertThat(catalog.statusCode()).isEqualTo(200);
				assertThat(JsonMapper.builder().build().readTree(catalog.body()).size()).isEqualTo(109);
			}
			finally {
				service.destroy();
				if (!service.waitFor(30, TimeUnit.SECONDS)) {
					service.destroyForcibly();
				}
			}
		}
	}

	private static boolean waitUntilReady(int port, Process service) throws InterruptedException {
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline && service.isAlive()) {
			try {
				if (get(port, "/readyz").statusCode() == 200) {
					return true;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		return false;
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private static Path builtJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			List<Path> jars = files.filter((file) -> file.getFileName().toString().matches("tidbok-catalog-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
				.toList();
			assertThat(jars).as("the packaged jar in target/").hasSize(1);
			return jars.get(0);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
