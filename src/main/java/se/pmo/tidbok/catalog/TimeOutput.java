package se.pmo.tidbok.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Writes a time for a client: the instant as a date-time with the offset it has in the
 * rules' zone, so that a reader in Sweden sees the wall-clock time. The counterpart of
 * {@link TimeInput}.
 */
public final class TimeOutput {

	private TimeOutput() {
	}

	/** The instant in the zone; {@code null} (no such time) stays {@code null}. */
	public static OffsetDateTime local(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

}
