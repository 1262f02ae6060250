package se.pmo.tidbok.catalog;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.pmo.tidbok.catalog.internal.AppointmentType;
import se.pmo.tidbok.catalog.internal.AppointmentTypeRepository;
import se.pmo.tidbok.catalog.internal.CatalogStore;
import se.pmo.tidbok.support.PmoTable;
import se.pmo.tidbok.support.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway seed against PostgreSQL: every row of the PMO table, exactly, as each type's
 * one version, with the normalized name keys of the Java migration (a bean, which the JPA
 * slice does not scan).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabaseConfiguration.class, NameKeyMigration.class, CatalogStore.class })
class SeedTests {

	@Autowired
	AppointmentTypeRepository repository;

	@Autowired
	CatalogStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedHoldsEveryRowOfThePmoTableWithItsNameDescriptionAndFlags() {
		List<PmoTable.Row> expected = PmoTable.rows();
		CatalogTimeline timeline = this.store.timeline();
		List<AppointmentTypeDetails> seeded = this.repository.findAll(Sort.by("id"))
			.stream()
			.map((type) -> timeline.history(type.getCode()))
			.map((history) -> {
				assertThat(history).hasSize(1);
				return history.get(0).details();
			})
			.toList();
		assertThat(expected).hasSize(109);
		assertThat(seeded).containsExactlyElementsOf(expected.stream()
			.map((row) -> new AppointmentTypeDetails(row.name(), row.description(), row.visibleToPatient(),
					row.cancellableByPatient(), row.rebookableByPatient(), row.smsReminder()))
			.toList());
	}

	@Test
	void everyStoredNameKeyIsTheKeyOfTheNameAsTheNameRuleComputesItNow() {
		// Fails after an ICU upgrade that changes skeletons: the keys then need a
		// migration that recomputes them.
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"""
						SELECT v.name, t.name_key FROM appointment_type t JOIN appointment_type_version v ON v.code = t.code""");
		assertThat(rows).hasSize(109)
			.allSatisfy((row) -> assertThat(row.get("name_key")).isEqualTo(NameRule.key((String) row.get("name"))));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM pg_constraint WHERE conname = ? AND contype = 'u'",
				Long.class, AppointmentType.UNIQUE_NAME))
			.isEqualTo(1L);
	}

	@Test
	void seededCodesFollowTheCodeRule() {
		assertThat(this.store.timeline().versions()).hasSize(109)
			.allSatisfy((version) -> assertThat(version.code()).isEqualTo(SwedishText.code(version.name())));
		assertThat(this.repository.findAll()).extracting(AppointmentType::getCode)
			.containsExactlyInAnyOrderElementsOf(
					this.store.timeline().versions().stream().map(CatalogVersion::code).toList());
	}

	@Test
	void seedKeepsPmoSpellingAndPunctuation() {
		CatalogTimeline timeline = this.store.timeline();
		assertThat(timeline.latest("vaccination-18-64-ar-1177")).get()
			.extracting(CatalogVersion::name)
			.isEqualTo("Vaccination 18–64 år 1177");
		assertThat(timeline.latest("arbetssterapeut-nybesok-1177")).get()
			.extracting(CatalogVersion::name)
			.isEqualTo("Arbetssterapeut Nybesök 1177");
		assertThat(timeline.latest("mottagningstid-med-tolk")).get()
			.extracting(CatalogVersion::details)
			.satisfies((details) -> {
				assertThat(details.visibleToPatient()).isTrue();
				assertThat(details.cancellableByPatient()).isFalse();
				assertThat(details.rebookableByPatient()).isFalse();
				assertThat(details.smsReminder()).isTrue();
			});
	}

	@Test
	void catalogStartsAtRevisionOneWithNothingRetired() {
		assertThat(this.jdbc.queryForObject("SELECT revision FROM catalog_revision", Long.class)).isEqualTo(1L);
		assertThat(this.store.timeline().revision()).isEqualTo(1L);
		assertThat(this.store.timeline().versions()).hasSize(109).noneMatch(CatalogVersion::retired);
	}

}
