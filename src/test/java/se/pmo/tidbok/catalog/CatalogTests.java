package se.pmo.tidbok.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import se.pmo.tidbok.catalog.internal.CatalogStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class CatalogTests {

	@Test
	void aChangeThatCannotBeReloadedAfterItsCommitDoesNotFailTheRequestThatMadeIt() {
		CatalogStore store = mock(CatalogStore.class);
		given(store.timeline()).willReturn(CatalogTimeline.of(1, List.of()))
			.willThrow(new CannotGetJdbcConnectionException("PostgreSQL went away"));
		Clock clock = Clock.fixed(Instant.parse("2026-03-20T08:30:00Z"), ZoneOffset.UTC);
		Catalog catalog = new Catalog(store, JsonMapper.builder().build(), clock, new HostClock(clock),
				mock(PlatformTransactionManager.class));

		assertThatNoException().isThrownBy(() -> catalog.onCatalogChanged(new CatalogChanged(2)));
		assertThat(catalog.current().revision()).isEqualTo(1);
	}

	/**
	 * The skew is PostgreSQL's reading against the middle of the two readings of the
	 * host's clock around it, less half their distance (where in between it was read is
	 * unknown).
	 */
	@Test
	void theSkewFromPostgresqlIsWhatTheReadingsCannotExplain() {
		Instant before = Instant.parse("2026-03-29T00:59:59.900Z");
		Instant after = Instant.parse("2026-03-29T01:00:00.100Z");
		assertThat(HostClock.offset(before, Instant.parse("2026-03-29T01:00:00Z"), after)).isZero();
		assertThat(HostClock.offset(before, Instant.parse("2026-03-29T01:00:00.100Z"), after)).isZero();
		assertThat(HostClock.offset(before, Instant.parse("2026-03-29T01:00:00.350Z"), after))
			.isEqualTo(Duration.ofMillis(250));
		assertThat(HostClock.offset(before, Instant.parse("2026-03-29T00:59:59.649Z"), after))
			.isEqualTo(Duration.ofMillis(-251));
		assertThat(HostClock.offset(before, Instant.parse("2026-03-29T00:59:59.650Z"), after).abs())
			.isLessThanOrEqualTo(Catalog.CLOCK_TOLERANCE);
		assertThat(HostClock.offset(before, Instant.parse("2026-03-29T00:59:59.649Z"), after).abs())
			.isGreaterThan(Catalog.CLOCK_TOLERANCE);
	}

}
