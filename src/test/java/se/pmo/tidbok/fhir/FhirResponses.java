package se.pmo.tidbok.fhir;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;

import se.pmo.tidbok.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests to the FHIR endpoint that check what every answer must be: a FHIR resource
 * that validates with no error; refusals an OperationOutcome that names no internals.
 */
record FhirResponses(Api api, FhirValidation validation) {

	/** A 200 answer to GET /fhir + path, whose body validates. */
	Api.Response ok(String path) {
		Api.Response response = this.api.get("/fhir" + path);
		assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/fhir+");
		this.validation.valid(response.text());
		return response;
	}

	/**
	 * A refusal with this status: a valid OperationOutcome with an error, nothing
	 * internal.
	 */
	OperationOutcome refused(int status, String method, String path, String... headers) {
		Api.Response response = this.api.send(method, "/fhir" + path, null, headers);
		assertThat(response.status()).as(method + " " + path + ": " + response.text()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/fhir+json");
		assertThat(response.text()).doesNotContain("Exception", "java.", "se.pmo", "\tat ");
		OperationOutcome outcome = (OperationOutcome) this.validation.valid(response.text());
		assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).isNotBlank();
		return outcome;
	}

	<T extends IBaseResource> T parse(Class<T> type, Api.Response response) {
		String body = response.text();
		IBaseResource resource = body.startsWith("<") ? this.validation.context().newXmlParser().parseResource(body)
				: this.validation.context().newJsonParser().parseResource(body);
		return type.cast(resource);
	}

	int searchTotal(String path) {
		Bundle bundle = parse(Bundle.class, ok(path));
		assertThat(bundle.getEntry()).hasSize(bundle.getTotal());
		return bundle.getTotal();
	}

	/** The codes of an expansion, in its order. */
	List<String> expansion(String path) {
		ValueSet expanded = parse(ValueSet.class, ok(path));
		assertThat(expanded.getExpansion().getTotal()).isEqualTo(expanded.getExpansion().getContains().size());
		return FhirTerminologyTests.codes(expanded);
	}

	/** "true", or "false: " and the message. */
	String validateCode(String path) {
		Parameters result = parse(Parameters.class, ok(path));
		boolean valid = result.getParameterBool("result");
		return valid ? "true" : "false: " + result.getParameter("message").getValue().primitiveValue();
	}

	String lookupProperty(String path, String property) {
		return lookupProperty(parse(Parameters.class, ok(path)), property);
	}

	static String lookupProperty(Parameters lookup, String property) {
		return lookup.getParameters("property")
			.stream()
			.filter((part) -> part.getPart()
				.stream()
				.anyMatch((p) -> p.getName().equals("code") && p.getValue().primitiveValue().equals(property)))
			.flatMap((part) -> part.getPart().stream())
			.filter((p) -> p.getName().equals("value"))
			.map((p) -> p.getValue().primitiveValue())
			.findFirst()
			.orElse(null);
	}

	/** A concept's properties as code=value, in their order. */
	static List<String> properties(ConceptDefinitionComponent concept) {
		return concept.getProperty()
			.stream()
			.map((property) -> property.getCode() + "=" + property.getValue().primitiveValue())
			.toList();
	}

}
