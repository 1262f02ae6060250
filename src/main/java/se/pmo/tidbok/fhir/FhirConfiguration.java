package se.pmo.tidbok.fhir;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.web.CatalogHttp;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * The FHIR endpoint at {@code /fhir}: HAPI's server as a servlet of its own, started with
 * the application (its FHIR context, the costly part, is made once), and the filter that
 * answers its refusals as OperationOutcomes.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

	static final String PATH = "/fhir";

	/** Operation and search parameters taken at most once. */
	private static final Set<String> SINGLE_VALUED = Set.of("code", "system", "url", "version", "date", "display",
			"filter", "systemVersion", CatalogAnswers.AS_OF, "_format");

	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR4();
	}

	@Bean
	ServletRegistrationBean<TerminologyServer> fhirServlet(FhirContext fhirContext, FhirProperties properties,
			Catalog catalog, CatalogHttp.Caching catalogCaching, Clock clock, CalendarZone calendarZone) {
		TerminologyResources resources = new TerminologyResources(properties, calendarZone.zone());
		TerminologyQuestions questions = new TerminologyQuestions(resources, calendarZone.zone());
		CatalogAnswers answers = new CatalogAnswers(catalog, catalogCaching, clock, calendarZone.zone());
		TerminologyServer server = new TerminologyServer(fhirContext,
				List.of(new CodeSystemProvider(answers, resources, questions),
						new ValueSetProvider(answers, resources, questions)),
				clock);
		ServletRegistrationBean<TerminologyServer> registration = new ServletRegistrationBean<>(server, PATH + "/*");
		registration.setName("fhir");
		// Initialised with the application, not on the first request.
		registration.setLoadOnStartup(1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FhirRequestFilter> fhirRequestFilter(FhirContext fhirContext,
			List<SingleValuedParameters> singleValued) {
		Set<String> names = new HashSet<>(SINGLE_VALUED);
		singleValued.forEach((parameters) -> names.addAll(parameters.names()));
		FilterRegistrationBean<FhirRequestFilter> registration = new FilterRegistrationBean<>(
				new FhirRequestFilter(names, fhirContext));
		registration.addUrlPatterns(PATH + "/*");
		// Before the request guard, which would answer with problem details.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
