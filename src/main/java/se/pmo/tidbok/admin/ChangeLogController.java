package se.pmo.tidbok.admin;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.config.AdminOperations;
import se.pmo.tidbok.web.ConditionalWrite;
import se.pmo.tidbok.web.DocumentedProblems;
import se.pmo.tidbok.web.PagedAnswer;
import se.pmo.tidbok.web.Paging;
import se.pmo.tidbok.web.ProblemType;

/**
 * The catalog's changes over time, for administrators: the pending ones, listed and
 * withdrawn, and the audit trail of every change made.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin", description = AdminController.TAG)
@AdminOperations
class ChangeLogController {

	private final CatalogAdminService admin;

	ChangeLogController(CatalogAdminService admin) {
		this.admin = admin;
	}

	@GetMapping("/scheduled-changes")
	@Operation(operationId = "listScheduledChanges", summary = "Changes that take effect later, soonest first",
			description = "Every pending change, or only one type's: when it takes effect, what the type becomes, and who scheduled it. "
					+ "One page at a time (20 by default): X-Total-Count says how many are pending, Link names the other pages. "
					+ "Send If-None-Match with the ETag of an earlier answer to get 304 while the page is unchanged.")
	@PagedAnswer(total = "How many changes are pending in all (for this code)", example = 1, etag = "\"7:1:0:20\"")
	@ApiResponse(responseCode = "200", description = "One page of the pending changes")
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
			ProblemType.CHANGESET_CONFLICT })
	@Operation(operationId = "cancelScheduledChange", summary = "Withdraw a change before it takes effect",
			description = "Only a type's last change can be withdrawn, until the propagation delay before it takes effect: withdraw later ones first. "
					+ "Needs If-Match with the type's ETag, which is that of the withdrawn version. "
					+ "The ETag of the answer is the type's latest version after the withdrawal; "
					+ "a withdrawn creation leaves no version, and the name is free again.")
	@ConditionalWrite(
			ifMatch = "The ETag of the type's latest version: the withdrawn change's version in quotes. "
					+ "Send it: without it the withdrawal is refused with 428; with a stale one, with 412.",
			stale = TypeChange.STALE,
			etag = "The type's latest version now, to send as If-Match with the next change; absent when a creation was withdrawn",
			example = "\"2\"", tagged = false)
	@ApiResponse(responseCode = "204", description = "Withdrawn; it never takes effect")
	@ApiResponse(responseCode = "400", description = "The version is not a whole number in decimal digits")
	@ApiResponse(responseCode = "404",
			description = "No such type, or no pending change with this version (never scheduled, or already withdrawn); "
					+ "answered before If-Match is compared")
	@ApiResponse(responseCode = "409",
			description = "The change has taken effect or takes effect within the propagation delay, is not the type's last, or belongs to a changeset (withdraw that as a whole)")
	ResponseEntity<Void> cancelScheduledChange(@TypeCode @PathVariable String code,
			@Parameter(description = "The version the change makes", example = "3") @PathVariable long version,
			@Parameter(hidden = true) IfMatch ifMatch, Principal principal) {
		AdminAppointmentTypeResponse left = this.admin.cancelScheduledChange(code, version, ifMatch,
				AuditActor.of(principal));
		ResponseEntity.HeadersBuilder<?> answer = ResponseEntity.noContent();
		if (left != null) {
			answer.eTag(CatalogVersion.etagOf(left.version()));
		}
		return answer.build();
	}

	@GetMapping("/audit")
	@Operation(operationId = "getAuditTrail", summary = "The audit trail, newest first",
			description = "Who changed what and when, with the type before and after.")
	@ApiResponse(responseCode = "200", description = "One page of the audit trail")
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

}
