package se.pmo.tidbok.catalog;

import se.pmo.tidbok.web.RefusedException;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog's write invariants, below the web layer: {@link CatalogWrites} called
 * directly in a transaction of its own, on the suite's PostgreSQL, with the clock held at
 * literal instants (the default propagation delay of 2 s).
 */
@IntegrationTest
class CatalogWritesTests {

	/** Before the switch to summer time in Europe/Stockholm (2026-03-29 01:00Z). */
	private static final Instant NOW = Instant.parse("2026-03-27T09:00:00Z");

	/** The first hour of summer time. */
	private static final Instant FIRST = Instant.parse("2026-03-29T01:00:00Z");

	private static final Instant SECOND = Instant.parse("2026-04-02T06:00:00Z");

	private static final String SEXOLOG = "sexolog-1177";

	private static final String KURATOR = "kurator-nybesok-1177";

	private static final AppointmentTypeDetails RENAMED = new AppointmentTypeDetails("Sexolog Nybesök 1177", null, true,
			true, false, true);

	private static final AppointmentTypeDetails NOT_REBOOKABLE = new AppointmentTypeDetails("Sexolog 1177", null, true,
			true, false, true);

	private static final AppointmentTypeDetails NO_SMS = new AppointmentTypeDetails("Sexolog 1177", null, true, true,
			true, false);

	@Autowired
	CatalogWrites writes;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MutableClock clock;

	@Autowired
	CatalogReset catalogReset;

	@BeforeEach
	void holdTheClock() {
		this.clock.holdStill();
		this.clock.set(NOW);
	}

	@AfterEach
	void restore() {
		this.catalogReset.restoreSeed();
	}

	@Test
	void theTimelineOnlyGrowsAtItsEnd() {
		CatalogChange second = write(() -> this.writes.update(SEXOLOG, any(), NOT_REBOOKABLE, SECOND));
		assertThat(second.after().effectiveFrom()).isEqualTo(SECOND);
		assertThatThrownBy(() -> write(() -> this.writes.update(SEXOLOG, any(), NO_SMS, FIRST))).isInstanceOfSatisfying(
				RefusedException.class,
				(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.ScheduleConflict.class));
		assertThatThrownBy(() -> write(() -> this.writes.update(SEXOLOG, any(), NO_SMS, SECOND)))
			.isInstanceOfSatisfying(RefusedException.class,
					(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.ScheduleConflict.class));
		assertThatThrownBy(() -> write(() -> this.writes.retire(SEXOLOG, any(), FIRST))).isInstanceOfSatisfying(
				RefusedException.class,
				(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.ScheduleConflict.class));
		CatalogChange third = write(() -> this.writes.update(SEXOLOG, any(), NO_SMS, SECOND.plusMillis(1)));
		assertThat(third.before()).isEqualTo(second.after());
		assertThat(this.writes.timeline(SEXOLOG).history(SEXOLOG)).extracting(CatalogVersion::version)
			.containsExactly(0L, 1L, 2L);
	}

	@Test
	void aChangeTakesEffectNoEarlierThanThePropagationDelay() {
		assertThatThrownBy(() -> write(() -> this.writes.update(SEXOLOG, any(), NO_SMS, NOW.plusMillis(1999))))
			.isInstanceOfSatisfying(RefusedException.class,
					(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.EffectiveFromInPast.class));
		CatalogChange now = write(() -> this.writes.update(SEXOLOG, any(), NO_SMS, null));
		assertThat(now.after().effectiveFrom()).isEqualTo(NOW.plus(Duration.ofSeconds(2)));
		assertThat(now.after().recordedAt()).isEqualTo(NOW);
	}

	@Test
	void namesAreUniqueAtEveryInstantIncludingANameFreedLaterInTheTimeline() {
		write(() -> this.writes.update(SEXOLOG, any(), RENAMED, FIRST));
		// Sexolog 1177 is free from FIRST on, but borne now: another type may not take
		// it, not even from after FIRST, nor a look-alike of it.
		assertThatThrownBy(() -> write(() -> this.writes.update(KURATOR, any(), kurator("Sexolog 1177"), SECOND)))
			.isInstanceOfSatisfying(RefusedException.class,
					(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.DuplicateName.class));
		assertThatThrownBy(() -> write(() -> this.writes.update(KURATOR, any(), kurator("SEXOLOG 1177"), SECOND)))
			.isInstanceOfSatisfying(RefusedException.class,
					(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.DuplicateName.class));
		// The pending name is taken already, before it takes effect, by a new type too.
		assertThatThrownBy(() -> write(() -> this.writes.update(KURATOR, any(), kurator(RENAMED.name()), SECOND)))
			.isInstanceOfSatisfying(RefusedException.class,
					(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.DuplicateName.class));
		assertThatThrownBy(() -> write(() -> this.writes
			.create(new AppointmentTypeDetails("Sexolog nybesok 1177", null, true, true, true, true), SECOND)))
			.isInstanceOfSatisfying(RefusedException.class,
					(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.DuplicateName.class));
		// Once the rename is in force, the old name is free.
		this.clock.set(FIRST.plusSeconds(1));
		CatalogVersion taken = write(() -> this.writes.update(KURATOR, any(), kurator("Sexolog 1177"), null)).after();
		assertThat(taken.name()).isEqualTo("Sexolog 1177");
	}

	@Test
	void onlyTheLastPendingVersionCanBeWithdrawnAndNotInsideThePropagationDelay() {
		CatalogVersion first = write(() -> this.writes.update(SEXOLOG, any(), NOT_REBOOKABLE, FIRST)).after();
		CatalogVersion second = write(() -> this.writes.update(SEXOLOG, any(), NO_SMS, SECOND)).after();
		assertThatThrownBy(() -> write(() -> this.writes.withdraw(SEXOLOG, first.version(), any())))
			.isInstanceOfSatisfying(RefusedException.class,
					(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.ScheduleConflict.class));
		assertThatThrownBy(() -> write(() -> this.writes.withdraw(SEXOLOG, 0, any()))).isInstanceOfSatisfying(
				RefusedException.class,
				(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.ChangeInForce.class));

		CatalogChange withdrawal = write(() -> this.writes.withdraw(SEXOLOG, second.version(), any()));
		assertThat(withdrawal.before()).isEqualTo(second);
		assertThat(withdrawal.after()).isEqualTo(first);
		assertThatThrownBy(() -> write(() -> this.writes.withdraw(SEXOLOG, second.version(), any())))
			.isInstanceOfSatisfying(RefusedException.class, (refused) -> assertThat(refused.refusal())
				.isInstanceOf(CatalogRefusal.UnknownScheduledChange.class));

		// Exactly the propagation delay before it takes effect is too late.
		this.clock.set(FIRST.minusSeconds(2));
		assertThatThrownBy(() -> write(() -> this.writes.withdraw(SEXOLOG, first.version(), any())))
			.isInstanceOfSatisfying(RefusedException.class,
					(refused) -> assertThat(refused.refusal()).isInstanceOf(CatalogRefusal.ChangeInForce.class));
		this.clock.set(FIRST.minusSeconds(2).minusNanos(1000));
		assertThat(write(() -> this.writes.withdraw(SEXOLOG, first.version(), any())).after().version()).isZero();
		// Withdrawn version numbers are never reused.
		CatalogVersion next = write(() -> this.writes.update(SEXOLOG, any(), NO_SMS, SECOND)).after();
		assertThat(next.version()).isEqualTo(3);
	}

	@Test
	void aWithdrawnCreationKeepsItsCodeAndFreesItsName() {
		AppointmentTypeDetails fotterapeut = new AppointmentTypeDetails("Fotterapeut 1177", null, true, true, true,
				true);
		CatalogVersion created = write(() -> this.writes.create(fotterapeut, FIRST)).after();
		assertThat(created.code()).isEqualTo("fotterapeut-1177");
		CatalogChange withdrawal = write(() -> this.writes.withdraw(created.code(), created.version(), any()));
		assertThat(withdrawal.after()).isNull();
		assertThat(this.writes.timeline("fotterapeut-1177").history("fotterapeut-1177")).isEmpty();

		CatalogVersion again = write(() -> this.writes.create(fotterapeut, SECOND)).after();
		assertThat(again.code()).isEqualTo("fotterapeut-1177");
		assertThat(again.version()).isEqualTo(1);
	}

	@Test
	void theRevisionSerializesTwoWritersAndNeitherLosesTheOthersChange() throws Exception {
		long before = this.writes.timeline().revision();
		CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<CatalogChange> first = pool.submit(() -> write(() -> {
				CatalogChange change = this.writes.update(SEXOLOG, any(), NOT_REBOOKABLE, FIRST);
				firstHoldsTheLock.countDown();
				await(commitFirst);
				return change;
			}));
			assertThat(firstHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();
			Future<CatalogChange> second = pool
				.submit(() -> write(() -> this.writes.update(SEXOLOG, any(), NO_SMS, SECOND)));
			Thread.sleep(500);
			assertThat(second.isDone()).as("the second writer waits for the first").isFalse();
			commitFirst.countDown();
			CatalogChange one = first.get(10, TimeUnit.SECONDS);
			CatalogChange two = second.get(10, TimeUnit.SECONDS);
			assertThat(one.revision()).isEqualTo(before + 1);
			assertThat(two.revision()).isEqualTo(one.revision() + 1);
			assertThat(two.before()).isEqualTo(one.after());
			assertThat(this.writes.timeline(SEXOLOG).history(SEXOLOG)).extracting(CatalogVersion::details)
				.containsExactly(seed(), NOT_REBOOKABLE, NO_SMS);
		}
		finally {
			commitFirst.countDown();
			pool.shutdownNow();
		}
	}

	private static AppointmentTypeDetails kurator(String name) {
		return new AppointmentTypeDetails(name, null, true, true, true, true);
	}

	private static AppointmentTypeDetails seed() {
		return new AppointmentTypeDetails("Sexolog 1177", null, true, true, true, true);
	}

	private static Predicate<String> any() {
		return (etag) -> true;
	}

	private <T> T write(Supplier<T> work) {
		return this.transaction.execute((status) -> work.get());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
