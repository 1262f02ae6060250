package se.pmo.tidbok.admin;

import java.net.URI;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.config.AdminOperations;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.ConditionalRead;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.DocumentedProblems;
import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.TimeParameter;

/**
 * Catalog administration, for clinic and PMO administrators. Every change needs the admin
 * role; changes to an existing type need If-Match with the type's ETag.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin", description = AdminController.TAG)
@AdminOperations
class AdminController {

	static final String TAG = "Changing the catalog (administrators only). Read a type first and send its ETag as If-Match with the change.";

	private static final String NO_SUCH_TYPE = "No type has this code";

	private final CatalogAdminService admin;

	private final ZoneId zone;

	AdminController(CatalogAdminService admin, CalendarZone calendarZone) {
		this.admin = admin;
		this.zone = calendarZone.zone();
	}

	@GetMapping("/appointment-types")
	@Operation(operationId = "listAllAppointmentTypes", summary = "List every type, retired ones included",
			description = "Each as it is in force at asOf (now by default), with its retirement state, version and effectiveFrom. "
					+ "To change a type, read it with getAdminAppointmentType: its ETag is that of its latest version, scheduled ones included.")
	@ApiResponse(responseCode = "200", description = "Every type, in the order of the PMO table")
	List<AdminAppointmentTypeResponse> list(
			@Parameter(description = "The instant to answer for; now when left out. " + TimeInput.DAY_OR_TIME_FORMATS,
					example = "2026-12-07T00:00:00+01:00") @TimeParameter @RequestParam(required = false) String asOf) {
		return this.admin.list((asOf != null) ? time("asOf", asOf).instant() : null);
	}

	@GetMapping("/appointment-types/{code}")
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE })
	@Operation(operationId = "getAdminAppointmentType",
			summary = "Get a type's latest version, retired or not, with its ETag",
			description = "Read a type before changing it: send its ETag as If-Match with the change. The latest version is the one a change builds on: "
					+ "a scheduled one when a change is pending (effectiveFrom then lies ahead). A retired type is found here, not in the public catalog.")
	@ConditionalRead(etag = TypeChange.ETAG, example = "\"1\"",
			unchanged = "The type has not changed since the ETag in If-None-Match")
	@ApiResponse(responseCode = "200", description = "The type")
	@ApiResponse(responseCode = "404", description = NO_SUCH_TYPE)
	ResponseEntity<AdminAppointmentTypeResponse> get(@TypeCode @PathVariable String code) {
		return tagged(ResponseEntity.ok(), this.admin.get(code));
	}

	@PostMapping(path = "/appointment-types", consumes = MediaType.APPLICATION_JSON_VALUE)
	@DocumentedProblems({ ProblemType.INCONSISTENT_RIGHTS, ProblemType.DUPLICATE_NAME, ProblemType.CODE_TAKEN,
			ProblemType.CONFLICT, ProblemType.EFFECTIVE_FROM_IN_PAST })
	@Operation(operationId = "createAppointmentType", summary = "Create a type",
			description = "The code is derived from the name and never changes. "
					+ "Refused: a type the patient may cancel or rebook but cannot see. Warned: a name ending in \" 1177\" on a hidden type.")
	@ApiResponse(responseCode = "201", description = "Created; Location and ETag name the new type", headers = {
			@Header(name = HttpHeaders.ETAG, description = TypeChange.ETAG, required = true,
					schema = @Schema(type = "string", example = "\"1\"")),
			@Header(name = HttpHeaders.LOCATION, description = "The new type in the public catalog", required = true,
					schema = @Schema(type = "string", format = "uri-reference",
							example = "/api/v1/appointment-types/fotterapeut-nybesok-1177")) })
	@ApiResponse(responseCode = "400",
			description = "Invalid fields or contradicting patient rights, or an effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "409",
			description = "The name, or the code it gives, is taken (now or by a pending change of another type)")
	ResponseEntity<AdminAppointmentTypeResponse> create(@Valid @RequestBody AppointmentTypeRequest request,
			@EffectiveFrom @RequestParam(required = false) String effectiveFrom, Principal principal) {
		AdminAppointmentTypeResponse created = this.admin.create(request, time("effectiveFrom", effectiveFrom),
				AuditActor.of(principal));
		return tagged(ResponseEntity.created(URI.create("/api/v1/appointment-types/" + created.code())), created);
	}

	@PutMapping(path = "/appointment-types/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@DocumentedProblems({ ProblemType.INCONSISTENT_RIGHTS, ProblemType.UNKNOWN_APPOINTMENT_TYPE,
			ProblemType.DUPLICATE_NAME, ProblemType.CONFLICT, ProblemType.EFFECTIVE_FROM_IN_PAST,
			ProblemType.SCHEDULE_CONFLICT })
	@Operation(operationId = "updateAppointmentType", summary = "Change a type's name, description and patient rights",
			description = "The code stays. Needs If-Match with the type's current ETag. With effectiveFrom the change is scheduled: "
					+ "the type keeps its present version until then.")
	@TypeChange
	@ApiResponse(responseCode = "200", description = "Changed; the ETag is the new version")
	@ApiResponse(responseCode = "400",
			description = "Invalid fields or contradicting patient rights, or an effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "404", description = NO_SUCH_TYPE)
	@ApiResponse(responseCode = "409",
			description = "Another type has this name, or the change would take effect before the type's pending change")
	ResponseEntity<AdminAppointmentTypeResponse> update(@TypeCode @PathVariable String code,
			@Valid @RequestBody AppointmentTypeRequest request,
			@EffectiveFrom @RequestParam(required = false) String effectiveFrom,
			@Parameter(hidden = true) IfMatch ifMatch, Principal principal) {
		return tagged(ResponseEntity.ok(), this.admin.update(code, ifMatch, request,
				time("effectiveFrom", effectiveFrom), AuditActor.of(principal)));
	}

	@PostMapping("/appointment-types/{code}/retirement")
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE, ProblemType.STATE_CONFLICT,
			ProblemType.EFFECTIVE_FROM_IN_PAST, ProblemType.SCHEDULE_CONFLICT })
	@Operation(operationId = "retireAppointmentType", summary = "Retire a type",
			description = "The type disappears from the catalog and from policy answers (404); "
					+ "its row and history stay and it can be reinstated. Needs If-Match.")
	@TypeChange
	@ApiResponse(responseCode = "200", description = "Retired")
	@ApiResponse(responseCode = "400", description = "An effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "409",
			description = "Already retired (by its latest version), or the change would take effect before the type's pending change")
	ResponseEntity<AdminAppointmentTypeResponse> retire(@TypeCode @PathVariable String code,
			@EffectiveFrom @RequestParam(required = false) String effectiveFrom,
			@Parameter(hidden = true) IfMatch ifMatch, Principal principal) {
		return tagged(ResponseEntity.ok(),
				this.admin.retire(code, ifMatch, time("effectiveFrom", effectiveFrom), AuditActor.of(principal)));
	}

	@PostMapping("/appointment-types/{code}/reinstatement")
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE, ProblemType.STATE_CONFLICT,
			ProblemType.EFFECTIVE_FROM_IN_PAST, ProblemType.SCHEDULE_CONFLICT })
	@Operation(operationId = "reinstateAppointmentType", summary = "Reinstate a retired type",
			description = "Needs If-Match with the retired type's ETag (from the admin GET).")
	@TypeChange
	@ApiResponse(responseCode = "200", description = "Reinstated")
	@ApiResponse(responseCode = "400", description = "An effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "409",
			description = "Not retired (in its latest version), or the change would take effect before the type's pending change")
	ResponseEntity<AdminAppointmentTypeResponse> reinstate(@TypeCode @PathVariable String code,
			@EffectiveFrom @RequestParam(required = false) String effectiveFrom,
			@Parameter(hidden = true) IfMatch ifMatch, Principal principal) {
		return tagged(ResponseEntity.ok(),
				this.admin.reinstate(code, ifMatch, time("effectiveFrom", effectiveFrom), AuditActor.of(principal)));
	}

	/** A time as an administrator writes it; {@code null} when left out. */
	private TimeInput.Reading time(String parameter, String value) {
		return (value != null) ? TimeInput.parseDayOrTime(parameter, value, this.zone) : null;
	}

	/** The answer with the type, tagged with its version. */
	private static ResponseEntity<AdminAppointmentTypeResponse> tagged(ResponseEntity.BodyBuilder answer,
			AdminAppointmentTypeResponse type) {
		return answer.eTag(CatalogVersion.etagOf(type.version())).body(type);
	}

}
