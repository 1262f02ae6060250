package se.pmo.tidbok.fhir;

import java.util.List;

import ca.uhn.fhir.model.api.annotation.Description;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * The CodeSystem {@code pmo-tidbokstyp}: read, search by {@code url} and {@code version},
 * {@code $lookup} and {@code $validate-code}, each now or as of an instant.
 */
class CodeSystemProvider extends TerminologyProvider<CodeSystem> {

	static final String AS_OF_DESCRIPTION = "The instant to answer for, as the catalog was (or is scheduled to be) then; "
			+ "now when left out. A FHIR dateTime with an offset, a date (its start in Europe/Stockholm), or a local "
			+ "date-time read in Europe/Stockholm. A read answers for now: search by url with as-of for another instant.";

	CodeSystemProvider(CatalogAnswers answers, TerminologyResources resources, TerminologyQuestions questions) {
		super(CodeSystem.class, answers, resources, questions);
	}

	@Read(version = true)
	public CodeSystem read(@IdParam IdType id, RequestDetails request, HttpServletResponse response) {
		if (!TerminologyResources.CODE_SYSTEM_ID.equals(id.getIdPart())) {
			throw new ResourceNotFoundException(id);
		}
		CatalogAnswers.Answer answer = this.answers.read(id);
		return this.answers.send(answer, request, response, true, this.resources.codeSystem(answer.at(), answer.now()));
	}

	@Search
	public IBundleProvider search(
			@Description(shortDefinition = "The CodeSystem's canonical URL") @OptionalParam(
					name = CodeSystem.SP_URL) UriParam url,
			@Description(shortDefinition = "The catalog revision") @OptionalParam(
					name = CodeSystem.SP_VERSION) TokenParam version,
			@Description(shortDefinition = AS_OF_DESCRIPTION) @OptionalParam(
					name = CatalogAnswers.AS_OF) DateParam asOf,
			RequestDetails request, HttpServletResponse response) {
		return search(url, version, request, response, (at, now) -> List.of(this.resources.codeSystem(at, now)));
	}

	@Operation(name = "$lookup", idempotent = true,
			canonicalUrl = "http://hl7.org/fhir/OperationDefinition/CodeSystem-lookup",
			returnParameters = { @OperationParam(name = "name", type = StringType.class, min = 1),
					@OperationParam(name = "version", type = StringType.class),
					@OperationParam(name = "display", type = StringType.class, min = 1),
					@OperationParam(name = "definition", type = StringType.class),
					@OperationParam(name = "property", max = OperationParam.MAX_UNLIMITED) })
	public Parameters lookup(@OperationParam(name = "code", min = 1) CodeType code,
			@OperationParam(name = "system", min = 1) UriType system,
			@OperationParam(name = "version") StringType version, @OperationParam(name = "date") DateTimeType date,
			@OperationParam(name = "property", max = OperationParam.MAX_UNLIMITED) List<CodeType> property,
			RequestDetails request, HttpServletResponse response) {
		String requiredCode = TerminologyQuestions.required("code", code);
		this.questions.requireCodeSystem("system", TerminologyQuestions.required("system", system));
		CatalogAnswers.Answer answer = this.answers.at(CatalogAnswers.DATE, TerminologyQuestions.text(date));
		this.questions.requireVersion(answer.at(), TerminologyQuestions.text(version));
		CatalogVersion type = answer.at()
			.find(requiredCode)
			.orElseThrow(() -> new ResourceNotFoundException(this.questions.unknownCode(requiredCode, answer.at())));
		List<String> wanted = (property != null) ? property.stream().map(CodeType::getValue).toList() : List.of();
		return this.answers.send(answer, request, response, false, this.resources.lookup(type, answer.at(), wanted));
	}

	@Operation(name = "$validate-code", idempotent = true,
			canonicalUrl = "http://hl7.org/fhir/OperationDefinition/CodeSystem-validate-code",
			returnParameters = { @OperationParam(name = "result", type = BooleanType.class, min = 1),
					@OperationParam(name = "message", type = StringType.class),
					@OperationParam(name = "display", type = StringType.class) })
	public Parameters validateCode(@IdParam(optional = true) IdType id, @OperationParam(name = "url") UriType url,
			@OperationParam(name = "code", min = 1) CodeType code, @OperationParam(name = "version") StringType version,
			@OperationParam(name = "display") StringType display, @OperationParam(name = "date") DateTimeType date,
			RequestDetails request, HttpServletResponse response) {
		if (id != null && id.hasIdPart() && !TerminologyResources.CODE_SYSTEM_ID.equals(id.getIdPart())) {
			throw new ResourceNotFoundException(id);
		}
		if (id == null || !id.hasIdPart() || url != null) {
			this.questions.requireCodeSystem("url", TerminologyQuestions.required("url", url));
		}
		String requiredCode = TerminologyQuestions.required("code", code);
		CatalogAnswers.Answer answer = this.answers.at(CatalogAnswers.DATE, TerminologyQuestions.text(date));
		this.questions.requireVersion(answer.at(), TerminologyQuestions.text(version));
		return this.answers.send(answer, request, response, false,
				this.questions.validate(answer.at(), requiredCode, TerminologyQuestions.text(display), null));
	}

}
