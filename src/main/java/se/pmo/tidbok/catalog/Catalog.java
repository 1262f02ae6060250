package se.pmo.tidbok.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import se.pmo.tidbok.catalog.internal.CatalogStore;

/**
 * The in-memory catalog every read is served from. It holds the catalog's timeline, so it
 * knows every change scheduled ahead, and the snapshot in force now, which it replaces by
 * the injected clock when a scheduled change takes effect, with no database access. The
 * timeline is loaded at start-up and reloaded when the catalog revision in PostgreSQL
 * moves: at once on the instance that made a change, and by a cheap revision check on
 * every other instance. While PostgreSQL is unreachable the last timeline keeps being
 * served, scheduled changes included.
 */
@Component
public class Catalog {

	private static final Logger logger = LoggerFactory.getLogger(Catalog.class);

	/**
	 * The largest offset tolerated between this instance's clock and PostgreSQL's: two
	 * instances within it of PostgreSQL are within twice it of each other, the skew the
	 * default propagation delay leaves room for.
	 */
	static final Duration CLOCK_TOLERANCE = Duration.ofMillis(250);

	private final CatalogStore store;

	private final JsonMapper json;

	private final Clock clock;

	private final HostClock host;

	private final TransactionTemplate readSnapshot;

	private final AtomicBoolean databaseReachable = new AtomicBoolean(true);

	private final AtomicBoolean clockInTolerance = new AtomicBoolean(true);

	private volatile State state;

	Catalog(CatalogStore store, JsonMapper json, Clock clock, HostClock host,
			PlatformTransactionManager transactionManager) {
		this.store = store;
		this.json = json;
		this.clock = clock;
		this.host = host;
		this.readSnapshot = new TransactionTemplate(transactionManager);
		this.readSnapshot.setReadOnly(true);
		// The revision and the rows must be read from one consistent view of the
		// database.
		this.readSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		CatalogTimeline timeline = load();
		this.state = new State(timeline, CatalogSnapshot.of(timeline, this.clock.instant(), json),
				new CatalogAsOf(timeline, json));
	}

	/** The catalog in force now, by the injected clock. */
	public CatalogSnapshot current() {
		return current(this.clock.instant());
	}

	/**
	 * The catalog in force now, for a caller that has just read {@code now} from the
	 * injected clock and uses it again (e.g. for how long the answer may be cached).
	 * While no change takes effect this is one comparison; the first read after a
	 * scheduled change took effect makes the next snapshot.
	 */
	public CatalogSnapshot current(Instant now) {
		CatalogSnapshot snapshot = this.state.now();
		return snapshot.covers(now) ? snapshot : advance(now);
	}

	/**
	 * The catalog in force at the instant, as this instance knows it: the one in force
	 * now when it covers the instant; otherwise one made for the instant and not kept.
	 * Reads as of other instants use {@link #asOf()}, which makes no catalog.
	 */
	public CatalogSnapshot asOf(Instant instant) {
		State state = this.state;
		return state.now().covers(instant) ? state.now() : CatalogSnapshot.of(state.timeline(), instant, this.json);
	}

	/** Answers as of any instant, from the timeline this instance serves. */
	public CatalogAsOf asOf() {
		return this.state.asOf();
	}

	/** The timeline this instance serves: every type's versions, past and scheduled. */
	public CatalogTimeline timeline() {
		return this.state.timeline();
	}

	private synchronized CatalogSnapshot advance(Instant now) {
		State state = this.state;
		if (state.now().covers(now)) {
			return state.now();
		}
		Instant heldFrom = state.now().validFrom();
		if (heldFrom != null && now.isBefore(heldFrom)) {
			// A clock read just before a switch that another request has already made:
			// the catalog only moves forward.
			return asOf(now);
		}
		CatalogSnapshot snapshot = CatalogSnapshot.of(state.timeline(), now, this.json);
		this.state = new State(state.timeline(), snapshot, state.asOf());
		logger.info("Catalog revision {}: the catalog in force changed at {}", snapshot.revision(),
				snapshot.validFrom());
		return snapshot;
	}

	/**
	 * Reloads the catalog if its revision in PostgreSQL differs from the one held; run
	 * every {@link CatalogProperties#refreshInterval()}.
	 */
	public void refresh() {
		try {
			Instant asked = this.host.clock().instant();
			CatalogStore.Revision read = this.store.revisionAndClock();
			checkClock(HostClock.offset(asked, read.databaseTime(), this.host.clock().instant()));
			long revision = read.revision();
			if (this.databaseReachable.compareAndSet(false, true)) {
				logger.info("PostgreSQL is reachable again; catalog revision {}", revision);
			}
			if (revision != this.state.timeline().revision()) {
				reload();
			}
		}
		catch (DataAccessException ex) {
			if (this.databaseReachable.compareAndSet(true, false)) {
				logger.warn(
						"Cannot check the catalog revision; serving revision {} from memory until PostgreSQL answers: {}",
						this.state.timeline().revision(), ex.getMessage());
			}
		}
	}

	/**
	 * Warns once when the host's clock is further from PostgreSQL's than
	 * {@link #CLOCK_TOLERANCE} (beyond what reading PostgreSQL's leaves uncertain), and
	 * once when it is back within it.
	 */
	private void checkClock(Duration offset) {
		boolean within = offset.abs().compareTo(CLOCK_TOLERANCE) <= 0;
		if (this.clockInTolerance.compareAndSet(!within, within)) {
			if (within) {
				logger.info("This host's clock is again within {} ms of PostgreSQL's", CLOCK_TOLERANCE.toMillis());
			}
			else {
				logger
					.warn("This host's clock is {} ms off PostgreSQL's (tolerated: {} ms): synchronize the hosts' clocks (NTP), "
							+ "or changes may be served by one instance for an instant another has answered without them",
							offset.toMillis(), CLOCK_TOLERANCE.toMillis());
			}
		}
	}

	/**
	 * Serves a change made on this instance as soon as it is committed. The change is
	 * already committed here, so a failed reload must not fail the request that made it:
	 * the revision check loads it as soon as PostgreSQL answers again.
	 */
	@TransactionalEventListener
	void onCatalogChanged(CatalogChanged change) {
		try {
			reload();
		}
		catch (DataAccessException ex) {
			logger.warn("Catalog revision {} is committed but not loaded yet; the revision check will load it: {}",
					change.revision(), ex.getMessage());
		}
	}

	/**
	 * Loads the catalog now, unless a newer revision is already held. The database is
	 * read outside the lock that a read passing a scheduled switch takes, so reads never
	 * wait for PostgreSQL.
	 */
	public void reload() {
		CatalogTimeline loaded = load();
		synchronized (this) {
			if (loaded.revision() > this.state.timeline().revision()) {
				Instant now = this.clock.instant();
				CatalogSnapshot snapshot = CatalogSnapshot.of(loaded, now, this.json);
				this.state = new State(loaded, snapshot, new CatalogAsOf(loaded, this.json));
				logger.info("Catalog revision {} loaded ({} active types, {} changes scheduled)", loaded.revision(),
						snapshot.entries().size(), loaded.pending(now).size());
			}
		}
	}

	private CatalogTimeline load() {
		return this.readSnapshot.execute((status) -> this.store.timeline());
	}

	/**
	 * The timeline, the snapshot in force now and the answers as of other instants,
	 * replaced together.
	 */
	private record State(CatalogTimeline timeline, CatalogSnapshot now, CatalogAsOf asOf) {
	}

}
