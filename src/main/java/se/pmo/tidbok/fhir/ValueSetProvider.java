package se.pmo.tidbok.fhir;

import java.util.Arrays;
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
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The value sets of {@link CatalogValueSet}: read, search by {@code url} and
 * {@code version}, {@code $expand} (with {@code filter}) and {@code $validate-code}, each
 * now or as of an instant.
 */
class ValueSetProvider extends TerminologyProvider<ValueSet> {

	/** The longest {@code filter}, as the catalog's own search. */
	private static final int MAX_FILTER_LENGTH = 200;

	ValueSetProvider(CatalogAnswers answers, TerminologyResources resources, TerminologyQuestions questions) {
		super(ValueSet.class, answers, resources, questions);
	}

	@Read(version = true)
	public ValueSet read(@IdParam IdType id, RequestDetails request, HttpServletResponse response) {
		CatalogValueSet set = CatalogValueSet.byId(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(id));
		CatalogAnswers.Answer answer = this.answers.read(id);
		return this.answers.send(answer, request, response, true,
				this.resources.valueSet(set, answer.at(), answer.now()));
	}

	@Search
	public IBundleProvider search(
			@Description(shortDefinition = "The value set's canonical URL") @OptionalParam(
					name = ValueSet.SP_URL) UriParam url,
			@Description(shortDefinition = "The catalog revision") @OptionalParam(
					name = ValueSet.SP_VERSION) TokenParam version,
			@Description(shortDefinition = CodeSystemProvider.AS_OF_DESCRIPTION) @OptionalParam(
					name = CatalogAnswers.AS_OF) DateParam asOf,
			RequestDetails request, HttpServletResponse response) {
		return search(url, version, request, response,
				(at, now) -> Arrays.stream(CatalogValueSet.values())
					.map((set) -> this.resources.valueSet(set, at, now))
					.toList());
	}

	@Operation(name = "$expand", idempotent = true,
			canonicalUrl = "http://hl7.org/fhir/OperationDefinition/ValueSet-expand")
	public ValueSet expand(@IdParam(optional = true) IdType id, @OperationParam(name = "url") UriType url,
			@OperationParam(name = "filter") StringType filter, @OperationParam(name = "date") DateTimeType date,
			RequestDetails request, HttpServletResponse response) {
		CatalogValueSet set = valueSet(id, url);
		String text = TerminologyQuestions.text(filter);
		if (text != null && text.length() > MAX_FILTER_LENGTH) {
			throw new InvalidRequestException(
					"Parameter 'filter' is longer than " + MAX_FILTER_LENGTH + " characters, the most searched for.");
		}
		CatalogAnswers.Answer answer = this.answers.at(CatalogAnswers.DATE, TerminologyQuestions.text(date));
		return this.answers.send(answer, request, response, false,
				this.resources.expansion(set, answer.at(), text, answer.now()));
	}

	@Operation(name = "$validate-code", idempotent = true,
			canonicalUrl = "http://hl7.org/fhir/OperationDefinition/ValueSet-validate-code",
			returnParameters = { @OperationParam(name = "result", type = BooleanType.class, min = 1),
					@OperationParam(name = "message", type = StringType.class),
					@OperationParam(name = "display", type = StringType.class) })
	public Parameters validateCode(@IdParam(optional = true) IdType id, @OperationParam(name = "url") UriType url,
			@OperationParam(name = "code", min = 1) CodeType code,
			@OperationParam(name = "system", min = 1) UriType system,
			@OperationParam(name = "systemVersion") StringType systemVersion,
			@OperationParam(name = "display") StringType display, @OperationParam(name = "date") DateTimeType date,
			RequestDetails request, HttpServletResponse response) {
		CatalogValueSet set = valueSet(id, url);
		String requiredCode = TerminologyQuestions.required("code", code);
		this.questions.requireCodeSystem("system", TerminologyQuestions.required("system", system));
		CatalogAnswers.Answer answer = this.answers.at(CatalogAnswers.DATE, TerminologyQuestions.text(date));
		this.questions.requireVersion(answer.at(), TerminologyQuestions.text(systemVersion));
		return this.answers.send(answer, request, response, false,
				this.questions.validate(answer.at(), requiredCode, TerminologyQuestions.text(display), set));
	}

	/** The value set asked about: by the instance's id, else by {@code url}. */
	private CatalogValueSet valueSet(IdType id, UriType url) {
		if (id != null && id.hasIdPart()) {
			CatalogValueSet set = CatalogValueSet.byId(id.getIdPart())
				.orElseThrow(() -> new ResourceNotFoundException(id));
			if (url != null && set != this.questions.valueSet("url", url.getValue())) {
				throw new InvalidRequestException("'url' names another value set than " + id.getIdPart() + ".");
			}
			return set;
		}
		return this.questions.valueSet("url", TerminologyQuestions.required("url", url));
	}

}
