package se.pmo.tidbok.admin;

import java.net.URI;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import se.pmo.tidbok.catalog.CatalogEntry;
import se.pmo.tidbok.config.AdminOperations;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.DocumentedProblems;
import se.pmo.tidbok.web.Paging;
import se.pmo.tidbok.web.ProblemType;

/**
 * Catalog administration, for clinic and PMO administrators. Every change needs the admin
 * role; changes to an existing type need If-Match with the type's ETag.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin",
		description = "Changing the catalog (administrators only). Read a type first and send its ETag as If-Match with the change.")
@AdminOperations
class AdminController {

	private static final String ETAG_DESCRIPTION = "Strong entity tag: the type's version, to send as If-Match with the next change";

	// Documented as optional so that Swagger UI sends a change without it, and the
	// service answers with the 428 that says what to send.
	private static final String IF_MATCH_DESCRIPTION = "The ETag from your last read of this type (getAdminAppointmentType), e.g. \"3\". "
			+ "Send it: without it the change is refused with 428; with a stale one, with 412.";

	private static final String EFFECTIVE_FROM_DESCRIPTION = "When the change takes effect; never sooner than the propagation delay from now (tidbok.catalog.propagation-delay, 2 s by default), "
			+ "and exactly then when left out: the answer's effectiveFrom says when. "
			+ "A change takes effect after the type's last pending change (changes append to the end of its timeline). "
			+ TimeInput.DAY_OR_TIME_FORMATS;

	private static final String EFFECTIVE_FROM_EXAMPLE = "2026-12-07T00:00:00+01:00";

	private static final String CODE = "The type's code";

	private static final String CODE_EXAMPLE = "sexolog-1177";

	private final CatalogAdminService admin;

	private final ZoneId zone;

	AdminController(CatalogAdminService admin, CalendarZone calendarZone) {
		this.admin = admin;
		this.zone = calendarZone.zone();
	}

	@GetMapping("/appointment-types")
	@DocumentedProblems({ ProblemType.INVALID_TIME, ProblemType.NONEXISTENT_LOCAL_TIME,
			ProblemType.AMBIGUOUS_LOCAL_TIME })
	@Operation(operationId = "listAllAppointmentTypes", summary = "List every type, retired ones included",
			description = "Each as it is in force at asOf (now by default), with its retirement state, version and effectiveFrom. "
					+ "To change a type, read it with getAdminAppointmentType: its ETag is that of its latest version, scheduled ones included.")
	@ApiResponse(responseCode = "200", description = "Every type, in the order of the PMO table",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = AdminAppointmentTypeResponse.class))))
	List<AdminAppointmentTypeResponse> list(
			@Parameter(description = "The instant to answer for; now when left out. " + TimeInput.DAY_OR_TIME_FORMATS,
					example = EFFECTIVE_FROM_EXAMPLE) @RequestParam(required = false) String asOf) {
		return this.admin.list((asOf != null) ? time("asOf", asOf).instant() : null);
	}

	@GetMapping("/appointment-types/{code}")
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE })
	@Operation(operationId = "getAdminAppointmentType",
			summary = "Get a type's latest version, retired or not, with its ETag",
			description = "Read a type before changing it: send its ETag as If-Match with the change. The latest version is the one a change builds on: "
					+ "a scheduled one when a change is pending (effectiveFrom then lies ahead). A retired type is found here, not in the public catalog.")
	@Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
			description = "The ETag of an earlier answer: 304 without a body while it still matches (weak comparison)",
			schema = @Schema(type = "string", example = "\"1\""))
	@ApiResponse(responseCode = "200", description = "The type",
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, required = true,
					schema = @Schema(type = "string", example = "\"1\"")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AdminAppointmentTypeResponse.class)))
	@ApiResponse(responseCode = "304", description = "The type has not changed since the ETag in If-None-Match",
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, required = true,
					schema = @Schema(type = "string", example = "\"1\"")),
			content = @Content)
	@ApiResponse(responseCode = "404", description = "No type has this code")
	ResponseEntity<AdminAppointmentTypeResponse> get(
			@Parameter(description = CODE, example = CODE_EXAMPLE) @PathVariable String code) {
		AdminAppointmentTypeResponse type = this.admin.get(code);
		return ResponseEntity.ok().eTag(etag(type)).body(type);
	}

	@PostMapping(path = "/appointment-types", consumes = MediaType.APPLICATION_JSON_VALUE)
	@DocumentedProblems({ ProblemType.INCONSISTENT_RIGHTS, ProblemType.DUPLICATE_NAME, ProblemType.CODE_TAKEN,
			ProblemType.CONFLICT, ProblemType.EFFECTIVE_FROM_IN_PAST, ProblemType.INVALID_TIME,
			ProblemType.NONEXISTENT_LOCAL_TIME, ProblemType.AMBIGUOUS_LOCAL_TIME })
	@Operation(operationId = "createAppointmentType", summary = "Create a type",
			description = "The code is derived from the name and never changes. "
					+ "Refused: a type the patient may cancel or rebook but cannot see. Warned: a name ending in \" 1177\" on a hidden type.")
	@ApiResponse(responseCode = "201", description = "Created; Location and ETag name the new type", headers = {
			@Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, required = true,
					schema = @Schema(type = "string", example = "\"1\"")),
			@Header(name = HttpHeaders.LOCATION, description = "The new type in the public catalog", required = true,
					schema = @Schema(type = "string", format = "uri-reference",
							example = "/api/v1/appointment-types/fotterapeut-nybesok-1177")) },
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AdminAppointmentTypeResponse.class)))
	@ApiResponse(responseCode = "400",
			description = "Invalid fields or contradicting patient rights, or an effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "409",
			description = "The name, or the code it gives, is taken (now or by a pending change of another type)")
	ResponseEntity<AdminAppointmentTypeResponse> create(@Valid @RequestBody AppointmentTypeRequest request,
			@Parameter(description = EFFECTIVE_FROM_DESCRIPTION,
					example = EFFECTIVE_FROM_EXAMPLE) @RequestParam(required = false) String effectiveFrom,
			Principal principal) {
		AdminAppointmentTypeResponse created = this.admin.create(request, time("effectiveFrom", effectiveFrom),
				AuditActor.of(principal));
		return ResponseEntity.created(URI.create("/api/v1/appointment-types/" + created.code()))
			.eTag(etag(created))
			.body(created);
	}

	@PutMapping(path = "/appointment-types/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@DocumentedProblems({ ProblemType.INCONSISTENT_RIGHTS, ProblemType.UNKNOWN_APPOINTMENT_TYPE,
			ProblemType.DUPLICATE_NAME, ProblemType.CONFLICT, ProblemType.PRECONDITION_FAILED,
			ProblemType.PRECONDITION_REQUIRED, ProblemType.EFFECTIVE_FROM_IN_PAST, ProblemType.SCHEDULE_CONFLICT,
			ProblemType.INVALID_TIME, ProblemType.NONEXISTENT_LOCAL_TIME, ProblemType.AMBIGUOUS_LOCAL_TIME })
	@Operation(operationId = "updateAppointmentType", summary = "Change a type's name, description and patient rights",
			description = "The code stays. Needs If-Match with the type's current ETag. With effectiveFrom the change is scheduled: "
					+ "the type keeps its present version until then.")
	@ApiResponse(responseCode = "200", description = "Changed; the ETag is the new version",
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, required = true,
					schema = @Schema(type = "string", example = "\"1\"")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AdminAppointmentTypeResponse.class)))
	@ApiResponse(responseCode = "400",
			description = "Invalid fields or contradicting patient rights, or an effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "404", description = "No type has this code")
	@ApiResponse(responseCode = "409",
			description = "Another type has this name, or the change would take effect before the type's pending change")
	@ApiResponse(responseCode = "412", description = "The type changed since you read it")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<AdminAppointmentTypeResponse> update(
			@Parameter(description = CODE, example = CODE_EXAMPLE) @PathVariable String code,
			@Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(type = "string")) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AppointmentTypeRequest request,
			@Parameter(description = EFFECTIVE_FROM_DESCRIPTION,
					example = EFFECTIVE_FROM_EXAMPLE) @RequestParam(required = false) String effectiveFrom,
			Principal principal) {
		AdminAppointmentTypeResponse updated = this.admin.update(code, required(ifMatch), request,
				time("effectiveFrom", effectiveFrom), AuditActor.of(principal));
		return ResponseEntity.ok().eTag(etag(updated)).body(updated);
	}

	@PostMapping("/appointment-types/{code}/retirement")
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE, ProblemType.STATE_CONFLICT,
			ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED, ProblemType.EFFECTIVE_FROM_IN_PAST,
			ProblemType.SCHEDULE_CONFLICT, ProblemType.INVALID_TIME, ProblemType.NONEXISTENT_LOCAL_TIME,
			ProblemType.AMBIGUOUS_LOCAL_TIME })
	@Operation(operationId = "retireAppointmentType", summary = "Retire a type",
			description = "The type disappears from the catalog and from policy answers (404); "
					+ "its row and history stay and it can be reinstated. Needs If-Match.")
	@ApiResponse(responseCode = "200", description = "Retired",
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, required = true,
					schema = @Schema(type = "string", example = "\"1\"")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AdminAppointmentTypeResponse.class)))
	@ApiResponse(responseCode = "400", description = "An effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "409",
			description = "Already retired (by its latest version), or the change would take effect before the type's pending change")
	@ApiResponse(responseCode = "412", description = "The type changed since you read it")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<AdminAppointmentTypeResponse> retire(
			@Parameter(description = CODE, example = CODE_EXAMPLE) @PathVariable String code,
			@Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(type = "string")) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = EFFECTIVE_FROM_DESCRIPTION,
					example = EFFECTIVE_FROM_EXAMPLE) @RequestParam(required = false) String effectiveFrom,
			Principal principal) {
		AdminAppointmentTypeResponse retired = this.admin.retire(code, required(ifMatch),
				time("effectiveFrom", effectiveFrom), AuditActor.of(principal));
		return ResponseEntity.ok().eTag(etag(retired)).body(retired);
	}

	@PostMapping("/appointment-types/{code}/reinstatement")
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE, ProblemType.STATE_CONFLICT,
			ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED, ProblemType.EFFECTIVE_FROM_IN_PAST,
			ProblemType.SCHEDULE_CONFLICT, ProblemType.INVALID_TIME, ProblemType.NONEXISTENT_LOCAL_TIME,
			ProblemType.AMBIGUOUS_LOCAL_TIME })
	@Operation(operationId = "reinstateAppointmentType", summary = "Reinstate a retired type",
			description = "Needs If-Match with the retired type's ETag (from the admin GET).")
	@ApiResponse(responseCode = "200", description = "Reinstated",
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, required = true,
					schema = @Schema(type = "string", example = "\"1\"")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AdminAppointmentTypeResponse.class)))
	@ApiResponse(responseCode = "400", description = "An effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "409",
			description = "Not retired (in its latest version), or the change would take effect before the type's pending change")
	@ApiResponse(responseCode = "412", description = "The type changed since you read it")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<AdminAppointmentTypeResponse> reinstate(
			@Parameter(description = CODE, example = CODE_EXAMPLE) @PathVariable String code,
			@Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(type = "string")) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = EFFECTIVE_FROM_DESCRIPTION,
					example = EFFECTIVE_FROM_EXAMPLE) @RequestParam(required = false) String effectiveFrom,
			Principal principal) {
		AdminAppointmentTypeResponse reinstated = this.admin.reinstate(code, required(ifMatch),
				time("effectiveFrom", effectiveFrom), AuditActor.of(principal));
		return ResponseEntity.ok().eTag(etag(reinstated)).body(reinstated);
	}

	@GetMapping("/scheduled-changes")
	@Operation(operationId = "listScheduledChanges", summary = "Changes that take effect later, soonest first",
			description = "Every pending change, or only one type's: when it takes effect, what the type becomes, and who scheduled it. "
					+ "One page at a time (20 by default): X-Total-Count says how many are pending, Link names the other pages. "
					+ "Send If-None-Match with the ETag of an earlier answer to get 304 while the page is unchanged.")
	@Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
			description = "The ETag of an earlier answer: 304 without a body while it still matches (weak comparison)",
			schema = @Schema(type = "string", example = "\"7:1:0:20\""))
	@ApiResponse(responseCode = "200", description = "One page of the pending changes", headers = {
			@Header(name = HttpHeaders.ETAG, description = "Strong entity tag of this page", required = true,
					schema = @Schema(type = "string", example = "\"7:1:0:20\"")),
			@Header(name = Paging.TOTAL_COUNT, description = "How many changes are pending in all (for this code)",
					required = true, schema = @Schema(type = "integer", example = "1")),
			@Header(name = HttpHeaders.LINK, description = "RFC 8288 links to the first, prev, next and last pages",
					required = true, schema = @Schema(type = "string")) },
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = ScheduledChangeResponse.class))))
	@ApiResponse(responseCode = "304", description = "The page has not changed since the ETag in If-None-Match",
			headers = @Header(name = HttpHeaders.ETAG, description = "Strong entity tag of this page", required = true,
					schema = @Schema(type = "string", example = "\"7:1:0:20\"")),
			content = @Content)
	@ApiResponse(responseCode = "400", description = "Invalid code filter, page or size")
	ResponseEntity<List<ScheduledChangeResponse>> scheduledChanges(
			@Parameter(description = "Only changes to this type") @RequestParam(required = false) @Size(
					max = 200) String code,
			@Parameter(description = "Page number, from 0") @RequestParam(
					defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@Parameter(description = "Changes per page, 1 to 100") @RequestParam(
					defaultValue = "20") @Min(1) @Max(100) int size,
			HttpServletRequest request, WebRequest webRequest) {
		CatalogAdminService.ScheduledChanges changes = this.admin.scheduledChanges(code, page, size);
		// At one revision the pending changes only leave the list as they take effect,
		// so the revision and their number tell every version of a page apart.
		String etag = "\"" + changes.revision() + ":" + changes.total() + ":" + page + ":" + size + "\"";
		if (webRequest.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.headers(Paging.headers(request, page, size, changes.total()))
			.eTag(etag)
			.body(changes.items());
	}

	// No body on success: a client that only takes problem details (for the errors) is
	// answered too.
	@DeleteMapping(path = "/scheduled-changes/{code}/{version}",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@DocumentedProblems({ ProblemType.INVALID_PARAMETER, ProblemType.UNKNOWN_APPOINTMENT_TYPE,
			ProblemType.UNKNOWN_SCHEDULED_CHANGE, ProblemType.CHANGE_IN_FORCE, ProblemType.SCHEDULE_CONFLICT,
			ProblemType.CHANGESET_CONFLICT, ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED })
	@Operation(operationId = "cancelScheduledChange", summary = "Withdraw a change before it takes effect",
			description = "Only a type's last change can be withdrawn, until the propagation delay before it takes effect: withdraw later ones first. "
					+ "Needs If-Match with the type's ETag, which is that of the withdrawn version. "
					+ "The ETag of the answer is the type's latest version after the withdrawal; "
					+ "a withdrawn creation leaves no version, and the name is free again.")
	@ApiResponse(responseCode = "204", description = "Withdrawn; it never takes effect", headers = @Header(
			name = HttpHeaders.ETAG,
			description = "The type's latest version now, to send as If-Match with the next change; absent when a creation was withdrawn",
			schema = @Schema(type = "string", example = "\"2\"")))
	@ApiResponse(responseCode = "400", description = "The version is not a whole number in decimal digits")
	@ApiResponse(responseCode = "404",
			description = "No such type, or no pending change with this version (never scheduled, or already withdrawn); "
					+ "answered before If-Match is compared")
	@ApiResponse(responseCode = "409",
			description = "The change has taken effect or takes effect within the propagation delay, is not the type's last, or belongs to a changeset (withdraw that as a whole)")
	@ApiResponse(responseCode = "412", description = "The type changed since you read it")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<Void> cancelScheduledChange(
			@Parameter(description = CODE, example = CODE_EXAMPLE) @PathVariable String code,
			@Parameter(description = "The version the change makes", example = "3") @PathVariable long version,
			@Parameter(
					description = "The ETag of the type's latest version: the withdrawn change's version in quotes. "
							+ "Send it: without it the withdrawal is refused with 428; with a stale one, with 412.",
					schema = @Schema(type = "string")) @RequestHeader(name = HttpHeaders.IF_MATCH,
							required = false) String ifMatch,
			Principal principal) {
		AdminAppointmentTypeResponse left = this.admin.cancelScheduledChange(code, version, required(ifMatch),
				AuditActor.of(principal));
		ResponseEntity.HeadersBuilder<?> answer = ResponseEntity.noContent();
		if (left != null) {
			answer.eTag(etag(left));
		}
		return answer.build();
	}

	@GetMapping("/audit")
	@Operation(operationId = "getAuditTrail", summary = "The audit trail, newest first",
			description = "Who changed what and when, with the type before and after.")
	@ApiResponse(responseCode = "200", description = "One page of the audit trail",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AuditEntryResponse.Page.class)))
	@ApiResponse(responseCode = "400", description = "Invalid page or size")
	AuditEntryResponse.Page audit(
			@Parameter(description = "Only changes to this type") @RequestParam(required = false) @Size(
					max = 200) String code,
			@Parameter(description = "Page number, from 0") @RequestParam(
					defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@Parameter(description = "Entries per page, 1 to 100") @RequestParam(
					defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.admin.audit(code, page, size);
	}

	/** The If-Match of a change to an existing type, which must not be left out. */
	private static IfMatch required(String header) {
		IfMatch ifMatch = IfMatch.parse(header);
		if (ifMatch == null) {
			throw ProblemType.PRECONDITION_REQUIRED.exception(
					"Send If-Match with the ETag from your last GET of this type, so a change made meanwhile is not overwritten.",
					Map.of());
		}
		return ifMatch;
	}

	/** A time as an administrator writes it; {@code null} when left out. */
	private TimeInput.Reading time(String parameter, String value) {
		return (value != null) ? TimeInput.parseDayOrTime(parameter, value, this.zone) : null;
	}

	private static String etag(AdminAppointmentTypeResponse type) {
		return CatalogEntry.etagOf(type.version());
	}

}
