package se.pmo.tidbok.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;

import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR endpoint as a FHIR client sees it: the CapabilityStatement, a HAPI generic
 * client against the running service, and every refusal an OperationOutcome with its 4xx
 * status.
 */
@IntegrationTest
class FhirEndpointTests extends FhirIntegration {

	private static final String LOOKUP = "/CodeSystem/$lookup?system=" + SYSTEM + "&code=mottagningstid-med-tolk";

	@Test
	void theCapabilityStatementListsWhatIsOfferedAndTheInstantParameters() {
		CapabilityStatement capabilities = this.fhir.parse(CapabilityStatement.class, this.fhir.ok("/metadata"));
		assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
		assertThat(capabilities.getFormat()).extracting(CodeType::getValue)
			.contains("application/fhir+json", "application/fhir+xml");
		assertThat(capabilities.getRestFirstRep().getDocumentation()).contains("'as-of'", "'date'");
		CapabilityStatementRestResourceComponent codeSystem = resource(capabilities, "CodeSystem");
		assertThat(codeSystem.getOperation()).extracting((operation) -> operation.getName())
			.containsExactlyInAnyOrder("lookup", "validate-code");
		assertThat(codeSystem.getSearchParam()).extracting((parameter) -> parameter.getName())
			.containsExactlyInAnyOrder("url", "version", "as-of");
		CapabilityStatementRestResourceComponent valueSet = resource(capabilities, "ValueSet");
		assertThat(valueSet.getOperation()).extracting((operation) -> operation.getName())
			.containsExactlyInAnyOrder("expand", "validate-code");
		assertThat(valueSet.getSearchParam()).extracting((parameter) -> parameter.getName())
			.containsExactlyInAnyOrder("url", "version", "as-of");
		assertThat(codeSystem.getInteraction()).extracting((interaction) -> interaction.getCode().toCode())
			.containsExactlyInAnyOrder("read", "vread", "search-type");
	}

	@Test
	void aHapiGenericClientReadsTheCodeSystemAndLooksACodeUp() {
		FhirContext clientContext = FhirContext.forR4Cached();
		clientContext.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.ONCE);
		IGenericClient client = clientContext.newRestfulGenericClient("http://127.0.0.1:" + this.api.port() + "/fhir");
		CodeSystem codeSystem = client.read().resource(CodeSystem.class).withId("pmo-tidbokstyp").execute();
		assertThat(codeSystem.getUrl()).isEqualTo(SYSTEM);
		assertThat(codeSystem.getConcept()).hasSize(109);
		Parameters lookup = client.operation()
			.onType(CodeSystem.class)
			.named("$lookup")
			.withParameter(Parameters.class, "system", new UriType(SYSTEM))
			.andParameter("code", new CodeType("mottagningstid-med-tolk"))
			.useHttpGet()
			.execute();
		assertThat(lookup.getParameter("display").getValue().primitiveValue()).isEqualTo("Mottagningstid med tolk");
		assertThat(FhirResponses.lookupProperty(lookup, "cancellableByPatient")).isEqualTo("false");
	}

	@Test
	void unknownCodesAndBadParametersAreOperationOutcomesWithTheirStatus() {
		this.fhir.refused(404, "GET", "/CodeSystem/no-such-code-system");
		this.fhir.refused(404, "GET", "/CodeSystem/pmo-tidbokstyp/_history/999");
		this.fhir.refused(404, "GET", "/ValueSet/no-such-value-set");
		this.fhir.refused(404, "GET", "/CodeSystem/$lookup?system=" + SYSTEM + "&code=no-such-type");
		this.fhir.refused(404, "GET", "/CodeSystem/$lookup?system=https://example.org/other&code=x");
		this.fhir.refused(404, "GET", LOOKUP + "&version=999999");
		this.fhir.refused(400, "GET", "/CodeSystem/$lookup?code=mottagningstid-med-tolk");
		this.fhir.refused(400, "GET", "/CodeSystem/$lookup?system=" + SYSTEM);
		this.fhir.refused(400, "GET", LOOKUP + "&date=yesterday");
		// A local time the clocks skip in Stockholm.
		assertThat(
				this.fhir.refused(400, "GET", LOOKUP + "&date=2026-03-29T02:30:00").getIssueFirstRep().getDiagnostics())
			.contains("does not exist");
		this.fhir.refused(400, "GET", "/CodeSystem?url=" + SYSTEM + "&as-of=tomorrow");
		this.fhir.refused(400, "GET", "/CodeSystem/$validate-code?code=x");
		this.fhir.refused(404, "GET", "/ValueSet/no-such-value-set/$expand");
		this.fhir.refused(400, "GET", "/ValueSet/$expand");
		this.fhir.refused(404, "GET", "/ValueSet/$expand?url=https://example.org/ValueSet/other");
		this.fhir.refused(400, "GET", "/ValueSet/pmo-tidbokstyp-active/$expand?filter=" + "a".repeat(201));
		this.fhir.refused(400, "GET", "/ValueSet/pmo-tidbokstyp-active/$validate-code?code=x");
		this.fhir.refused(400, "GET", LOOKUP + "&code=vaccination-1177");
		this.fhir.refused(400, "GET", "/CodeSystem?url=%C3%28");
		this.fhir.refused(404, "GET", "/Patient/1");
		this.fhir.refused(405, "POST", "/CodeSystem/$lookup");
		this.fhir.refused(405, "DELETE", "/CodeSystem/pmo-tidbokstyp");
		this.fhir.refused(406, "GET", "/metadata?_format=ttl");
		// Turtle is not chosen when asked for in Accept: JSON instead.
		assertThat(this.api.get("/fhir/metadata", "Accept", "text/turtle").contentType())
			.startsWith("application/fhir+json");
	}

	private static CapabilityStatementRestResourceComponent resource(CapabilityStatement capabilities, String type) {
		return capabilities.getRestFirstRep()
			.getResource()
			.stream()
			.filter((resource) -> resource.getType().equals(type))
			.findFirst()
			.orElseThrow();
	}

}
