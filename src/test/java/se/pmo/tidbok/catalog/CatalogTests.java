package se.pmo.tidbok.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class CatalogTests {

	@Test
	void aChangeThatCannotBeReloadedAfterItsCommitDoesNotFailTheRequestThatMadeIt() {
		JdbcTemplate jdbc = mock(JdbcTemplate.class);
		AppointmentTypeRepository repository = mock(AppointmentTypeRepository.class);
		given(repository.findAll()).willReturn(List.of());
		given(jdbc.queryForObject(anyString(), eq(Long.class))).willReturn(1L)
			.willThrow(new CannotGetJdbcConnectionException("PostgreSQL went away"));
		Catalog catalog = new Catalog(jdbc, repository, JsonMapper.builder().build(),
				mock(PlatformTransactionManager.class));

		assertThatNoException().isThrownBy(() -> catalog.onCatalogChanged(new CatalogChanged(2)));
		assertThat(catalog.current().revision()).isEqualTo(1);
	}

}
