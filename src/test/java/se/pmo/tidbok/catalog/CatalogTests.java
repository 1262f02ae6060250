package se.pmo.tidbok.catalog;

import java.time.Clock;
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
		Catalog catalog = new Catalog(store, JsonMapper.builder().build(),
				Clock.fixed(Instant.parse("2026-03-20T08:30:00Z"), ZoneOffset.UTC),
				mock(PlatformTransactionManager.class));

		assertThatNoException().isThrownBy(() -> catalog.onCatalogChanged(new CatalogChanged(2)));
		assertThat(catalog.current().revision()).isEqualTo(1);
	}

}
