package se.pmo.tidbok.catalog;

import se.pmo.tidbok.time.TimeOutput;
import se.pmo.tidbok.web.RefusedException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a change to a type may take effect, and when a pending one may be withdrawn.
 * <p>
 * No change becomes visible, on any instance, for an instant any instance may already
 * have answered: a change takes effect no earlier than the propagation delay after it is
 * made ({@link CatalogProperties#propagationDelay()}, the longest an instance takes to
 * learn of it), at its {@code effectiveFrom} or, when that is left out, exactly then. A
 * change appends to the end of the type's timeline: at or after its last version when
 * that one is in force (several changes made at one instant follow each other), strictly
 * after it when it is pending. Only the last version can be withdrawn, and only until the
 * propagation delay before it takes effect.
 *
 * @param propagationDelay the longest an instance takes to learn of a change
 * @param zone the zone whose offsets the times in refusals carry
 */
record ScheduleRule(Duration propagationDelay, ZoneId zone) {

	/**
	 * When a change asked to take effect at {@code effectiveFrom} does: never before the
	 * propagation delay from now, and exactly then when it is left out. PostgreSQL keeps
	 * microseconds, and what is answered is what is stored.
	 */
	Instant effectiveFrom(Instant effectiveFrom, Instant now) {
		Instant earliest = now.plus(this.propagationDelay);
		if (effectiveFrom == null) {
			return earliest;
		}
		Instant from = effectiveFrom.truncatedTo(ChronoUnit.MICROS);
		if (from.isBefore(earliest)) {
			throw new RefusedException(new CatalogRefusal.EffectiveFromInPast(effectiveFrom, now, earliest));
		}
		return from;
	}

	/** A change taking effect at {@code from} must come after the type's last version. */
	void requireAfter(CatalogVersion last, Instant from, Instant now) {
		Instant lastFrom = last.effectiveFrom();
		if (lastFrom == null) {
			return;
		}
		boolean pending = lastFrom.isAfter(now);
		if (from.isBefore(lastFrom) || (pending && from.equals(lastFrom))) {
			throw new RefusedException(CatalogRefusal.ScheduleConflict.before(last, from));
		}
	}

	/** The version may be withdrawn now: it is the last, and not about to take effect. */
	void requireWithdrawable(CatalogVersion withdrawn, CatalogVersion last, Instant now) {
		if (withdrawn.startedBy(now.plus(this.propagationDelay))) {
			throw new RefusedException(new CatalogRefusal.ChangeInForce(withdrawn.code(), withdrawn.version(),
					withdrawn.effectiveFrom(), this.propagationDelay));
		}
		if (withdrawn != last) {
			throw new RefusedException(CatalogRefusal.ScheduleConflict.notLast(withdrawn, last));
		}
	}

	/** What a change made without an instant says about when it takes effect. */
	String takesEffect(Instant from) {
		return "Takes effect at " + TimeOutput.text(from, this.zone) + ", " + this.propagationDelay.toMillis()
				+ " ms from now: the earliest instant every instance serves it.";
	}

}
