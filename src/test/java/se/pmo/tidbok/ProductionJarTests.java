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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import se.pmo.tidbok.support.JwtTestKeys;
import se.pmo.tidbok.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar that ships (what the Dockerfile and a production run start) starts on its own
 * class path against PostgreSQL and serves the catalog. The other tests run on the test
 * class path, which cannot show a dependency the jar lacks. Run by Failsafe after the jar
 * is packaged, once as shipped and once with the clock pinned as other teams' CI runs it.
 */
class ProductionJarTests {

	private static final Duration READY_WITHIN = Duration.ofSeconds(120);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theBuiltJarStartsAndServesTheSeededCatalog() throws Exception {
		Path log = Path.of("target", "production-jar.log");
		try (TestDatabase database = TestDatabase.start()) {
			int port = freePort();
			Process service = launch(database, port, freePort(), log, List.of(), Map.of());
			try {
				assertThat(waitUntilReady(port, service)).as("ready within %s; log: %s", READY_WITHIN, log).isTrue();
				HttpResponse<String> catalog = get(port, "/api/v1/appointment-types");
				assertThat(catalog.statusCode()).isEqualTo(200);
				assertThat(JSON.readTree(catalog.body()).size()).isEqualTo(109);
				assertThat(catalog.headers().firstValue("Tidbok-Clock")).isEmpty();
				assertThat(Files.readString(log)).doesNotContain("The clock is");
				// HAPI's server is initialised after ready, without waiting for a
				// request.
				assertThat(logLine(log, "A FHIR has been lit on this server"))
					.as("the FHIR servlet initialised within %s of ready; log: %s", READY_WITHIN, log)
					.isTrue();
			}
			finally {
				stop(service);
			}
		}
	}

	/**
	 * As another team's CI starts it (README, "Running it in your integration tests"):
	 * the clock pinned and adjustable by environment variables, and the bean definitions
	 * generated at build time, as the image starts it. The clock's and the reset's
	 * endpoints exist only by a property read at run time, which the build did not set.
	 */
	@Test
	void theBuiltJarWithAPinnedClockWarnsNamesItsClockAndAnswersAtThatInstant() throws Exception {
		Path log = Path.of("target", "production-jar-pinned-clock.log");
		try (TestDatabase database = TestDatabase.start()) {
			int port = freePort();
			int management = freePort();
			Process service = launch(database, port, management, log, List.of("-Dspring.aot.enabled=true"),
					Map.of("TIDBOK_CLOCK_FIXED", "2026-12-10T09:00:00+01:00", "TIDBOK_CLOCK_ADJUSTABLE", "true",
							"TIDBOK_SECURITY_USERS_0_NAME", "admin", "TIDBOK_SECURITY_USERS_0_ROLES", "CATALOG_ADMIN",
							"TIDBOK_SECURITY_USERS_0_PASSWORD_HASH",
							"{bcrypt}$2a$10$Anwtpn7NO3cuAzTVmuVx4...bTWuSqG/JfyZXPhPA6qxVMrsrXsq.",
							// Bearer tokens too, as in production: their decoder is
							// registered at
							// run time, not by the build.
							"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
							Path.of("src/test/resources/jwt/test-issuer.pub").toUri().toString(),
							"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", JwtTestKeys.AUDIENCE,
							"TIDBOK_SECURITY_JWT_ISSUER", JwtTestKeys.ISSUER));
			try {
				assertThat(waitUntilReady(port, service)).as("ready within %s; log: %s", READY_WITHIN, log).isTrue();
				assertThat(Files.readString(log)).contains("Starting AOT-processed TidbokCatalogApplication");
				assertThat(Files.readAllLines(log)).anySatisfy((line) -> assertThat(line).contains("WARN")
					.contains("The clock is adjustable (tidbok.clock.adjustable=true), standing still at "
							+ "2026-12-10T09:00:00+01:00"));
				HttpResponse<String> policy = get(port,
						"/api/v1/appointment-types/sexolog-1177/policy?start=2026-12-11T08:59:59%2B01:00");
				assertThat(policy.statusCode()).isEqualTo(200);
				assertThat(policy.headers().firstValue("Tidbok-Clock"))
					.hasValue("adjustable 2026-12-10T09:00:00+01:00");
				assertThat(JSON.readTree(policy.body()).get("evaluatedAt").asString())
					.isEqualTo("2026-12-10T09:00:00+01:00");
				assertThat(JSON.readTree(policy.body()).get("cancellation").get("reason").asString())
					.isEqualTo("CUTOFF_PASSED");
				HttpResponse<String> advanced = post(management, "/actuator/clock", "{\"advance\": \"PT2H\"}");
				assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
				assertThat(get(port, "/api/v1/rules").headers().firstValue("Tidbok-Clock"))
					.hasValue("adjustable 2026-12-10T11:00:00+01:00");
				String type = "/api/v1/admin/appointment-types/sexolog-1177";
				assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + type))
					.header("Authorization", "Bearer " + JwtTestKeys.token("ci-admin", List.of("CATALOG_ADMIN"))))
					.statusCode()).isEqualTo(200);
				assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + type))
					.header("Authorization", "Bearer " + JwtTestKeys.forgedToken("ci-admin", List.of("CATALOG_ADMIN"))))
					.statusCode()).isEqualTo(401);
				// A change through each repository, then the reset, which reads the seed
				// migration from the jar and puts it all back.
				HttpResponse<String> retired = send(
						admin(port, "/api/v1/admin/appointment-types/astma-kol-skoterska-aterbesok-1177/retirement")
							.header("If-Match", "\"0\"")
							.POST(HttpRequest.BodyPublishers.noBody()));
				assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
				assertThat(JSON
					.readTree(get(port, "/api/v1/appointment-types/astma-kol-skoterska-aterbesok-1177/history").body())
					.get("versions")
					.size()).isEqualTo(2);
				assertThat(scheduledChanges(port)).isEqualTo(1);
				assertThat(auditEvents(port)).isEqualTo(1);
				HttpResponse<String> reset = post(management, "/actuator/catalogreset", "");
				assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
				assertThat(JSON.readTree(get(port, "/api/v1/appointment-types").body()).size()).isEqualTo(109);
				assertThat(scheduledChanges(port)).isZero();
				assertThat(auditEvents(port)).isZero();
				HttpResponse<String> fhir = get(port, "/fhir/CodeSystem/pmo-tidbokstyp");
				assertThat(fhir.statusCode()).as(fhir.body()).isEqualTo(200);
				assertThat(JSON.readTree(fhir.body()).get("concept").size()).isEqualTo(109);
				// Three revision checks later (every 500 ms), each of which compares the
				// host's
				// clock with PostgreSQL's: a clock pinned days away is not a host out of
				// step.
				Thread.sleep(1500);
				assertThat(Files.readString(log)).doesNotContain("off PostgreSQL's");
			}
			finally {
				stop(service);
			}
		}
	}

	private static Process launch(TestDatabase database, int port, int managementPort, Path log,
			List<String> jvmOptions, Map<String, String> environment) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", builtJar().toString()));
		ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		launch.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
		launch.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
		launch.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
		launch.environment().put("SERVER_PORT", Integer.toString(port));
		launch.environment().put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
		launch.environment().putAll(environment);
		return launch.start();
	}

	/** Whether the log has a line with the text within {@link #READY_WITHIN}. */
	private static boolean logLine(Path log, String text) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.readString(log).contains(text)) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	private static void stop(Process service) throws InterruptedException {
		service.destroy();
		if (!service.waitFor(30, TimeUnit.SECONDS)) {
			service.destroyForcibly();
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
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
	}

	private static HttpResponse<String> post(int port, String path, String json)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A request as the consumers' test administrator (docs/consumers.md). */
	private static HttpRequest.Builder admin(int port, String path) {
		String credentials = Base64.getEncoder()
			.encodeToString("admin:local-admin-password".getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials);
	}

	private static int scheduledChanges(int port) throws IOException, InterruptedException {
		HttpResponse<String> pending = send(admin(port, "/api/v1/admin/scheduled-changes"));
		assertThat(pending.statusCode()).as(pending.body()).isEqualTo(200);
		return JSON.readTree(pending.body()).size();
	}

	private static int auditEvents(int port) throws IOException, InterruptedException {
		HttpResponse<String> audit = send(admin(port, "/api/v1/admin/audit?code=astma-kol-skoterska-aterbesok-1177"));
		assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
		return JSON.readTree(audit.body()).get("items").size();
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
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
