package se.pmo.tidbok.config;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.pmo.tidbok.web.ProblemType;

/**
 * One answer of each problem type, as the service gives it, for the examples of the
 * OpenAPI description. A test checks that every type has one and that each validates.
 */
final class ProblemExamples {

	private static final Map<ProblemType, Map<String, Object>> EXAMPLES = new EnumMap<>(ProblemType.class);

	static {
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
		add(ProblemType.INVALID_BODY, "/api/v1/admin/appointment-types", "'name' is required.", "errors",
				List.of(Map.of("field", "name", "message", "is required")));
		add(ProblemType.BATCH_TOO_LARGE, "/api/v1/policy-evaluations",
				"'appointments' holds at most 1000 appointments; this one has 1001.", "limit", 1000, "size", 1001);
		add(ProblemType.INCONSISTENT_RIGHTS, "/api/v1/admin/appointment-types",
				"The patient rights contradict each other: 'cancellableByPatient' must be false for a type the patient cannot see.",
				"errors", List.of(Map.of("field", "cancellableByPatient", "message",
						"must be false for a type the patient cannot see")));
		add(ProblemType.INVALID_TABLE, "/api/v1/admin/changeset-previews",
				"Line 12, column 'Avbokningsbar': 'kanske' is not a flag; write ✓ or X, Ja or Nej, true or false.",
				"line", 12, "column", "Avbokningsbar", "value", "kanske");
		add(ProblemType.CHANGESET_CONFLICT, "/api/v1/admin/changesets",
				"The changeset would change types whose pending changes take effect at or after 2027-01-31T23:00:00Z: "
						+ "sexolog-1177. Take effect later, or withdraw those changes first.",
				"conflicts", List.of(Map.of("code", "sexolog-1177", "pendingVersion", 3, "pendingEffectiveFrom",
						"2027-02-28T23:00:00Z")));
		add(ProblemType.EMPTY_CHANGESET, "/api/v1/admin/changesets",
				"The table is the catalog as it will stand at 2027-01-31T23:00:00Z: there is nothing to change.");
		add(ProblemType.CHANGESET_NOT_PENDING, "/api/v1/admin/changesets/12",
				"Changeset 12 is in force; only a pending changeset can be withdrawn.", "changesetId", 12, "state",
				"IN_FORCE");
		add(ProblemType.UNKNOWN_CHANGESET, "/api/v1/admin/changesets/99", "No changeset has the id 99.", "changesetId",
				99);
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
		add(ProblemType.DUPLICATE_NAME, "/api/v1/admin/appointment-types",
				"Another appointment type is already named 'VIDEOMÖTE 1177' (names are compared without regard to case).",
				"name", "VIDEOMÖTE 1177");
		add(ProblemType.CODE_TAKEN, "/api/v1/admin/appointment-types",
				"The name gives the code 'videomote-1177', which belongs to another type. Codes are never reused.",
				"code", "videomote-1177");
		add(ProblemType.STATE_CONFLICT, "/api/v1/admin/appointment-types/fotterapeut-nybesok-1177/retirement",
				"The type 'fotterapeut-nybesok-1177' is already retired.", "code", "fotterapeut-nybesok-1177");
		add(ProblemType.EFFECTIVE_FROM_IN_PAST, "/api/v1/admin/appointment-types/logoped-1177",
				"'effectiveFrom' is 2026-11-27T23:00:00Z, before now (2026-11-28T09:15:00Z): a change takes effect now or later. "
						+ "Leave effectiveFrom out to make the change now.",
				"effectiveFrom", "2026-11-27T23:00:00Z", "now", "2026-11-28T09:15:00Z");
		add(ProblemType.SCHEDULE_CONFLICT, "/api/v1/admin/appointment-types/logoped-1177",
				"The type 'logoped-1177' has a change scheduled for 2026-12-06T23:00:00Z (version 3); a change takes effect "
						+ "after the type's last one, not at 2026-11-28T09:15:00Z. Schedule it later, or withdraw the pending change first.",
				"code", "logoped-1177", "pendingVersion", 3, "pendingEffectiveFrom", "2026-12-06T23:00:00Z");
		add(ProblemType.CHANGE_IN_FORCE, "/api/v1/admin/scheduled-changes/logoped-1177/2",
				"Version 2 of 'logoped-1177' took effect at 2026-11-01T00:00:00Z; it can no longer be withdrawn. Make a new change instead.",
				"code", "logoped-1177", "version", 2);
		add(ProblemType.UNKNOWN_SCHEDULED_CHANGE, "/api/v1/admin/scheduled-changes/logoped-1177/4",
				"The type 'logoped-1177' has no scheduled change with version 4: it was withdrawn.", "code",
				"logoped-1177", "version", 4);
		add(ProblemType.CONFLICT, "/api/v1/admin/appointment-types",
				"The change conflicts with another change made at the same time (a name or code is taken). Read the catalog again and retry.");
		add(ProblemType.PRECONDITION_FAILED, "/api/v1/admin/appointment-types/logoped-1177",
				"The type 'logoped-1177' has changed since you read it. Read it again, check the change, and retry with its new ETag.",
				"code", "logoped-1177", "currentETag", "\"1\"");
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
		add(ProblemType.SERVICE_UNAVAILABLE, null, "The service cannot answer now. Try again shortly.");
	}

	private ProblemExamples() {
	}

	/** The example answer of this type. */
	static Map<String, Object> of(ProblemType type) {
		Map<String, Object> example = EXAMPLES.get(type);
		if (example == null) {
			throw new IllegalStateException("No example answer for the problem type " + type);
		}
		return example;
	}

	private static void add(ProblemType type, String instance, String detail, Object... facts) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", type.uri().toString());
		example.put("title", type.title());
		example.put("status", type.status().value());
		example.put("detail", detail);
		if (instance != null) {
			example.put("instance", instance);
		}
		for (int i = 0; i < facts.length; i += 2) {
			example.put((String) facts[i], facts[i + 1]);
		}
		EXAMPLES.put(type, example);
	}

}
