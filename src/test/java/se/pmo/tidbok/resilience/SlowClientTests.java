package se.pmo.tidbok.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send their body a byte a second, and clients that pipeline requests and
 * never read the answers, cannot starve anyone else: while 100 of each hold connections,
 * the catalog, one type, the policy endpoint and the rules keep answering correctly and
 * promptly, and the server itself closes every attacking connection within a bounded time
 * (Tomcat's 5 s connection timeout for a stalled write, the 10 s body timeout for a
 * trickled body).
 */
@IntegrationTest
class SlowClientTests {

	private static final int TRICKLERS = 100;

	private static final int NON_READERS = 100;

	private static final int PIPELINED = 400;

	/** The body timeout (10 s) plus the next byte, plus room for a loaded machine. */
	private static final Duration CLOSED_WITHIN = Duration.ofSeconds(25);

	private static final String POLICY = "/api/v1/appointment-types/lakare-besok-ej-akut-1177/policy"
			+ "?start=2026-03-29T10:00:00%2B02:00&at=2026-03-28T09:00:00%2B01:00";

	@Autowired
	Api api;

	@Test
	void tricklingAndNeverReadingClientsNeitherStarveTheReadsNorHoldTheirConnections() throws Exception {
		byte[] catalog = this.api.get("/api/v1/appointment-types").body();
		byte[] type = this.api.get("/api/v1/appointment-types/mottagningstid-med-tolk").body();
		String rules = this.api.get("/api/v1/rules").text();

		ExecutorService attackers = Executors.newVirtualThreadPerTaskExecutor();
		long attackStarted = System.nanoTime();
		List<Future<Closed>> attacks = new ArrayList<>();
		for (int i = 0; i < TRICKLERS; i++) {
			attacks.add(attackers.submit(this::trickleABody));
		}
		for (int i = 0; i < NON_READERS; i++) {
			attacks.add(attackers.submit(this::pipelineWithoutReading));
		}
		try {
			// Let every attacking connection get established and stuck first.
			Thread.sleep(2000);
			List<Long> probeMillis = new ArrayList<>();
			// The probes time the server: their answers are checked against the OpenAPI
			// document after the attack, not inside the timed reads.
			Api probe = this.api.checkingLater();
			long probeUntil = System.nanoTime() + Duration.ofSeconds(8).toNanos();
			while (System.nanoTime() < probeUntil) {
				probeMillis
					.add(timed(() -> assertThat(probe.get("/api/v1/appointment-types").body()).isEqualTo(catalog)));
				probeMillis
					.add(timed(() -> assertThat(probe.get("/api/v1/appointment-types/mottagningstid-med-tolk").body())
						.isEqualTo(type)));
				probeMillis.add(timed(() -> {
					Api.Response policy = probe.get(POLICY);
					assertThat(policy.status()).isEqualTo(200);
					assertThat(policy.json().get("cancellation").get("allowed").asBoolean()).isTrue();
				}));
				probeMillis.add(timed(() -> assertThat(probe.get("/api/v1/rules").text()).isEqualTo(rules)));
			}
			// Every read was answered, and correctly (asserted in each probe); their
			// latency, measured properly by the benchmark, is only bounded loosely here,
			// as a test shares its cores with whatever else the machine does.
			probe.checkNow();
			assertThat(probeMillis).hasSizeGreaterThan(20);
			List<Long> sorted = probeMillis.stream().sorted().toList();
			assertThat(sorted.get(sorted.size() / 2)).as("median read during the attack, ms").isLessThan(500);
			assertThat(sorted.get(sorted.size() * 9 / 10)).as("90th percentile read during the attack, ms")
				.isLessThan(2000);

			List<Closed> closed = new ArrayList<>();
			for (Future<Closed> attack : attacks) {
				closed.add(attack.get(CLOSED_WITHIN.toSeconds() + 10, TimeUnit.SECONDS));
			}
			assertThat(closed).as("every attacking connection was closed by the server")
				.allSatisfy((c) -> assertThat(c.byServer()).as(c.toString()).isTrue());
			assertThat(closed)
				.allSatisfy((c) -> assertThat(Duration.ofNanos(c.atNanos() - attackStarted)).as(c.toString())
					.isLessThan(CLOSED_WITHIN));
			assertThat(closed.subList(0, TRICKLERS)).as("trickled bodies are answered 408")
				.allSatisfy((c) -> assertThat(c.firstLine()).startsWith("HTTP/1.1 408"));
			assertThat(closed.subList(TRICKLERS, TRICKLERS + NON_READERS))
				.as("a never-reading client is cut off before it is sent all it asked for")
				.allSatisfy((c) -> assertThat(c.answers()).isLessThan(PIPELINED));
		}
		finally {
			attackers.shutdownNow();
		}
	}

	/**
	 * Sends the headers of a 10,000-byte body, then one byte a second until the server
	 * answers or closes, for at most a minute.
	 */
	private Closed trickleABody() throws IOException {
		try (Socket socket = new Socket("localhost", this.api.port())) {
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(("POST /api/v1/policy-evaluations HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n{")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			StringBuilder answer = new StringBuilder();
			for (int second = 0; second < 60; second++) {
				try {
					out.write(' ');
					out.flush();
				}
				catch (IOException ex) {
					return new Closed(true, System.nanoTime(), firstLine(answer), 0);
				}
				try {
					int b;
					while ((b = in.read()) >= 0) {
						answer.append((char) b);
					}
					return new Closed(true, System.nanoTime(), firstLine(answer), 0);
				}
				catch (SocketTimeoutException ex) {
					// Nothing yet: send the next byte.
				}
				catch (IOException ex) {
					return new Closed(true, System.nanoTime(), firstLine(answer), 0);
				}
			}
			return new Closed(false, System.nanoTime(), firstLine(answer), 0);
		}
	}

	/**
	 * Pipelines requests for the whole catalog, reads nothing for a while, then reads
	 * what the server sent until it closes, for at most a minute.
	 */
	private Closed pipelineWithoutReading() throws IOException, InterruptedException {
		try (Socket socket = new Socket("localhost", this.api.port())) {
			socket.setReceiveBufferSize(4096);
			OutputStream out = socket.getOutputStream();
			byte[] request = "GET /api/v1/appointment-types HTTP/1.1\r\nHost: localhost\r\n\r\n"
				.getBytes(StandardCharsets.US_ASCII);
			try {
				for (int i = 0; i < PIPELINED; i++) {
					out.write(request);
				}
				out.flush();
			}
			catch (IOException ex) {
				return new Closed(true, System.nanoTime(), "", 0);
			}
			// Never reading while the server is stuck on a full socket: it must give up.
			Thread.sleep(Duration.ofSeconds(12));
			socket.setSoTimeout(60_000);
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[64 * 1024];
			ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
			int answers = 0;
			StringBuilder tail = new StringBuilder();
			try {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					String chunk = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
					answers += count(chunk, "HTTP/1.1 200");
					tail.setLength(0);
					tail.append(chunk, Math.max(0, chunk.length() - 16), chunk.length());
					if (lines.isEmpty()) {
						lines.add(chunk.lines().findFirst().orElse(""));
					}
				}
			}
			catch (IOException ex) {
				// A reset after unread data: the server closed it too.
			}
			return new Closed(true, System.nanoTime(), lines.isEmpty() ? "" : lines.peek(), answers);
		}
	}

	private static int count(String text, String token) {
		int count = 0;
		for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
			count++;
		}
		return count;
	}

	private static String firstLine(StringBuilder answer) {
		return answer.toString().lines().findFirst().orElse("");
	}

	private static long timed(Runnable probe) {
		long started = System.nanoTime();
		probe.run();
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	/**
	 * How an attacking connection ended.
	 *
	 * @param byServer whether the server closed it (rather than the attacker giving up)
	 * @param atNanos when that was seen
	 * @param firstLine the status line of the answer, if any
	 * @param answers how many complete answers a pipelining client was sent
	 */
	record Closed(boolean byServer, long atNanos, String firstLine, int answers) {
	}

}
