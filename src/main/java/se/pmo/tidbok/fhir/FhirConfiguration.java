package se.pmo.tidbok.fhir;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.ServletException;
import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.web.CatalogHttp;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * The FHIR endpoint at {@code /fhir}: HAPI's server as a servlet of its own, initialised
 * just after the application is ready (its FHIR context is made once), and the filter
 * that answers its refusals as OperationOutcomes.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(FhirConfiguration.class);

	static final String PATH = "/fhir";

	private static final String SERVLET = "fhir";

	private static final Duration INITIALISE_AFTER = Duration.ofSeconds(1);

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
		registration.setName(SERVLET);
		return registration;
	}

	/**
	 * Initialises HAPI's server (about a second of CPU: its bindings, the
	 * CapabilityStatement) a second after the application is ready, on a thread of its
	 * own: it neither delays readiness nor takes the CPU from the first answers (on two
	 * cores the start-up has none to spare), nor waits for the first FHIR request. A FHIR
	 * request that comes before initialises it, as Tomcat does for any servlet, and one
	 * that comes meanwhile waits for it.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> fhirServletInitialisation() {
		return (event) -> {
			if (event.getApplicationContext() instanceof WebServerApplicationContext context
					&& context.getWebServer() instanceof TomcatWebServer tomcat) {
				for (Container application : tomcat.getTomcat().getHost().findChildren()) {
					if (application.findChild(SERVLET) instanceof Wrapper servlet) {
						Thread.ofPlatform().daemon().name("fhir-init").start(() -> initialiseLater(servlet));
					}
				}
			}
		};
	}

	private static void initialiseLater(Wrapper servlet) {
		try {
			Thread.sleep(INITIALISE_AFTER);
			// Not once the application has stopped meanwhile.
			if (servlet.getState().isAvailable()) {
				servlet.load();
			}
		}
		catch (InterruptedException ex) {
			// Stopped before: the first FHIR request initialises it.
			Thread.currentThread().interrupt();
		}
		catch (ServletException | RuntimeException ex) {
			// The first FHIR request tries again, and answers the failure.
			logger.warn("Could not initialise the FHIR servlet ahead of its first request", ex);
		}
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
