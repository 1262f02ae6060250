package se.pmo.tidbok.resilience;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Guessing passwords costs the service little: after a few failures an address or a user
 * name is answered 429 without a password check, and the open reads keep their latency
 * through a flood of wrong passwords. The guessers connect from other loopback addresses
 * (127.0.0.x), as from other hosts, so the rest of the suite is not throttled.
 */
@IntegrationTest
class PasswordGuessingTests {

	private static final String TYPES = "/api/v1/admin/appointment-types";

	private static final String BODY = """
			{"name": "Gissad 1177", "visibleToPatient": true, "cancellableByPatient": true,
			 "rebookableByPatient": true, "smsReminder": true}""";

	@Autowired
	Api api;

	@Test
	void aFloodOfWrongPasswordsIsAnswered429AndLeavesTheCatalogFast() throws Exception {
		Api guesser = from("127.0.0.2");
		long[] undisturbed = catalogLatencies(Duration.ofSeconds(4));
		AtomicBoolean flooding = new AtomicBoolean(true);
		AtomicInteger checked = new AtomicInteger();
		AtomicInteger throttled = new AtomicInteger();
		ExecutorService attackers = Executors.newFixedThreadPool(40);
		List<Future<?>> running = new ArrayList<>();
		long[] during;
		try {
			for (int i = 0; i < 40; i++) {
				int attacker = i;
				running.add(attackers.submit(() -> {
					int attempt = 0;
					while (flooding.get()) {
						Api.Response response = guesser.postJson(TYPES, BODY,
								Api.basic("flood-target", "guess-" + attacker + "-" + attempt++));
						if (response.status() == 429) {
							throttled.incrementAndGet();
						}
						else if (response.status() == 401) {
							checked.incrementAndGet();
						}
					}
					return null;
				}));
			}
			Thread.sleep(500);
			during = catalogLatencies(Duration.ofSeconds(6));
		}
		finally {
			flooding.set(false);
			attackers.shutdown();
		}
		for (Future<?> attacker : running) {
			attacker.get();
		}
		long p99Undisturbed = p99(undisturbed);
		long p99During = p99(during);
		System.out.printf(
				"Catalog p99 undisturbed %.1f ms (%d reads), during a 40-connection wrong-password flood %.1f ms "
						+ "(%d reads); %d password checks, %d answered 429%n",
				p99Undisturbed / 1e6, undisturbed.length, p99During / 1e6, during.length, checked.get(),
				throttled.get());
		// Only the first attempts, those in flight when the limit was reached, cost a
		// password check.
		assertThat(checked.get()).isLessThanOrEqualTo(10 + 40);
		assertThat(throttled.get()).isGreaterThan(100);
		assertThat(p99During).isLessThanOrEqualTo(Math.max(5 * p99Undisturbed, Duration.ofMillis(50).toNanos()));

		Api.Response refused = guesser.postJson(TYPES, BODY, Api.basic("admin", "local-admin-password"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:too-many-requests");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
		assertThat(guesser.get("/api/v1/appointment-types").status()).isEqualTo(200);
	}

	@Test
	void aUserNameGuessedFromManyAddressesIsThrottledForEveryAddress() {
		// A user name of its own: the suite shares one context, and the pinned clock
		// never
		// lets a throttled name age out.
		for (int host = 10; host < 20; host++) {
			assertThat(
					from("127.0.0." + host).postJson(TYPES, BODY, Api.basic("guessed-user", "wrong-" + host)).status())
				.isEqualTo(401);
		}
		Api fresh = from("127.0.0.20");
		Api.Response refused = fresh.postJson(TYPES, BODY, Api.basic("GUESSED-USER", "any-password"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:too-many-requests");
		assertThat(refused.header("Retry-After")).isNotNull();
		// Another user from the same address is not affected.
		assertThat(fresh.get("/api/v1/admin/audit?size=1", Api.basic("admin", "local-admin-password")).status())
			.isEqualTo(200);
	}

	private Api from(String address) {
		InetAddress local;
		try {
			local = InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
		Api api = new Api(this.api.port(), local);
		boolean reachable;
		try {
			reachable = api.get("/livez").status() == 200;
		}
		catch (RuntimeException ex) {
			reachable = false;
		}
		assumeThat(reachable).as("connections can come from %s (all of 127/8 is loopback on Linux)", address).isTrue();
		return api;
	}

	private long[] catalogLatencies(Duration duration) {
		List<Long> latencies = new ArrayList<>();
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			long started = System.nanoTime();
			assertThat(this.api.get("/api/v1/appointment-types").status()).isEqualTo(200);
			latencies.add(System.nanoTime() - started);
		}
		return latencies.stream().mapToLong(Long::longValue).toArray();
	}

	private static long p99(long[] latencies) {
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
	}

}
