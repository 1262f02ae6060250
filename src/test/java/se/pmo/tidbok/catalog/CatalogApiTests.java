package se.pmo.tidbok.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.PmoTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public catalog over HTTP, against the seeded PostgreSQL.
 */
@IntegrationTest
class CatalogApiTests {

	@Autowired
	Api api;

	@Test
	void listsEveryTypeInThePmoTableOrderWithItsFlags() {
		Api.Response response = this.api.get("/api/v1/appointment-types");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		List<PmoTable.Row> rows = PmoTable.rows();
		JsonNode types = response.json();
		assertThat(types.size()).isEqualTo(109);
		for (int i = 0; i < rows.size(); i++) {
			PmoTable.Row row = rows.get(i);
			JsonNode type = types.get(i);
			assertThat(type.get("name").asString()).isEqualTo(row.name());
			assertThat(type.get("code").asString()).isEqualTo(SwedishText.code(row.name()));
			assertThat(type.get("description").isNull() ? null : type.get("description").asString())
				.isEqualTo(row.description());
			assertThat(type.get("visibleToPatient").asBoolean()).isEqualTo(row.visibleToPatient());
			assertThat(type.get("cancellableByPatient").asBoolean()).isEqualTo(row.cancellableByPatient());
			assertThat(type.get("rebookableByPatient").asBoolean()).isEqualTo(row.rebookableByPatient());
			assertThat(type.get("smsReminder").asBoolean()).isEqualTo(row.smsReminder());
			assertThat(type.get("bookableOnline").asBoolean()).as(row.name())
				.isEqualTo(row.visibleToPatient() && row.name().endsWith(" 1177"));
		}
	}

	@ParameterizedTest
	@CsvSource({ "lakare-besok-ej-akut-1177, true", "1177-direkt-bokad-tid, false", "vaccination-barn-0-18-ar, false",
			"1177-direkt, false", "vaccination-1177, true" })
	void bookableOnlineNeedsVisibilityAndTheSuffix(String code, boolean bookable) {
		Api.Response response = this.api.get("/api/v1/appointment-types/" + code);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("bookableOnline").asBoolean()).isEqualTo(bookable);
	}

	@ParameterizedTest
	@CsvSource({ "visibleToPatient, true", "visibleToPatient, false", "cancellableByPatient, true",
			"cancellableByPatient, false", "rebookableByPatient, true", "rebookableByPatient, false",
			"smsReminder, true", "smsReminder, false", "bookableOnline, true", "bookableOnline, false" })
	void eachFlagFiltersBothWays(String filter, boolean value) {
		List<String> expected = PmoTable.rows()
			.stream()
			.filter((row) -> flag(row, filter) == value)
			.map(PmoTable.Row::name)
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(names("/api/v1/appointment-types?" + filter + "=" + value)).containsExactlyElementsOf(expected);
	}

	@Test
	void filtersCombine() {
		Predicate<PmoTable.Row> expected = (row) -> row.visibleToPatient() && !row.rebookableByPatient()
				&& row.smsReminder() && !flag(row, "bookableOnline");
		List<String> names = names(
				"/api/v1/appointment-types?visibleToPatient=true&rebookableByPatient=false&smsReminder=true&bookableOnline=false");
		assertThat(names)
			.containsExactlyElementsOf(PmoTable.rows().stream().filter(expected).map(PmoTable.Row::name).toList());
		assertThat(names).contains("Mottagningstid med tolk", "1177 Direkt bokad tid")
			.doesNotContain("Vaccination 1177");
	}

	@Test
	void searchIgnoresCaseAndSwedishDiacritics() {
		assertThat(names("/api/v1/appointment-types?q=aldre")).containsExactly("Äldremottagning 1177");
		assertThat(names("/api/v1/appointment-types?q=LAKARE")).containsExactly("Läkare Akutbesök 1177",
				"Läkare Besök, ej akut 1177", "Läkare Telefontid, du blir uppringd 1177");
		assertThat(names("/api/v1/appointment-types?q=%C3%B6ppen")).containsExactly("Öppen mottagning",
				"Öppen telefontid");
	}

	@Test
	void searchCombinesWithFilters() {
		assertThat(names("/api/v1/appointment-types?q=vaccination&bookableOnline=false")).containsExactly("Vaccination",
				"Vaccination barn 0–18 år");
	}

	@Test
	void noMatchIsAnEmptyList() {
		Api.Response response = this.api.get("/api/v1/appointment-types?q=finns-inte&visibleToPatient=true");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).isEqualTo("[]");
	}

	@Test
	void getsOneTypeByCodeWithItsVersionAsETag() {
		Api.Response response = this.api.get("/api/v1/appointment-types/mottagningstid-med-tolk");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("ETag")).isEqualTo("\"0\"");
		JsonNode type = response.json();
		assertThat(type.get("code").asString()).isEqualTo("mottagningstid-med-tolk");
		assertThat(type.get("name").asString()).isEqualTo("Mottagningstid med tolk");
		assertThat(type.get("description").isNull()).isTrue();
		assertThat(type.get("cancellableByPatient").asBoolean()).isFalse();
		assertThat(type.get("smsReminder").asBoolean()).isTrue();
	}

	@Test
	void unknownCodeIsA404Problem() {
		Api.Response response = this.api.get("/api/v1/appointment-types/finns-inte");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:problem-type:tidbok:unknown-appointment-type");
		assertThat(problem.get("title").asString()).isEqualTo("Unknown appointment type");
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("detail").asString()).contains("finns-inte");
		assertThat(problem.get("code").asString()).isEqualTo("finns-inte");
	}

	@ParameterizedTest
	@CsvSource({ "visibleToPatient, maybe", "cancellableByPatient, 2", "bookableOnline, sant" })
	void badFilterValueIsA400ProblemNamingTheParameter(String parameter, String value) {
		Api.Response response = this.api.get("/api/v1/appointment-types?" + parameter + "=" + value);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:problem-type:tidbok:invalid-parameter");
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains(parameter).doesNotContain("java.", "Exception");
	}

	@Test
	void overlongSearchIsA400Problem() {
		Api.Response response = this.api.get("/api/v1/appointment-types?q=" + "a".repeat(201));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("'q'");
	}

	@Test
	void unchangedCatalogAnswers304ToItsETag() {
		Api.Response first = this.api.get("/api/v1/appointment-types");
		String etag = first.header("ETag");
		assertThat(etag).matches("\"\\d+\"");
		assertThat(first.header("Catalog-Revision")).isEqualTo(etag.replace("\"", ""));
		assertThat(first.header("Cache-Control")).contains("max-age=30").contains("public");
		Api.Response again = this.api.get("/api/v1/appointment-types", "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		Api.Response one = this.api.get("/api/v1/appointment-types/vaccination");
		assertThat(this.api.get("/api/v1/appointment-types/vaccination", "If-None-Match", one.header("ETag")).status())
			.isEqualTo(304);
	}

	@Test
	void catalogIsGzippedForClientsThatAcceptIt() throws IOException {
		Api.Response plain = this.api.get("/api/v1/appointment-types");
		Api.Response gzipped = this.api.get("/api/v1/appointment-types", "Accept-Encoding", "gzip, deflate");
		assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.header("Vary")).contains("Accept-Encoding");
		assertThat(gzipped.header("ETag")).isNotEqualTo(plain.header("ETag"));
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
		assertThat(this.api.get("/api/v1/appointment-types", "Accept-Encoding", "gzip;q=0").header("Content-Encoding"))
			.isNull();
	}

	private List<String> names(String path) {
		Api.Response response = this.api.get(path);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false)
			.map((type) -> type.get("name").asString())
			.toList();
	}

	private static boolean flag(PmoTable.Row row, String name) {
		return switch (name) {
			case "visibleToPatient" -> row.visibleToPatient();
			case "cancellableByPatient" -> row.cancellableByPatient();
			case "rebookableByPatient" -> row.rebookableByPatient();
			case "smsReminder" -> row.smsReminder();
			case "bookableOnline" -> row.visibleToPatient() && row.name().endsWith(" 1177");
			default -> throw new IllegalArgumentException(name);
		};
	}

}
