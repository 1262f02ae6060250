package se.pmo.tidbok.fhir;

import java.time.Instant;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.catalog.SwedishText;
import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.MutableClock;
import se.pmo.tidbok.support.PmoTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog as FHIR terminology, over HTTP: the CodeSystem against the PMO table, the
 * operations, and the catalog over time. Every resource received validates against the
 * FHIR R4 base specification ({@link FhirValidation}).
 */
@IntegrationTest
class FhirTerminologyTests extends FhirIntegration {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	/** Monday 2026-03-23 00:00 in Stockholm, three days after the tests' now. */
	private static final Instant MONDAY = Instant.parse("2026-03-22T23:00:00Z");

	@Autowired
	MutableClock clock;

	@Autowired
	CatalogReset catalogReset;

	@AfterEach
	void restore() {
		this.clock.reset();
		this.catalogReset.restoreSeed();
	}

	@Test
	void theCodeSystemHasTheSeedTableAsConceptsWithTheRightsAsProperties() {
		Api.Response response = this.fhir.ok("/CodeSystem/pmo-tidbokstyp");
		CodeSystem codeSystem = this.fhir.parse(CodeSystem.class, response);
		assertThat(codeSystem.getUrl()).isEqualTo(SYSTEM);
		assertThat(codeSystem.getVersion()).isEqualTo(response.header("Catalog-Revision"));
		assertThat(codeSystem.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.COMPLETE);
		assertThat(codeSystem.getCaseSensitive()).isTrue();
		assertThat(codeSystem.getDateElement().getValueAsString()).isEqualTo("2026-04-23T00:00:00+02:00");
		assertThat(codeSystem.getProperty()).extracting(CodeSystem.PropertyComponent::getCode)
			.containsExactly("visibleToPatient", "cancellableByPatient", "rebookableByPatient", "smsReminder",
					"bookableOnline", "status", "inactive");
		List<PmoTable.Row> rows = PmoTable.rows();
		assertThat(codeSystem.getConcept()).hasSize(109).hasSameSizeAs(rows);
		assertThat(codeSystem.getCount()).isEqualTo(109);
		for (int i = 0; i < rows.size(); i++) {
			PmoTable.Row row = rows.get(i);
			ConceptDefinitionComponent concept = codeSystem.getConcept().get(i);
			assertThat(concept.getCode()).isEqualTo(SwedishText.code(row.name()));
			assertThat(concept.getDisplay()).isEqualTo(row.name());
			assertThat(concept.getDefinition()).isEqualTo(row.description());
			assertThat(FhirResponses.properties(concept)).as(row.name())
				.containsExactly("visibleToPatient=" + row.visibleToPatient(),
						"cancellableByPatient=" + row.cancellableByPatient(),
						"rebookableByPatient=" + row.rebookableByPatient(), "smsReminder=" + row.smsReminder(),
						"bookableOnline=" + (row.visibleToPatient() && row.name().endsWith(" 1177")), "status=active");
		}
		assertThat(response.header("ETag")).isEqualTo("W/\"" + codeSystem.getVersion() + "\"");
		assertThat(response.header("Cache-Control")).isEqualTo("max-age=30, public");
		assertThat(response.header("Last-Modified")).isNotNull();
		Api.Response notModified = this.api.get("/fhir/CodeSystem/pmo-tidbokstyp", "If-None-Match",
				response.header("ETag"));
		assertThat(notModified.status()).isEqualTo(304);
		assertThat(notModified.header("ETag")).isEqualTo(response.header("ETag"));
		// Searches and operations: the same headers, and 304 the same way.
		Api.Response search = this.fhir.ok("/CodeSystem?url=" + SYSTEM);
		assertThat(search.header("Last-Modified")).isEqualTo(response.header("Last-Modified"));
		assertThat(search.header("ETag")).isEqualTo(response.header("ETag"));
		String expand = "/fhir/ValueSet/pmo-tidbokstyp-active/$expand";
		assertThat(this.api.get(expand, "If-None-Match", response.header("ETag")).status()).isEqualTo(304);
		assertThat(this.api.get(expand, "If-None-Match", "W/\"0\"").status()).isEqualTo(200);
		// XML as well, by _format.
		Api.Response xml = this.fhir.ok("/CodeSystem/pmo-tidbokstyp?_format=xml");
		assertThat(xml.contentType()).startsWith("application/fhir+xml");
		assertThat(this.fhir.parse(CodeSystem.class, xml).getConcept()).hasSize(109);
	}

	@Test
	void searchFindsTheCodeSystemByUrlAndVersion() {
		String version = this.fhir.parse(CodeSystem.class, this.fhir.ok("/CodeSystem/pmo-tidbokstyp")).getVersion();
		assertThat(this.fhir.searchTotal("/CodeSystem?url=" + SYSTEM)).isEqualTo(1);
		assertThat(this.fhir.searchTotal("/CodeSystem?url=" + SYSTEM + "&version=" + version)).isEqualTo(1);
		assertThat(this.fhir.searchTotal("/CodeSystem?version=" + version + "9")).isZero();
		assertThat(this.fhir.searchTotal("/CodeSystem?url=https://example.org/other")).isZero();
		assertThat(this.fhir.searchTotal("/ValueSet?url=https://tidbok.pmo.se/fhir/ValueSet/pmo-tidbokstyp-active"))
			.isEqualTo(1);
		assertThat(this.fhir.searchTotal("/ValueSet")).isEqualTo(3);
	}

	@Test
	void lookupOfMottagningstidMedTolkAnswersThatThePatientMayNotCancel() {
		Parameters lookup = this.fhir.parse(Parameters.class,
				this.fhir.ok("/CodeSystem/$lookup?system=" + SYSTEM + "&code=mottagningstid-med-tolk"));
		assertThat(lookup.getParameter("display").getValue().primitiveValue()).isEqualTo("Mottagningstid med tolk");
		assertThat(FhirResponses.lookupProperty(lookup, "cancellableByPatient")).isEqualTo("false");
		assertThat(FhirResponses.lookupProperty(lookup, "visibleToPatient")).isEqualTo("true");
		assertThat(FhirResponses.lookupProperty(lookup, "status")).isEqualTo("active");
		Parameters one = this.fhir.parse(Parameters.class, this.fhir.ok("/CodeSystem/$lookup?system=" + SYSTEM
				+ "&code=mottagningstid-med-tolk&property=cancellableByPatient"));
		assertThat(one.getParameters("property")).hasSize(1);
	}

	@Test
	void theBookableOnlineExpansionHasExactlyTheTypesBookableOnline() {
		List<String> bookable = PmoTable.rows()
			.stream()
			.filter((row) -> row.visibleToPatient() && row.name().endsWith(" 1177"))
			.map((row) -> SwedishText.code(row.name()))
			.toList();
		assertThat(this.fhir.expansion("/ValueSet/pmo-tidbokstyp-bookable-online/$expand")).isEqualTo(bookable)
			.hasSizeGreaterThan(10);
		List<String> visible = PmoTable.rows()
			.stream()
			.filter(PmoTable.Row::visibleToPatient)
			.map((row) -> SwedishText.code(row.name()))
			.toList();
		assertThat(this.fhir.expansion("/ValueSet/pmo-tidbokstyp-visible-to-patient/$expand")).isEqualTo(visible);
		assertThat(this.fhir.expansion("/ValueSet/pmo-tidbokstyp-active/$expand")).hasSize(109);
		// The catalog's own search: case and Swedish diacritics ignored.
		assertThat(this.fhir.expansion("/ValueSet/pmo-tidbokstyp-bookable-online/$expand?filter=L%C3%84KARE"))
			.isEqualTo(this.fhir.expansion(
					"/ValueSet/$expand?url=https://tidbok.pmo.se/fhir/ValueSet/pmo-tidbokstyp-bookable-online&filter=lakare"))
			.contains("lakare-besok-ej-akut-1177")
			.allMatch((code) -> code.contains("lakare") && code.endsWith("-1177"));
	}

	@Test
	void aRetiredCodeIsInvalidNowAndValidAtAnInstantBeforeItsRetirement() {
		Api.Response retired = this.api.send("POST", "/api/v1/admin/appointment-types/sexolog-1177/retirement", null,
				Api.with(ADMIN, "If-Match", "\"0\""));
		assertThat(retired.status()).as(retired.text()).isEqualTo(200);
		String codeSystem = "/CodeSystem/$validate-code?url=" + SYSTEM + "&code=sexolog-1177";
		String valueSet = "/ValueSet/pmo-tidbokstyp-active/$validate-code?system=" + SYSTEM + "&code=sexolog-1177";
		// The retirement took effect at the tests' now, 2026-03-20T08:30Z.
		String before = "&date=2026-03-20T09:00:00%2B01:00";
		assertThat(this.fhir.validateCode(codeSystem)).startsWith("false: The type 'sexolog-1177' is retired since");
		assertThat(this.fhir.validateCode(codeSystem + before)).isEqualTo("true");
		assertThat(this.fhir.validateCode(valueSet)).startsWith("false");
		assertThat(this.fhir.validateCode(valueSet + before)).isEqualTo("true");
		assertThat(this.fhir.validateCode("/CodeSystem/pmo-tidbokstyp/$validate-code?code=no-such-type"))
			.startsWith("false: No type has the code 'no-such-type'");
		ConceptDefinitionComponent concept = this.fhir
			.parse(CodeSystem.class, this.fhir.ok("/CodeSystem/pmo-tidbokstyp"))
			.getConcept()
			.stream()
			.filter((candidate) -> candidate.getCode().equals("sexolog-1177"))
			.findFirst()
			.orElseThrow();
		assertThat(FhirResponses.properties(concept)).contains("status=retired", "inactive=true");
		assertThat(this.fhir.expansion("/ValueSet/pmo-tidbokstyp-active/$expand")).hasSize(108)
			.doesNotContain("sexolog-1177");
	}

	@Test
	void aScheduledChangeShowsInTheCodeSystemAtItsInstantAndNotBefore() {
		Api.Response scheduled = this.api.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=2026-03-23T00:00:00%2B01:00",
				"{\"name\": \"Sexolog 1177\", \"description\": null, \"visibleToPatient\": true, "
						+ "\"cancellableByPatient\": true, \"rebookableByPatient\": false, \"smsReminder\": true}",
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		String sexolog = "/CodeSystem/$lookup?system=" + SYSTEM + "&code=sexolog-1177&property=rebookableByPatient";

		Api.Response now = this.fhir.ok(sexolog);
		assertThat(FhirResponses.lookupProperty(this.fhir.parse(Parameters.class, now), "rebookableByPatient"))
			.isEqualTo("true");
		assertThat(now.header("Cache-Control")).isEqualTo("max-age=30, public");
		String revision = now.header("Catalog-Revision");
		assertThat(now.header("ETag")).isEqualTo("W/\"" + revision + "\"");
		// As of Monday, asked before it.
		assertThat(this.fhir.lookupProperty(sexolog + "&date=2026-03-23", "rebookableByPatient")).isEqualTo("false");
		assertThat(this.fhir.lookupProperty(sexolog + "&date=2026-03-22T23:59:59.999%2B01:00", "rebookableByPatient"))
			.isEqualTo("true");

		this.clock.set(MONDAY.minusNanos(1));
		Api.Response justBefore = this.fhir.ok("/CodeSystem/pmo-tidbokstyp");
		assertThat(FhirResponses.properties(concept(justBefore, "sexolog-1177"))).contains("rebookableByPatient=true");
		assertThat(justBefore.header("Cache-Control")).isEqualTo("max-age=0, public");

		this.clock.set(MONDAY);
		Api.Response after = this.fhir.ok("/CodeSystem/pmo-tidbokstyp");
		assertThat(FhirResponses.properties(concept(after, "sexolog-1177"))).contains("rebookableByPatient=false");
		assertThat(after.header("Catalog-Revision")).isEqualTo(revision);
		assertThat(after.header("ETag")).isEqualTo("W/\"" + revision + "-2026-03-22T230000Z\"");
		assertThat(after.header("Cache-Control")).isEqualTo("max-age=30, public");
		// A client holding the CodeSystem from before the change gets the new one.
		assertThat(this.api.get("/fhir/CodeSystem/pmo-tidbokstyp", "If-None-Match", justBefore.header("ETag")).status())
			.isEqualTo(200);
		assertThat(this.api.get("/fhir/CodeSystem/pmo-tidbokstyp", "If-None-Match", after.header("ETag")).status())
			.isEqualTo(304);
		// And the CodeSystem as of before Monday, asked on Monday.
		Api.Response asOf = this.fhir.ok("/CodeSystem?url=" + SYSTEM + "&as-of=2026-03-22T12:00:00%2B01:00");
		Bundle bundle = this.fhir.parse(Bundle.class, asOf);
		ConceptDefinitionComponent then = ((CodeSystem) bundle.getEntryFirstRep().getResource()).getConcept()
			.stream()
			.filter((concept) -> concept.getCode().equals("sexolog-1177"))
			.findFirst()
			.orElseThrow();
		assertThat(FhirResponses.properties(then)).contains("rebookableByPatient=true");
		assertThat(asOf.header("Cache-Control")).isEqualTo("max-age=30, public");
	}

	private ConceptDefinitionComponent concept(Api.Response codeSystem, String code) {
		return this.fhir.parse(CodeSystem.class, codeSystem)
			.getConcept()
			.stream()
			.filter((concept) -> concept.getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	static List<String> codes(ValueSet expanded) {
		return expanded.getExpansion()
			.getContains()
			.stream()
			.map(ValueSet.ValueSetExpansionContainsComponent::getCode)
			.toList();
	}

}
