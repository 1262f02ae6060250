package se.pmo.tidbok.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for one test context: a Testcontainers PostgreSQL 17 when a Docker
 * engine is reachable and can provide the image (as on GitHub Actions), otherwise an
 * embedded PostgreSQL 17 from Maven Central. The choice is made once per test JVM and can
 * be forced with the system property {@value #MODE_PROPERTY} or the environment variable
 * {@value #MODE_VARIABLE} ({@code auto}, {@code container} or {@code embedded}). It can
 * be stopped and started again in place, to test a database outage.
 */
public abstract sealed class TestDatabase implements AutoCloseable {

	/** System property that forces the kind of PostgreSQL. */
	public static final String MODE_PROPERTY = "tidbok.test.database";

	/** Environment variable that forces the kind of PostgreSQL. */
	public static final String MODE_VARIABLE = "TIDBOK_TEST_DATABASE";

	static final String IMAGE = "postgres:17-alpine";

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	/** How long an engine may take to pull the image before the embedded one is used. */
	private static final long PULL_SECONDS = 90;

	private static Kind kind;

	enum Kind {

		CONTAINER, EMBEDDED

	}

	/** Starts a PostgreSQL of the kind chosen for this JVM. */
	public static TestDatabase start() {
		return (kind() == Kind.CONTAINER) ? new Container() : new Embedded();
	}

	static synchronized Kind kind() {
		if (kind == null) {
			kind = choose();
		}
		return kind;
	}

	private static Kind choose() {
		String mode = System.getProperty(MODE_PROPERTY, System.getenv().getOrDefault(MODE_VARIABLE, "auto"))
			.strip()
			.toLowerCase(Locale.ROOT);
		switch (mode) {
			case "embedded" -> {
				logger.info("Tests use the embedded PostgreSQL ({}=embedded)", MODE_PROPERTY);
				return Kind.EMBEDDED;
			}
			case "container" -> {
				logger.info("Tests use a Testcontainers PostgreSQL ({}=container)", MODE_PROPERTY);
				return Kind.CONTAINER;
			}
			case "auto", "" -> {
				return detect();
			}
			default -> throw new IllegalStateException(
					MODE_PROPERTY + " (or " + MODE_VARIABLE + ") must be auto, container or embedded, not " + mode);
		}
	}

	/**
	 * A container when an engine answers and has the image or can pull it in time;
	 * otherwise the embedded PostgreSQL, said in one line.
	 */
	private static Kind detect() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			logger.info("No Docker engine answers: tests use the embedded PostgreSQL");
			return Kind.EMBEDDED;
		}
		var docker = DockerClientFactory.instance().client();
		try {
			if (docker.listImagesCmd().withReferenceFilter(IMAGE).exec().isEmpty()
					&& !docker.pullImageCmd(IMAGE).start().awaitCompletion(PULL_SECONDS, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the pull did not finish within " + PULL_SECONDS + " s");
			}
			logger.info("Tests use a Testcontainers PostgreSQL ({})", IMAGE);
			return Kind.CONTAINER;
		}
		catch (RuntimeException ex) {
			logger.warn("The Docker engine cannot provide {} ({}): tests use the embedded PostgreSQL instead; "
					+ "set {}=container to insist on containers", IMAGE, ex.getMessage(), MODE_VARIABLE);
			return Kind.EMBEDDED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public abstract String jdbcUrl();

	public abstract String username();

	public abstract String password();

	/** Takes the database away, as an outage would; its data stays. */
	public abstract void stop();

	/**
	 * Brings the database back after {@link #stop()}, at the same address with the same
	 * data.
	 */
	public abstract void restart();

	/**
	 * Makes the database stop answering without closing a connection, as a network
	 * partition or a hung host would: connections and statements wait instead of failing.
	 */
	public abstract void freeze();

	/** Lets the database answer again after {@link #freeze()}. */
	public abstract void thaw();

	@Override
	public abstract void close();

	static final class Embedded extends TestDatabase {

		private final Path dataDirectory;

		private final int port;

		private EmbeddedPostgres postgres;

		Embedded() {
			try {
				this.dataDirectory = Files.createTempDirectory("tidbok-pg");
				this.postgres = builder().start();
				this.port = this.postgres.getPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
			}
		}

		private EmbeddedPostgres.Builder builder() {
			return EmbeddedPostgres.builder().setDataDirectory(this.dataDirectory).setCleanDataDirectory(false);
		}

		@Override
		public String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + this.port + "/postgres";
		}

		@Override
		public String username() {
			return "postgres";
		}

		@Override
		public String password() {
			return "postgres";
		}

		@Override
		public synchronized void stop() {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public synchronized void restart() {
			try {
				this.postgres = builder().setPort(this.port).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot restart the embedded PostgreSQL", ex);
			}
		}

		@Override
		public synchronized void freeze() {
			// The postmaster first, so it starts no new backend, then every backend.
			signal("STOP", processes());
		}

		@Override
		public synchronized void thaw() {
			signal("CONT", processes());
		}

		private List<ProcessHandle> processes() {
			try {
				long pid = Long
					.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).strip());
				ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
				return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void signal(String signal, List<ProcessHandle> processes) {
			List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
			processes.forEach((process) -> command.add(Long.toString(process.pid())));
			try {
				int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
				if (exit != 0) {
					throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public synchronized void close() {
			try {
				this.postgres.close();
				try (var files = Files.walk(this.dataDirectory)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	static final class Container extends TestDatabase {

		private final PostgreSQLContainer postgres = new PostgreSQLContainer(IMAGE);

		Container() {
			this.postgres.start();
		}

		@Override
		public String jdbcUrl() {
			return this.postgres.getJdbcUrl();
		}

		@Override
		public String username() {
			return this.postgres.getUsername();
		}

		@Override
		public String password() {
			return this.postgres.getPassword();
		}

		@Override
		public void stop() {
			// Pausing keeps the mapped port, so the application finds the database where
			// it was.
			this.postgres.getDockerClient().pauseContainerCmd(this.postgres.getContainerId()).exec();
		}

		@Override
		public void restart() {
			this.postgres.getDockerClient().unpauseContainerCmd(this.postgres.getContainerId()).exec();
		}

		@Override
		public void freeze() {
			stop();
		}

		@Override
		public void thaw() {
			restart();
		}

		@Override
		public void close() {
			this.postgres.stop();
		}

	}

}
