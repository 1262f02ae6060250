package se.pmo.tidbok.web;

/**
 * The stable problem type URIs of this API. Integrations may switch on them; they never
 * change.
 */
public final class ProblemTypes {

	private static final String PREFIX = "urn:problem-type:tidbok:";

	public static final String INVALID_PARAMETER = PREFIX + "invalid-parameter";

	public static final String INVALID_BODY = PREFIX + "invalid-body";

	public static final String INVALID_TIME = PREFIX + "invalid-time";

	public static final String AMBIGUOUS_LOCAL_TIME = PREFIX + "ambiguous-local-time";

	public static final String NONEXISTENT_LOCAL_TIME = PREFIX + "nonexistent-local-time";

	public static final String BATCH_TOO_LARGE = PREFIX + "batch-too-large";

	public static final String UNKNOWN_APPOINTMENT_TYPE = PREFIX + "unknown-appointment-type";

	public static final String NOT_FOUND = PREFIX + "not-found";

	public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";

	public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";

	public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";

	public static final String PAYLOAD_TOO_LARGE = PREFIX + "payload-too-large";

	public static final String REQUEST_TIMEOUT = PREFIX + "request-timeout";

	public static final String UNAUTHORIZED = PREFIX + "unauthorized";

	public static final String FORBIDDEN = PREFIX + "forbidden";

	public static final String PRECONDITION_REQUIRED = PREFIX + "precondition-required";

	public static final String PRECONDITION_FAILED = PREFIX + "precondition-failed";

	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";

	public static final String CODE_TAKEN = PREFIX + "code-taken";

	public static final String STATE_CONFLICT = PREFIX + "state-conflict";

	public static final String CONFLICT = PREFIX + "conflict";

	public static final String INCONSISTENT_RIGHTS = PREFIX + "inconsistent-rights";

	public static final String DATABASE_UNAVAILABLE = PREFIX + "database-unavailable";

	public static final String BAD_REQUEST = PREFIX + "bad-request";

	public static final String INTERNAL_ERROR = PREFIX + "internal-error";

	private ProblemTypes() {
	}

	/** The type for a status that no more specific type describes. */
	public static String forStatus(int status) {
		return switch (status) {
			case 400 -> BAD_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 408 -> REQUEST_TIMEOUT;
			case 412 -> PRECONDITION_FAILED;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 409 -> CONFLICT;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 428 -> PRECONDITION_REQUIRED;
			case 503 -> DATABASE_UNAVAILABLE;
			default -> (status >= 500) ? INTERNAL_ERROR : PREFIX + "http-" + status;
		};
	}

}
