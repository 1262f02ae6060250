package se.pmo.tidbok.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;

/**
 * What the FHIR endpoint's test classes share: the running application and requests whose
 * answers are validated ({@link FhirResponses}).
 */
abstract class FhirIntegration {

	static final String SYSTEM = "https://tidbok.pmo.se/fhir/CodeSystem/pmo-tidbokstyp";

	@Autowired
	Api api;

	@Autowired
	FhirContext fhirContext;

	FhirResponses fhir;

	@BeforeEach
	void fhirClient() {
		this.fhir = new FhirResponses(this.api, FhirValidation.get(this.fhirContext));
	}

}
