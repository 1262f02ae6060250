/**
 * The catalog as FHIR R4 terminology under {@code /fhir}: the CodeSystem
 * {@code pmo-tidbokstyp} with the patient rights as concept properties, the value sets
 * integrations bind to, and {@code $lookup}, {@code $validate-code} and {@code $expand},
 * now or as of any instant. A read-only view of the catalog's public read API (its
 * timeline); it writes nothing and owns no data.
 * <p>
 * Built on HAPI FHIR's plain server ({@code RestfulServer}, one servlet at
 * {@code /fhir/*}) with resource providers, rather than HAPI's structures behind Spring
 * MVC controllers: HAPI then does what FHIR clients rely on and what would otherwise be
 * written by hand and kept in step with the specification: content negotiation
 * ({@code _format}, {@code application/fhir+json} and {@code +xml}), the
 * CapabilityStatement and OperationDefinitions generated from the providers themselves,
 * operation parameters over GET, and every error as an {@code OperationOutcome}. Spring's
 * problem details stay the answer of the JSON API; nothing here passes through the
 * DispatcherServlet or its error handling.
 */
package se.pmo.tidbok.fhir;
