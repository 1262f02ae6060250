package se.pmo.tidbok.catalog;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the in-memory catalog is kept current and how long clients may cache it.
 *
 * @param refreshInterval how often an instance checks the catalog revision in PostgreSQL;
 * an admin change made on another instance is loaded here within this interval
 * @param maxAge how long a client or proxy may reuse a catalog response without
 * revalidating
 * @param propagationDelay the longest an instance may take to learn of a committed
 * change: the refresh interval plus a margin for the commit, the check itself and the
 * clock skew between instances. A change takes effect no earlier than this long after it
 * is made, and a pending change can be withdrawn only until this long before it takes
 * effect, so no instance ever answers for an instant with a catalog that another answer
 * revises
 */
@Validated
@ConfigurationProperties("tidbok.catalog")
public record CatalogProperties(@NotNull @DefaultValue("500ms") Duration refreshInterval,
		@NotNull @DefaultValue("30s") Duration maxAge, @NotNull @DefaultValue("2s") Duration propagationDelay) {

	/** The margin beyond the refresh interval, which the propagation delay must leave. */
	@AssertTrue(message = "tidbok.catalog.propagation-delay must be longer than tidbok.catalog.refresh-interval")
	boolean isPropagationDelayLongerThanRefreshInterval() {
		return this.refreshInterval == null || this.propagationDelay == null
				|| this.propagationDelay.compareTo(this.refreshInterval) > 0;
	}

}
