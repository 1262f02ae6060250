package se.pmo.tidbok.resilience;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request line and headers that have not all arrived 10 s after their first byte close
 * the connection, however steadily they trickle (Tomcat's connection timeout of 5 s only
 * bounds each wait for the next byte): 100 connections sending a header byte every 500 ms
 * are each closed within the deadline, and the catalog answers meanwhile.
 */
@IntegrationTest
class HeaderDeadlineTests {

	private static final int TRICKLERS = 100;

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	/** The deadline checker runs every 500 ms; room for a loaded machine beyond that. */
	private static final Duration CLOSED_WITHIN = DEADLINE.plusSeconds(3);

	/** The connections are given up on here, well after they should be closed. */
	private static final Duration GIVE_UP = DEADLINE.plusSeconds(15);

	private static final byte[] REQUEST = ("GET /api/v1/appointment-types HTTP/1.1\r\nHost: localhost\r\n"
			+ "X-Trickle: " + "a".repeat(200) + "\r\n\r\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Api api;

	@Test
	void connectionsTricklingTheirHeadersAreClosedWithinTheDeadline() throws Exception {
		List<SocketChannel> connections = new ArrayList<>();
		long[] started = new long[TRICKLERS];
		long[] closed = new long[TRICKLERS];
		int[] sent = new int[TRICKLERS];
		// The catalog answers meanwhile, asked on a thread of its own so that the trickle
		// keeps its pace however long an answer takes.
		AtomicBoolean trickling = new AtomicBoolean(true);
		List<Object> answers = new ArrayList<>();
		Thread reader = Thread.ofVirtual().start(() -> {
			while (trickling.get()) {
				Object answer;
				try {
					answer = this.api.get("/api/v1/appointment-types/vaccination-1177").status();
				}
				catch (RuntimeException | AssertionError ex) {
					answer = ex.toString();
				}
				synchronized (answers) {
					answers.add(answer);
				}
			}
		});
		try {
			for (int i = 0; i < TRICKLERS; i++) {
				SocketChannel connection = SocketChannel.open(new InetSocketAddress("127.0.0.1", this.api.port()));
				connection.configureBlocking(false);
				connections.add(connection);
			}
			long giveUp = System.nanoTime() + GIVE_UP.toNanos();
			int open = TRICKLERS;
			ByteBuffer answer = ByteBuffer.allocate(4096);
			while (open > 0 && System.nanoTime() < giveUp) {
				for (int i = 0; i < TRICKLERS; i++) {
					if (closed[i] != 0) {
						continue;
					}
					try {
						answer.clear();
						if (connections.get(i).read(answer) < 0) {
							throw new IOException("closed by the server");
						}
						assertThat(answer.position()).as("an answer to headers that never ended").isZero();
						connections.get(i).write(ByteBuffer.wrap(REQUEST, sent[i] % (REQUEST.length - 4), 1));
						if (sent[i]++ == 0) {
							started[i] = System.nanoTime();
						}
					}
					catch (IOException ex) {
						closed[i] = System.nanoTime();
						open--;
					}
				}
				Thread.sleep(500);
			}
		}
		finally {
			trickling.set(false);
			reader.join(Duration.ofSeconds(30));
			for (SocketChannel connection : connections) {
				connection.close();
			}
		}
		for (int i = 0; i < TRICKLERS; i++) {
			assertThat(closed[i]).as("connection %d still open after %s", i, GIVE_UP).isPositive();
			Duration held = Duration.ofNanos(closed[i] - started[i]);
			// Closed by the deadline, not by the connection timeout for a stalled one.
			assertThat(held).as("connection %d", i).isBetween(DEADLINE.minusSeconds(1), CLOSED_WITHIN);
			assertThat(sent[i]).as("header bytes connection %d sent", i).isGreaterThan(15);
		}
		assertThat(answers).as("answers to the reads meanwhile").isNotEmpty().containsOnly(200);
	}

}
