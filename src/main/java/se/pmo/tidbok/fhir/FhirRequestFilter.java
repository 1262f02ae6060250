package se.pmo.tidbok.fhir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.OperationOutcome;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import se.pmo.tidbok.web.SecurityHeaders;

/**
 * Answers, as OperationOutcomes, what the service's request guard would otherwise refuse
 * with a problem detail, before it sees a FHIR request: a method other than GET (405; the
 * endpoint is read-only and its operations have no side effects), a query that is not
 * valid percent-encoded UTF-8, and a parameter given twice that is taken once. It also
 * keeps HAPI from choosing Turtle, which is not offered.
 */
class FhirRequestFilter extends OncePerRequestFilter {

	private static final Pattern TURTLE = Pattern.compile("(?i)(text/turtle|application/x-turtle|\\bttl\\b)");

	private final Set<String> singleValued;

	private final FhirContext context;

	FhirRequestFilter(Set<String> singleValued, FhirContext context) {
		this.singleValued = Set.copyOf(singleValued);
		this.context = context;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!request.getMethod().equals("GET")) {
			response.setHeader(HttpHeaders.ALLOW, "GET");
			refuse(response, 405, OperationOutcome.IssueType.NOTSUPPORTED,
					"Only GET is answered: this FHIR endpoint is read-only.");
			return;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			refuse(response, 400, OperationOutcome.IssueType.INVALID,
					"The query string is not valid percent-encoded UTF-8.");
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getValue().length > 1 && this.singleValued.contains(parameter.getKey())) {
				refuse(response, 400, OperationOutcome.IssueType.INVALID, "Parameter '" + parameter.getKey()
						+ "' is given " + parameter.getValue().length + " times; give it once.");
				return;
			}
			if (parameter.getKey().equals("_format") && TURTLE.matcher(String.join(",", parameter.getValue())).find()) {
				refuse(response, 406, OperationOutcome.IssueType.NOTSUPPORTED,
						"Turtle is not offered; ask for JSON or XML.");
				return;
			}
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		chain.doFilter((accept != null && TURTLE.matcher(accept).find()) ? new WithoutTurtle(request) : request,
				response);
	}

	private void refuse(HttpServletResponse response, int status, OperationOutcome.IssueType type, String message)
			throws IOException {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
		byte[] body = this.context.newJsonParser().encodeResourceToString(outcome).getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		SecurityHeaders.apply(response);
		response.setContentType("application/fhir+json;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The request with the Turtle media types taken out of its Accept header. */
	private static final class WithoutTurtle extends HttpServletRequestWrapper {

		WithoutTurtle(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return name.equalsIgnoreCase(HttpHeaders.ACCEPT) ? accept() : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if (!name.equalsIgnoreCase(HttpHeaders.ACCEPT)) {
				return super.getHeaders(name);
			}
			String accept = accept();
			return Collections.enumeration((accept != null) ? List.of(accept) : List.of());
		}

		private String accept() {
			String kept = String.join(",",
					List.of(super.getHeader(HttpHeaders.ACCEPT).split(","))
						.stream()
						.filter((type) -> !TURTLE.matcher(type).find())
						.toList());
			return kept.isBlank() ? null : kept;
		}

	}

}
