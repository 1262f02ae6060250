package se.pmo.tidbok.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.Refusal;
import se.pmo.tidbok.web.RefusalExamples;

/**
 * One answer of each problem type, as the service gives it, for the examples of the
 * OpenAPI description: a refusal's is written by its own record from the example facts
 * its module gives ({@link RefusalExamples}), the framework's and the filters' answers
 * are written here. A test checks that every type has one and that each validates.
 */
@Component
class ProblemExamples {

	/** The zone the examples are written in: the rules' default. */
	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private final Map<URI, Map<String, Object>> examples = new HashMap<>();

	ProblemExamples(List<RefusalExamples> refusals) {
		refusals.forEach(
				(module) -> module.examples().forEach((refusal, instance) -> add(instance, refusal.problem(ZONE))));
		add(ProblemType.INVALID_PARAMETER, "/api/v1/appointment-types",
				"Parameter 'visibleToPatient' must be true or false, not 'maybe'.", "parameter", "visibleToPatient");
		add(ProblemType.INVALID_TIME, "/api/v1/appointment-types/vaccination-1177/policy",
				"'start' is not an ISO-8601 date-time; send one with an offset, such as 2026-03-29T10:00:00+02:00.",
				"parameter", "start", "value", "next-tuesday");
		add(ProblemType.NONEXISTENT_LOCAL_TIME, "/api/v1/appointment-types/vaccination-1177/policy",
				"'start' is 2026-03-29T02:30, a local time that does not exist in Europe/Stockholm (the clocks skip it "
						+ "when daylight saving time starts). Send the time with an offset.",
				"parameter", "start", "value", "2026-03-29T02:30");
		add(ProblemType.AMBIGUOUS_LOCAL_TIME, "/api/v1/booking-window",
				"'at' is 2026-10-25T02:30, a local time that occurs twice in Europe/Stockholm (when daylight saving "
						+ "time ends). Send the time with an offset, +02:00 or +01:00.",
				"parameter", "at", "value", "2026-10-25T02:30");
		add(ProblemType.BATCH_TOO_LARGE, "/api/v1/policy-evaluations",
				"'appointments' holds at most 1000 appointments; this one has 1001.", "limit", 1000, "size", 1001);
		add(ProblemType.BAD_REQUEST, null,
				"The request could not be parsed: check the request line (HTTP/1.1), the path, the query string and the headers.");
		add(ProblemType.UNAUTHORIZED, "/api/v1/admin/appointment-types",
				"Changing the catalog needs an authenticated administrator.");
		add(ProblemType.FORBIDDEN, "/api/v1/admin/appointment-types",
				"Changing the catalog needs the administrator role.");
		add(ProblemType.UNKNOWN_APPOINTMENT_TYPE, "/api/v1/appointment-types/finns-inte",
				"No appointment type has the code 'finns-inte'.", "code", "finns-inte");
		add(ProblemType.NOT_FOUND, "/api/v1/appointment-type", "No resource at this path.");
		add(ProblemType.METHOD_NOT_ALLOWED, "/api/v1/rules", "Method 'DELETE' is not supported.");
		add(ProblemType.NOT_ACCEPTABLE, "/api/v1/rules", "Acceptable representations: [application/json].");
		add(ProblemType.REQUEST_TIMEOUT, "/api/v1/policy-evaluations",
				"The request body arrived too slowly; send it at once.");
		add(ProblemType.CONFLICT, "/api/v1/admin/appointment-types",
				"The change conflicts with another change made at the same time (a name or code is taken). Read the catalog again and retry.");
		add(ProblemType.PAYLOAD_TOO_LARGE, "/api/v1/policy-evaluations",
				"The request body is larger than 524288 bytes, the most this service accepts.");
		add(ProblemType.UNSUPPORTED_MEDIA_TYPE, "/api/v1/policy-evaluations",
				"Content-Type 'text/plain;charset=UTF-8' is not supported.");
		add(ProblemType.URI_TOO_LONG, null, "The request line is longer than this service reads.");
		add(ProblemType.PRECONDITION_REQUIRED, "/api/v1/admin/appointment-types/logoped-1177",
				"Send If-Match with the ETag from your last GET of this type, so a change made meanwhile is not overwritten.");
		add(ProblemType.TOO_MANY_REQUESTS, "/api/v1/admin/appointment-types",
				"Too many failed sign-ins from this address or for this user name. Try again after 30 s.");
		add(ProblemType.HEADERS_TOO_LARGE, null, "The request headers are larger than this service reads.");
		add(ProblemType.NOT_IMPLEMENTED, null, "This service does not implement this method or transfer coding.");
		add(ProblemType.INTERNAL_ERROR, "/api/v1/rules",
				"The service could not answer this request. The error has been logged.");
		add(ProblemType.DATABASE_UNAVAILABLE, "/api/v1/admin/appointment-types",
				"The catalog database cannot be reached, so changes cannot be saved now. Reads are still served. Try again shortly.");
		add(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE, "/api/v1/admin/appointment-types",
				"The identity provider that signs bearer tokens cannot be reached, so the token cannot be checked now. Try again after 10 s.");
		add(ProblemType.SERVICE_UNAVAILABLE, null, "The service cannot answer now. Try again shortly.");
	}

	/** The example answer of this type. */
	Map<String, Object> of(ProblemType type) {
		Map<String, Object> example = this.examples.get(type.uri());
		if (example == null) {
			throw new IllegalStateException("No example answer for the problem type " + type);
		}
		return example;
	}

	private void add(ProblemType type, String instance, String detail, Object... facts) {
		add(instance, type.detail(detail, Refusal.facts(facts)));
	}

	private void add(String instance, ProblemDetail problem) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", problem.getType().toString());
		example.put("title", problem.getTitle());
		example.put("status", problem.getStatus());
		example.put("detail", problem.getDetail());
		if (instance != null) {
			example.put("instance", instance);
		}
		if (problem.getProperties() != null) {
			example.putAll(problem.getProperties());
		}
		this.examples.put(problem.getType(), example);
	}

}
