package se.pmo.tidbok.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.MutableClock;
import se.pmo.tidbok.support.SecondInstance;
import se.pmo.tidbok.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No change ever becomes visible, on either of two instances, for an instant any of them
 * may already have answered: a change takes effect no earlier than the propagation delay
 * (2 s) after it is made, and a pending one can be withdrawn only until 2 s before it
 * takes effect. The clock stands still unless the test moves it; where it runs, it runs
 * no faster than real time, as a host's clock does.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswersNeverRevisedTests {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final Instant NOW = Instant.parse(IntegrationTest.NOW);

	private static final String SEXOLOG = "/api/v1/appointment-types/sexolog-1177";

	/**
	 * A visit whose reminder was due before the clock's start: every part of its answers
	 * is about an instant already reached when it is given.
	 */
	private static final String POLICY = SEXOLOG + "/policy?start=2026-03-21T10:00:00%2B01:00";

	@Autowired
	MutableClock clock;

	@Autowired
	CatalogReset catalogReset;

	@Autowired
	TestDatabase database;

	@LocalServerPort
	int port;

	Api one;

	Api two;

	@BeforeAll
	void instances() {
		this.one = new Api(this.port);
		this.two = SecondInstance.api(this.database, this.clock);
	}

	@BeforeEach
	void holdTheClockStill() {
		this.clock.holdStill();
	}

	@AfterEach
	void restore() {
		this.catalogReset.restoreSeed();
	}

	@Test
	void anImmediateChangeIsInvisibleOnBothInstancesForEveryInstantAlreadyAnswered() {
		Map<Api, JsonNode> answeredNow = Map.of(this.one, this.one.get(POLICY).json(), this.two,
				this.two.get(POLICY).json());
		Api.Response changed = notRebookable(this.one, "\"0\"", null);
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		// Scheduled the propagation delay after the instant the change was made, and
		// the answer says so.
		assertThat(changed.json().get("effectiveFrom").asString()).isEqualTo("2026-03-20T09:30:02+01:00");
		assertThat(changed.json().get("warnings").get(0).asString())
			.contains("Takes effect at 2026-03-20T09:30:02+01:00");
		awaitRevision(changed);

		for (Api instance : List.of(this.one, this.two)) {
			assertThat(decision(instance.get(POLICY).json())).isEqualTo(decision(answeredNow.get(instance)));
			assertThat(decision(instance.get(POLICY + "&at=2026-03-20T09:30:00%2B01:00").json()))
				.isEqualTo(decision(answeredNow.get(instance)));
			assertThat(instance.get(SEXOLOG).json().get("rebookableByPatient").asBoolean()).isTrue();
		}
		this.clock.set(NOW.plusSeconds(2).minusNanos(1));
		for (Api instance : List.of(this.one, this.two)) {
			assertThat(instance.get(POLICY).json().get("rebooking").get("allowed").asBoolean()).isTrue();
			assertThat(instance.get(SEXOLOG).header("ETag")).isEqualTo("\"0\"");
		}
		this.clock.set(NOW.plusSeconds(2));
		for (Api instance : List.of(this.two, this.one)) {
			JsonNode after = instance.get(POLICY).json();
			assertThat(after.get("rebooking").get("reason").asString()).isEqualTo("NOT_REBOOKABLE_BY_PATIENT");
			assertThat(after.get("appointmentTypeVersion").asLong()).isEqualTo(1);
		}
	}

	@Test
	void aChangeThatWouldTakeEffectSoonerThanThePropagationDelayIsRefused() {
		Api.Response tooSoon = notRebookable(this.one, "\"0\"", "2026-03-20T09:30:01.999999%2B01:00");
		assertThat(tooSoon.status()).isEqualTo(400);
		assertThat(tooSoon.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:effective-from-in-past");
		assertThat(tooSoon.json().get("detail").asString()).contains("before 2026-03-20T09:30:02+01:00");
		assertThat(notRebookable(this.one, "\"0\"", "2026-03-20T09:30:02%2B01:00").status()).isEqualTo(200);
	}

	@Test
	void aWithdrawalThatWouldCommitWithinThePropagationDelayOfItsChangeIsRefused() {
		Instant effectiveFrom = NOW.plusSeconds(60);
		Api.Response scheduled = notRebookable(this.one, "\"0\"", "2026-03-20T09:31:00%2B01:00");
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		awaitRevision(scheduled);
		String withdraw = "/api/v1/admin/scheduled-changes/sexolog-1177/1";

		this.clock.set(effectiveFrom.minusSeconds(2));
		for (Api instance : List.of(this.one, this.two)) {
			Api.Response refused = instance.send("DELETE", withdraw, null, Api.with(ADMIN, "If-Match", "\"1\""));
			assertThat(refused.status()).as(refused.text()).isEqualTo(409);
			assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:change-in-force");
			assertThat(refused.json().get("version").asLong()).isEqualTo(1);
		}
		this.clock.set(effectiveFrom.minusSeconds(2).minusNanos(1000));
		Api.Response withdrawn = this.two.send("DELETE", withdraw, null, Api.with(ADMIN, "If-Match", "\"1\""));
		assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(204);
	}

	@Test
	void answersRecordedByReadersPollingAcrossASwitchAreReproducedWhenAskedAgainWithTheirInstant() throws Exception {
		Map<String, JsonNode> recorded = new ConcurrentHashMap<>();
		AtomicBoolean reading = new AtomicBoolean(true);
		ExecutorService readers = Executors.newFixedThreadPool(2);
		List<Future<?>> polls = new ArrayList<>();
		try {
			for (Api instance : List.of(this.one, this.two)) {
				polls.add(readers.submit(() -> {
					for (int i = 0; i < 2000 && reading.get(); i++) {
						JsonNode answer = instance.get(POLICY).json();
						recorded.putIfAbsent(instance.port() + " " + answer.get("evaluatedAt").asString(), answer);
					}
				}));
			}
			// The clock runs at the speed of real time, in steps of 50 ms, across the
			// instant the change takes effect.
			Instant changedAt = NOW.plusMillis(500);
			Api.Response changed = null;
			for (Instant now = NOW; now.isBefore(NOW.plusSeconds(4)); now = now.plusMillis(50)) {
				this.clock.set(now);
				if (changed == null && !now.isBefore(changedAt)) {
					changed = notRebookable(this.one, "\"0\"", null);
					assertThat(changed.status()).as(changed.text()).isEqualTo(200);
				}
				Thread.sleep(50);
			}
		}
		finally {
			reading.set(false);
			for (Future<?> poll : polls) {
				poll.get(30, TimeUnit.SECONDS);
			}
			readers.shutdownNow();
		}
		assertThat(recorded.values().stream().map((answer) -> answer.get("appointmentTypeVersion").asLong()))
			.contains(0L, 1L);
		recorded.forEach((key, answer) -> {
			String at = answer.get("evaluatedAt").asString().replace("+", "%2B");
			for (Api instance : List.of(this.one, this.two)) {
				assertThat(decision(instance.get(POLICY + "&at=" + at).json())).as(key).isEqualTo(decision(answer));
			}
		});
	}

	/** The decision of a policy answer: everything but what says how it was computed. */
	private static JsonNode decision(JsonNode policy) {
		tools.jackson.databind.node.ObjectNode decision = (tools.jackson.databind.node.ObjectNode) policy.deepCopy();
		decision.remove(List.of("catalogRevision", "validUntil"));
		return decision;
	}

	private void awaitRevision(Api.Response change) {
		String revision = this.one.get(SEXOLOG).header("Catalog-Revision");
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!revision.equals(this.two.get(SEXOLOG).header("Catalog-Revision")) && System.nanoTime() < deadline) {
			sleep();
		}
		assertThat(this.two.get(SEXOLOG).header("Catalog-Revision")).as(change.text()).isEqualTo(revision);
	}

	private static Api.Response notRebookable(Api instance, String ifMatch, String effectiveFrom) {
		return instance.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177"
						+ ((effectiveFrom != null) ? "?effectiveFrom=" + effectiveFrom : ""),
				AdminApiTests.body("Sexolog 1177", true, true, false, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", ifMatch));
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
