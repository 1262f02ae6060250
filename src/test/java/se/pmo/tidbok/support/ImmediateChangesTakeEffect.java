package se.pmo.tidbok.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

import se.pmo.tidbok.catalog.CatalogChanged;

/**
 * Lets the test clock pass the propagation delay of a change made without an
 * {@code effectiveFrom}, once it is committed: the tests that change the catalog and then
 * read it behave as a client that waits until the change is in force. A change scheduled
 * further ahead leaves the clock where it is; so does a test that holds the clock still
 * ({@link MutableClock#holdStill()}).
 */
class ImmediateChangesTakeEffect {

	private final JdbcTemplate jdbc;

	private final MutableClock clock;

	private final Duration propagationDelay;

	ImmediateChangesTakeEffect(JdbcTemplate jdbc, MutableClock clock, Duration propagationDelay) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.propagationDelay = propagationDelay;
	}

	@TransactionalEventListener
	void onCatalogChanged(CatalogChanged change) {
		List<Instant[]> made = this.jdbc.query(
				"SELECT effective_from, recorded_at FROM appointment_type_version WHERE catalog_revision = ?",
				(rs, row) -> new Instant[] { instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)) },
				change.revision());
		for (Instant[] version : made) {
			if (version[0] != null && version[0].equals(version[1].plus(this.propagationDelay))) {
				this.clock.waitUntil(version[0]);
			}
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
