package se.pmo.tidbok.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Every kind of problem this API answers with: its stable type URI, its HTTP status, its
 * title and what it means. This table is the one place they are written; answers, the
 * OpenAPI description and the README's list follow it. Integrations may switch on the
 * type URIs; they never change.
 */
public enum ProblemType {

	INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter",
			"A query or path parameter is missing or has an invalid value; `parameter` (or `errors`) names it."),

	INVALID_TIME("invalid-time", HttpStatus.BAD_REQUEST, "Invalid time",
			"A time is missing, is not ISO-8601 or lies outside the years 1900 to 9998; `parameter` names it."),

	NONEXISTENT_LOCAL_TIME("nonexistent-local-time", HttpStatus.BAD_REQUEST, "Nonexistent local time",
			"A local time without offset that does not exist in Europe/Stockholm (the spring-forward gap); `parameter` names it."),

	AMBIGUOUS_LOCAL_TIME("ambiguous-local-time", HttpStatus.BAD_REQUEST, "Ambiguous local time",
			"A local time without offset that occurs twice in Europe/Stockholm (the autumn overlap); `parameter` names it."),

	EFFECTIVE_FROM_IN_PAST("effective-from-in-past", HttpStatus.BAD_REQUEST, "Effective time in the past",
			"A change with an `effectiveFrom` before now; `effectiveFrom` and `now` say both. Leave it out to make the change now."),

	INVALID_BODY("invalid-body", HttpStatus.BAD_REQUEST, "Invalid request body",
			"The body is not JSON of the expected shape, or a field is invalid; `errors` (or `field`) names them."),

	BATCH_TOO_LARGE("batch-too-large", HttpStatus.BAD_REQUEST, "Batch too large",
			"A batch with more appointments than `limit`."),

	INCONSISTENT_RIGHTS("inconsistent-rights", HttpStatus.BAD_REQUEST, "Inconsistent patient rights",
			"Patient rights that contradict each other, e.g. cancellable but not visible; `errors` names the fields."),

	INVALID_TABLE("invalid-table", HttpStatus.BAD_REQUEST, "Invalid catalog table",
			"A catalog table that cannot be read: `line`, `column` and `value` name the cell (a bad flag, an empty or refused name, "
					+ "a missing or unknown header, with `expected` listing the headers); two rows naming the same type give both `lines`."),

	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request",
			"A request that cannot be parsed at all: its request line, path or headers."),

	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Authentication required",
			"Not signed in, or with a token or password that is not accepted."),

	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden", "Signed in without the administrator role."),

	UNKNOWN_APPOINTMENT_TYPE("unknown-appointment-type", HttpStatus.NOT_FOUND, "Unknown appointment type",
			"No appointment type has this code (or it is retired, where only active types count); `code` names it."),

	UNKNOWN_SCHEDULED_CHANGE("unknown-scheduled-change", HttpStatus.NOT_FOUND, "Unknown scheduled change",
			"The type has no change with this version that could be withdrawn (never made, or withdrawn already); `code` and `version` name it."),

	UNKNOWN_CHANGESET("unknown-changeset", HttpStatus.NOT_FOUND, "Unknown changeset",
			"No changeset has this id; `changesetId` names it."),

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found", "No resource at this path."),

	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
			"The path exists but not with this HTTP method; `Allow` lists those it has."),

	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
			"None of the media types in `Accept` can be produced; this API answers JSON."),

	REQUEST_TIMEOUT("request-timeout", HttpStatus.REQUEST_TIMEOUT, "Request timeout",
			"The request body arrived too slowly; the connection is closed."),

	DUPLICATE_NAME("duplicate-name", HttpStatus.CONFLICT, "Duplicate name",
			"Another appointment type already has this name; `name` repeats it."),

	CODE_TAKEN("code-taken", HttpStatus.CONFLICT, "Code taken",
			"The name gives a code that another type (perhaps a retired one) already has; `code` names it."),

	STATE_CONFLICT("state-conflict", HttpStatus.CONFLICT, "Conflict with the type's state",
			"Retiring a retired type, or reinstating an active one; `code` names it."),

	SCHEDULE_CONFLICT("schedule-conflict", HttpStatus.CONFLICT, "Conflict with a scheduled change",
			"Changes append to the end of a type's timeline: a change must take effect after the type's last pending change, "
					+ "and only that one can be withdrawn. `pendingVersion` and `pendingEffectiveFrom` name it."),

	CHANGE_IN_FORCE("change-in-force", HttpStatus.CONFLICT, "Change already in force",
			"Withdrawing a change that has taken effect; make a new change instead. `code` and `version` name it."),

	CHANGESET_CONFLICT("changeset-conflict", HttpStatus.CONFLICT, "Changeset conflicts with scheduled changes",
			"A changeset that would change types whose timelines do not allow it at its `effectiveFrom` (a change pending at or after it), "
					+ "or whose withdrawal is blocked by later changes of its types; `conflicts` names each type, and nothing is written. "
					+ "Also withdrawing one version a changeset made: `changesetId` names the changeset to withdraw as a whole."),

	EMPTY_CHANGESET("empty-changeset", HttpStatus.CONFLICT, "Nothing to change",
			"A changeset whose table is the catalog as it will stand at its `effectiveFrom`: no revision is made."),

	CHANGESET_NOT_PENDING("changeset-not-pending", HttpStatus.CONFLICT, "Changeset not pending",
			"Withdrawing a changeset that has taken effect or was withdrawn already; `changesetId` and `state` say which."),

	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict",
			"The change conflicts with another change made at the same time."),

	PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Precondition failed",
			"The type changed since the ETag in `If-Match` was read; `currentETag` is its ETag now."),

	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large",
			"The request body is larger than this service accepts."),

	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
			"The body is not `application/json`."),

	URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "URI too long",
			"The request line is longer than this service reads."),

	PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "Precondition required",
			"A change to an existing type without `If-Match`."),

	TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
			"Too many failed sign-ins from this address or for this user; `Retry-After` says when to try again."),

	HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large",
			"The request headers are larger than this service reads."),

	NOT_IMPLEMENTED("not-implemented", HttpStatus.NOT_IMPLEMENTED, "Not implemented",
			"A method or transfer coding this service does not implement, such as CONNECT."),

	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
			"A fault of the service: logged, nothing else said."),

	DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
			"A change while the catalog database cannot be reached; reads are still served. `Retry-After` says when to try again."),

	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
			"The service cannot answer now; `Retry-After`, when present, says when to try again.");

	private static final String PREFIX = "urn:problem-type:tidbok:";

	private final URI uri;

	private final HttpStatus status;

	private final String title;

	private final String meaning;

	ProblemType(String slug, HttpStatus status, String title, String meaning) {
		this.uri = URI.create(PREFIX + slug);
		this.status = status;
		this.title = title;
		this.meaning = meaning;
	}

	/** The stable type URI, e.g. {@code urn:problem-type:tidbok:invalid-time}. */
	public URI uri() {
		return this.uri;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	/** When this problem is answered, for the documentation. */
	public String meaning() {
		return this.meaning;
	}

	/** A problem detail of this type with the given detail. */
	public ProblemDetail detail(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, detail);
		problem.setType(this.uri);
		problem.setTitle(this.title);
		return problem;
	}

	/** A problem detail of this type with the given detail and facts. */
	public ProblemDetail detail(String detail, Map<String, ?> facts) {
		ProblemDetail problem = detail(detail);
		facts.forEach(problem::setProperty);
		return problem;
	}

	/**
	 * An exception that answers with this problem: Spring MVC renders it like its own
	 * errors.
	 */
	public ErrorResponseException exception(String detail, Map<String, ?> facts) {
		return new ErrorResponseException(this.status, detail(detail, facts), null);
	}

	/**
	 * The type for a status that no more specific type describes: the framework's own
	 * answers (404, 405, 406, 415, ...) and errors raised outside the application.
	 */
	public static ProblemType forStatus(int status) {
		return switch (status) {
			case 400 -> BAD_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 408 -> REQUEST_TIMEOUT;
			case 409 -> CONFLICT;
			case 412 -> PRECONDITION_FAILED;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 414 -> URI_TOO_LONG;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 428 -> PRECONDITION_REQUIRED;
			case 429 -> TOO_MANY_REQUESTS;
			case 431 -> HEADERS_TOO_LARGE;
			case 501 -> NOT_IMPLEMENTED;
			case 503 -> SERVICE_UNAVAILABLE;
			default -> (status >= 500) ? INTERNAL_ERROR : BAD_REQUEST;
		};
	}

}
