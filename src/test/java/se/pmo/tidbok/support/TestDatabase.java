package se.pmo.tidbok.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for one test context: a Testcontainers PostgreSQL 17 when a Docker
 * engine is reachable (as on GitHub Actions), otherwise an embedded PostgreSQL 17 from
 * Maven Central. It can be stopped and started again in place, to test a database outage.
 */
public abstract sealed class TestDatabase implements AutoCloseable {

	/** Starts a PostgreSQL the way this machine allows. */
	public static TestDatabase start() {
		return DockerClientFactory.instance().isDockerAvailable() ? new Container() : new Embedded();
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

		private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

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
