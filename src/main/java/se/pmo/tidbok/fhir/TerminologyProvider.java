package se.pmo.tidbok.fhir;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * What the resource providers share: the catalog at the instant asked for, the resources
 * made of it, and the questions the operations ask.
 *
 * @param <T> the resource type the provider serves
 */
abstract class TerminologyProvider<T extends MetadataResource> implements IResourceProvider {

	final CatalogAnswers answers;

	final TerminologyResources resources;

	final TerminologyQuestions questions;

	private final Class<T> type;

	TerminologyProvider(Class<T> type, CatalogAnswers answers, TerminologyResources resources,
			TerminologyQuestions questions) {
		this.type = type;
		this.answers = answers;
		this.resources = resources;
		this.questions = questions;
	}

	@Override
	public Class<T> getResourceType() {
		return this.type;
	}

	/**
	 * A search by {@code url} and {@code version} among the resources the catalog gives
	 * at {@code as-of} (now when absent).
	 */
	IBundleProvider search(UriParam url, TokenParam version, RequestDetails request, HttpServletResponse response,
			BiFunction<CatalogAt, Instant, List<T>> resources) {
		CatalogAnswers.Answer answer = this.answers.at(CatalogAnswers.AS_OF,
				CatalogAnswers.parameter(request, CatalogAnswers.AS_OF));
		List<T> found = resources.apply(answer.at(), answer.now())
			.stream()
			.filter((resource) -> url == null || resource.getUrl().equals(url.getValue()))
			.filter((resource) -> version == null || resource.getVersion().equals(version.getValue()))
			.toList();
		return this.answers.send(answer, request, response, false, CatalogAnswers.bundle(answer, found));
	}

}
