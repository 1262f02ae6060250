package se.pmo.tidbok.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HAPI's validator against the FHIR R4 base specification, offline (the definitions come
 * from hapi-fhir-validation-resources-r4). The service's own CodeSystem and value sets
 * are known to it, as a terminology server's clients would know them, so codes from them
 * are checked too.
 */
final class FhirValidation {

	private static FhirValidation instance;

	private final FhirContext context;

	private final PrePopulatedValidationSupport served;

	private final FhirValidator validator;

	private FhirValidation(FhirContext context) {
		this.context = context;
		this.served = new PrePopulatedValidationSupport(context);
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
				new CommonCodeSystemsTerminologyService(context),
				new InMemoryTerminologyServerValidationSupport(context),
				new SnapshotGeneratingValidationSupport(context), this.served);
		this.validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
	}

	/**
	 * One validator for the suite: it loads the whole specification, which takes seconds.
	 */
	static synchronized FhirValidation get(FhirContext context) {
		if (instance == null) {
			instance = new FhirValidation(context);
		}
		return instance;
	}

	FhirContext context() {
		return this.context;
	}

	/** The errors and fatal messages of validating the resource, as text. */
	List<String> errors(String resource) {
		return this.validator.validateWithResult(resource)
			.getMessages()
			.stream()
			.filter((message) -> message.getSeverity() == ResultSeverityEnum.ERROR
					|| message.getSeverity() == ResultSeverityEnum.FATAL)
			.map(SingleValidationMessage::toString)
			.toList();
	}

	/** Parses the body as a resource after checking that it validates with no error. */
	IBaseResource valid(String body) {
		assertThat(errors(body)).as("validation errors of %s", body.substring(0, Math.min(body.length(), 300)))
			.isEmpty();
		return body.startsWith("<") ? this.context.newXmlParser().parseResource(body)
				: this.context.newJsonParser().parseResource(body);
	}

	/** Makes the resource known to the validator, e.g. the served CodeSystem. */
	void know(IBaseResource resource) {
		this.served.addResource(resource);
	}

}
