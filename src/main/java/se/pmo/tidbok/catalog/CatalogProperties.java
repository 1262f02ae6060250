package se.pmo.tidbok.catalog;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the in-memory catalog is kept current and how long clients may cache it.
 *
 * @param refreshInterval how often an instance checks the catalog revision in PostgreSQL;
 * an admin change made on another instance is served here within this interval
 * @param maxAge how long a client or proxy may reuse a catalog response without
 * revalidating
 */
@Validated
@ConfigurationProperties("tidbok.catalog")
public record CatalogProperties(@NotNull @DefaultValue("500ms") Duration refreshInterval,
		@NotNull @DefaultValue("30s") Duration maxAge) {
}
