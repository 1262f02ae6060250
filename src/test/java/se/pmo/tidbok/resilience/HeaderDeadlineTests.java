package se.pmo.tidbok.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request line and headers that have not all arrived 10 s after their first byte close
 * the connection, however steadily they trickle (Tomcat's connection timeout of 5 s only
 * bounds each wait for the next byte): 100 connections sending a header byte every 500 ms
 * and 100 sending only the empty lines allowed before a request line, a CR or LF every
 * 500 ms, are each closed within the deadline, and the catalog answers meanwhile; a
 * client asking a second apart on one connection keeps it past the deadline, and so does
 * one that waits 12 s, longer than the deadline, before its second request.
 */
@IntegrationTest
class HeaderDeadlineTests {

	/** The first half trickle a request's headers, the second half empty lines. */
	private static final int TRICKLERS = 200;

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	/** The deadline checker runs every 500 ms; room for a loaded machine beyond that. */
	private static final Duration CLOSED_WITHIN = DEADLINE.plusSeconds(3);

	/** The connections are given up on here, well after they should be closed. */
	private static final Duration GIVE_UP = DEADLINE.plusSeconds(15);

	private static final byte[] REQUEST = ("GET /api/v1/appointment-types HTTP/1.1\r\nHost: localhost\r\n"
			+ "X-Trickle: " + "a".repeat(200) + "\r\n\r\n")
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EMPTY_LINE = "\r\n".getBytes(StandardCharsets.US_ASCII);

	private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

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
		// A client that waits a second between its requests on one connection is no
		// trickler: its connection outlives the deadline. Nor is one that waits longer
		// than
		// the deadline (12 s) and less than the keep-alive timeout (20 s) before its
		// second.
		List<String> kept = new ArrayList<>();
		Thread keepingAlive = Thread.ofVirtual()
			.start(() -> askOnOneConnection(trickling::get, Duration.ofSeconds(1), kept));
		List<String> idle = new ArrayList<>();
		Thread idling = Thread.ofVirtual()
			.start(() -> askOnOneConnection(() -> idle.size() < 2, Duration.ofSeconds(12), idle));
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
						ByteBuffer next = (i < TRICKLERS / 2)
								? ByteBuffer.wrap(REQUEST, sent[i] % (REQUEST.length - 4), 1)
								: ByteBuffer.wrap(EMPTY_LINE, sent[i] % EMPTY_LINE.length, 1);
						connections.get(i).write(next);
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
			keepingAlive.join(Duration.ofSeconds(30));
			idling.join(Duration.ofSeconds(30));
			for (SocketChannel connection : connections) {
				connection.close();
			}
		}
		for (int i = 0; i < TRICKLERS; i++) {
			assertThat(closed[i]).as("connection %d still open after %s", i, GIVE_UP).isPositive();
			Duration held = Duration.ofNanos(closed[i] - started[i]);
			// Closed by the deadline, not by the connection timeout for a stalled one.
			assertThat(held).as("connection %d, %s", i, (i < TRICKLERS / 2) ? "headers" : "empty lines")
				.isBetween(DEADLINE.minusSeconds(1), CLOSED_WITHIN);
			assertThat(sent[i]).as("header bytes connection %d sent", i).isGreaterThan(15);
		}
		assertThat(answers).as("answers to the reads meanwhile").isNotEmpty().containsOnly(200);
		assertThat(kept).as("status lines on one connection, a second apart: 11 span the deadline")
			.hasSizeGreaterThan(10)
			.containsOnly("HTTP/1.1 200 ");
		assertThat(idle).as("status lines on one connection, 12 s apart")
			.containsExactly("HTTP/1.1 200 ", "HTTP/1.1 200 ");
	}

	/**
	 * Asks for one type on one connection, the pause apart, for as long as it is to go
	 * on, recording each status line, or why the connection ended.
	 */
	private void askOnOneConnection(BooleanSupplier goOn, Duration pause, List<String> statusLines) {
		byte[] request = "GET /api/v1/appointment-types/vaccination-1177 HTTP/1.1\r\nHost: localhost\r\n\r\n"
			.getBytes(StandardCharsets.US_ASCII);
		try (Socket socket = new Socket("127.0.0.1", this.api.port())) {
			socket.setSoTimeout(30_000);
			InputStream in = socket.getInputStream();
			while (true) {
				socket.getOutputStream().write(request);
				String head = readHead(in);
				statusLines.add(head.substring(0, Math.min(head.length(), 13)));
				Matcher length = CONTENT_LENGTH.matcher(head);
				assertThat(length.find()).as("a Content-Length in %s", head).isTrue();
				in.readNBytes(Integer.parseInt(length.group(1)));
				if (!goOn.getAsBoolean()) {
					return;
				}
				Thread.sleep(pause);
			}
		}
		catch (IOException | InterruptedException | RuntimeException | AssertionError ex) {
			statusLines.add(ex.toString());
		}
	}

	/** The status line and headers of an answer, up to and without the empty line. */
	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("closed by the server after " + head);
			}
			head.append((char) b);
		}
		return head.substring(0, head.length() - 4);
	}

}
