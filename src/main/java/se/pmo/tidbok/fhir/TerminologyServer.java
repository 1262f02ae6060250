package se.pmo.tidbok.fhir;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.ETagSupportEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HAPI FHIR's plain server with the terminology providers: it negotiates the format,
 * binds the parameters, generates the CapabilityStatement and OperationDefinitions, and
 * answers every error as an OperationOutcome. An error nobody expected is logged and
 * answered with a 500 that says nothing about the service's internals.
 */
class TerminologyServer extends RestfulServer {

	private static final Logger logger = LoggerFactory.getLogger(TerminologyServer.class);

	static final String DOCUMENTATION = "Read-only FHIR R4 terminology of the PMO appointment-book types. "
			+ "Reads answer for now; searches for now or for the instant in 'as-of'; the operations "
			+ "($lookup, $validate-code, $expand) take FHIR's 'date' for the same. Instants: a FHIR dateTime with "
			+ "an offset, a date (its start in Europe/Stockholm) or a local date-time read in Europe/Stockholm. "
			+ "Only GET is answered.";

	TerminologyServer(FhirContext context, List<IResourceProvider> providers, Clock clock) {
		super(context);
		setResourceProviders(providers);
		setDefaultResponseEncoding(EncodingEnum.JSON);
		setETagSupport(ETagSupportEnum.ENABLED);
		setServerName("tidbok-catalog");
		setImplementationDescription("PMO tidbokstyper as FHIR terminology");
		registerInterceptor(new Outcomes(clock));
	}

	@Interceptor
	static final class Outcomes {

		private final Clock clock;

		Outcomes(Clock clock) {
			this.clock = clock;
		}

		/**
		 * Keeps the client's mistakes (4xx) and HAPI's 304 as they are; anything else
		 * becomes a 500 without its message, which may name classes.
		 */
		@Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
		public BaseServerResponseException unexpected(RequestDetails request, Throwable thrown) {
			if (thrown instanceof BaseServerResponseException known && known.getStatusCode() < 500) {
				return known;
			}
			if (thrown instanceof DataFormatException unreadable) {
				// A parameter HAPI could not read as its FHIR type, e.g. date=yesterday.
				return new InvalidRequestException(unreadable.getMessage());
			}
			logger.error("FHIR request {} {} failed", request.getRequestType(), request.getRequestPath(), thrown);
			return new InternalErrorException("The service could not answer this request.");
		}

		/** The statement's date by the injected clock; what the parameters mean. */
		@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
		public void describe(IBaseConformance statement) {
			CapabilityStatement capabilities = (CapabilityStatement) statement;
			capabilities.setDate(Date.from(this.clock.instant()));
			capabilities.setName("TidbokCatalogTerminology");
			capabilities.setTitle("tidbok-catalog FHIR terminology");
			// HAPI would give its own version as the service's.
			capabilities.getSoftware().setVersion(null);
			capabilities.setPublisher("PMO");
			capabilities.setDescription(DOCUMENTATION);
			capabilities.getRestFirstRep().setDocumentation(DOCUMENTATION);
		}

	}

}
