package se.pmo.tidbok.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

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
 * Two instances of the service on one PostgreSQL, as behind a load balancer: a change
 * made through one is served by the other within a second, and a scheduled change takes
 * effect on both at its instant, a changeset as a whole. The second instance
 * ({@link SecondInstance}) has the same clock as the first, as synchronized hosts have.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogPropagationTests {

	@Autowired
	CatalogReset catalogReset;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterEach
	void restoreTheSeededCatalog() {
		this.clock.reset();
		this.catalogReset.restoreSeed();
	}

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final Duration PROMPTLY = Duration.ofSeconds(1);

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	Api one;

	Api two;

	@BeforeAll
	void startSecondInstance() {
		this.one = new Api(this.port);
		this.two = SecondInstance.api(this.database, this.clock);
		// Each instance's answers are checked against the document it serves; read both
		// now,
		// so that the timings below measure propagation only.
		this.one.contract();
		this.two.contract();
	}

	@Test
	void changeThroughOneInstanceIsServedByTheOtherWithinASecond() {
		String etag = this.one.get("/api/v1/appointment-types/sexolog-1177").header("ETag");
		Api.Response updated = this.one.send("PUT", "/api/v1/admin/appointment-types/sexolog-1177",
				AdminApiTests.body("Sexolog Nybesök 1177", true, true, true, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", etag));
		assertThat(updated.status()).as(updated.text()).isEqualTo(200);
		Duration seen = timeUntil(this.two, "/api/v1/appointment-types/sexolog-1177", "Sexolog Nybesök 1177");
		assertThat(seen).isLessThanOrEqualTo(PROMPTLY);
		assertThat(this.two.get("/api/v1/appointment-types/sexolog-1177").header("ETag"))
			.isEqualTo(updated.header("ETag"));
		assertThat(this.two.get("/api/v1/rules").json().get("catalogRevision").asLong())
			.isEqualTo(this.one.get("/api/v1/rules").json().get("catalogRevision").asLong());
	}

	@Test
	void typeCreatedOnTheOtherInstanceAppearsHereWithinASecond() {
		Api.Response created = this.two.postJson("/api/v1/admin/appointment-types",
				AdminApiTests.body("Urinterapeut 1177", true, true, true, true), ADMIN);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		// Made on the other instance, so the clock is moved here to when it takes effect.
		this.clock.set(OffsetDateTime.parse(created.json().get("effectiveFrom").asString()).toInstant());
		assertThat(timeUntil(this.one, "/api/v1/appointment-types/urinterapeut-1177", "Urinterapeut 1177"))
			.isLessThanOrEqualTo(PROMPTLY);
		List<String> names = this.one.get("/api/v1/appointment-types?q=urinterapeut")
			.json()
			.valueStream()
			.map((type) -> type.get("name").asString())
			.toList();
		assertThat(names).containsExactly("Urinterapeut 1177");
	}

	@Test
	void aScheduledChangeTakesEffectOnBothInstancesAtItsInstantByTheirClocksWithoutAnotherPoll() {
		Instant monday = Instant.parse("2026-03-22T23:00:00Z");
		String path = "/api/v1/appointment-types/sexolog-1177";
		Api.Response scheduled = this.one.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=2026-03-23T00:00:00%2B01:00",
				AdminApiTests.body("Sexolog 1177", true, true, false, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		String revision = this.one.get(path).header("Catalog-Revision");
		// The second instance learns the schedule through PostgreSQL by its revision
		// check ...
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!revision.equals(this.two.get(path).header("Catalog-Revision")) && System.nanoTime() < deadline) {
			sleep();
		}
		assertThat(this.two.get(path).header("Catalog-Revision")).isEqualTo(revision);
		// ... and switches by its clock, with PostgreSQL stopped: no poll can tell it.
		this.database.stop();
		try {
			this.clock.set(monday.minusNanos(1));
			for (Api instance : List.of(this.one, this.two)) {
				Api.Response before = instance.get(path);
				assertThat(before.header("Catalog-Revision")).isEqualTo(revision);
				assertThat(before.json().get("rebookableByPatient").asBoolean()).isTrue();
			}
			this.clock.set(monday);
			for (Api instance : List.of(this.two, this.one)) {
				Api.Response after = instance.get(path);
				assertThat(after.json().get("rebookableByPatient").asBoolean()).isFalse();
				assertThat(after.header("ETag")).isEqualTo("\"1\"");
				assertThat(after.header("Catalog-Revision")).isEqualTo(revision);
			}
		}
		finally {
			this.database.restart();
			awaitDatabase();
		}
	}

	@Test
	void aChangesetSwitchesWhollyAtItsInstantOnBothInstancesForReadersPollingAcrossIt() throws Exception {
		Instant monday = Instant.parse("2026-03-22T23:00:00Z");
		String seeded = this.one.get("/api/v1/catalog-table").text();
		String revised = seeded.replace("Akuttid\t-\t✓\t✓\tX\t✓", "Akuttid\t-\t✓\tX\tX\t✓")
			.replace("Sexolog 1177\t-\t✓\t✓\t✓\t✓", "Sexolog 1177\t-\t✓\t✓\tX\t✓")
			.replace("Videomöte 1177\t-\t✓\t✓\t✓\t✓\n", "")
			.replace("\nGrupp\t", "\nFotterapeut Nybesök 1177\t-\t✓\t✓\t✓\t✓\nGrupp\t");
		String[] tsv = Api.with(ADMIN, "Content-Type", "text/tab-separated-values");
		String etag = this.one.send("POST", "/api/v1/admin/changeset-previews", revised, tsv)
			.json()
			.get("catalogETag")
			.asString();
		Api.Response applied = this.one.send("POST", "/api/v1/admin/changesets?effectiveFrom=2026-03-23T00:00", revised,
				Api.with(tsv, "If-Match", etag));
		assertThat(applied.status()).as(applied.text()).isEqualTo(201);
		String revision = applied.json().get("catalogRevision").asString();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!revision.equals(this.two.get("/api/v1/rules").json().get("catalogRevision").asString())
				&& System.nanoTime() < deadline) {
			sleep();
		}
		// Readers on both instances poll the whole table while the clock crosses the
		// instant: each answer is all old or all new, and once new never old again.
		this.clock.set(monday.minusMillis(200));
		List<Api> readers = List.of(this.one.checkingLater(), this.two.checkingLater());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		AtomicBoolean crossing = new AtomicBoolean(true);
		List<Future<List<String>>> seen = readers.stream().map((reader) -> pool.submit(() -> {
			List<String> answers = new ArrayList<>();
			while (crossing.get() && answers.size() < 2000) {
				answers.add(reader.get("/api/v1/catalog-table").text());
			}
			answers.add(reader.get("/api/v1/catalog-table").text());
			return answers;
		})).toList();
		for (int step = 0; step < 40; step++) {
			this.clock.set(monday.minusMillis(200).plusMillis(step * 10L));
			sleep();
		}
		crossing.set(false);
		for (Future<List<String>> answers : seen) {
			List<String> texts = answers.get(30, TimeUnit.SECONDS);
			assertThat(texts).allMatch((text) -> text.equals(seeded) || text.equals(revised));
			int firstNew = texts.indexOf(revised);
			assertThat(firstNew).as("switched").isPositive();
			assertThat(texts.subList(firstNew, texts.size())).allMatch(revised::equals);
		}
		pool.shutdown();
		readers.forEach(Api::checkNow);
	}

	private void awaitDatabase() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				this.jdbc.queryForObject("SELECT 1", Integer.class);
				return;
			}
			catch (org.springframework.dao.DataAccessException ex) {
				sleep();
			}
		}
		throw new AssertionError("PostgreSQL did not answer within 30 s of its restart");
	}

	/** Polls the instance until the type has the name; how long that took. */
	private static Duration timeUntil(Api instance, String path, String name) {
		long started = System.nanoTime();
		long deadline = started + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			Api.Response response = instance.get(path);
			if (response.status() == 200 && name.equals(response.json().get("name").asString())) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
			sleep();
		}
		return Duration.ofSeconds(5);
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
