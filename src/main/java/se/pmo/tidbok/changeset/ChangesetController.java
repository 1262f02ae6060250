package se.pmo.tidbok.changeset;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.pmo.tidbok.admin.AuditActor;
import se.pmo.tidbok.config.AdminOperations;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.ConditionalWrite;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.DocumentedProblems;
import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.RefusedException;
import se.pmo.tidbok.web.TimeParameter;

/**
 * Changesets over HTTP: a whole catalog table previewed, applied from one instant,
 * listed, read and withdrawn. Administrators only.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Changesets",
		description = "A revised PMO table applied as one change (administrators only): preview it, apply it with the preview's ETag as If-Match, withdraw it while it is pending.")
@AdminOperations
class ChangesetController {

	private static final String EFFECTIVE_FROM = "When every change of the changeset takes effect; now when left out, never before now. "
			+ TimeInput.FORMATS;

	private static final String TABLE = "The whole catalog as it should be: in PMO's layout (`text/tab-separated-values`, the six Swedish headers, "
			+ "✓/X or Ja/Nej), as CSV (`text/csv`, the headers code, name, description, visibleToPatient, cancellableByPatient, "
			+ "rebookableByPatient, smsReminder, true/false; code optional) or as a JSON array of rows. UTF-8, at most 2000 rows and 1 MB. "
			+ "Rows are matched to types by code (in PMO's layout the code comes from the name); a type no row names is retired.";

	private final ChangesetService changesets;

	private final ZoneId zone;

	ChangesetController(ChangesetService changesets, CalendarZone calendarZone) {
		this.changesets = changesets;
		this.zone = calendarZone.zone();
	}

	@PostMapping(path = "/changeset-previews",
			consumes = { MediaType.APPLICATION_JSON_VALUE, TableFormat.TSV_VALUE, TableFormat.CSV_VALUE })
	@DocumentedProblems({ ProblemType.INVALID_TABLE, ProblemType.EFFECTIVE_FROM_IN_PAST })
	@Operation(operationId = "previewChangeset", summary = "Preview a revised table: what applying it would change",
			description = "Writes nothing. Lists, against the catalog as it will stand at effectiveFrom, every type to create, "
					+ "every change (field, before, after), every type to retire or reinstate, how many rows are unchanged, "
					+ "warnings for a reviewer, conflicts with pending changes, and the catalog ETag to apply it with.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = TABLE, required = true, content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = ChangesetRowDocumentation.class))),
			@Content(mediaType = TableFormat.TSV_VALUE, schema = @Schema(type = "string")),
			@Content(mediaType = TableFormat.CSV_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "200", description = "What the changeset would do",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ChangesetPreview.class)))
	@ApiResponse(responseCode = "400",
			description = "A table that cannot be read (naming line, column and value), or an effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "413", description = "More than 2000 rows, or a body over 1 MB")
	@ApiResponse(responseCode = "415", description = "A body that is not TSV, CSV or JSON in UTF-8")
	ChangesetPreview preview(@RequestBody byte[] body,
			@Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@Parameter(description = EFFECTIVE_FROM,
					example = "2027-02-01T00:00") @TimeParameter @RequestParam(required = false) String effectiveFrom) {
		return this.changesets.preview(table(body, contentType), instant(effectiveFrom));
	}

	@PostMapping(path = "/changesets",
			consumes = { MediaType.APPLICATION_JSON_VALUE, TableFormat.TSV_VALUE, TableFormat.CSV_VALUE })
	@DocumentedProblems({ ProblemType.INVALID_TABLE, ProblemType.EFFECTIVE_FROM_IN_PAST, ProblemType.CHANGESET_CONFLICT,
			ProblemType.EMPTY_CHANGESET, ProblemType.DUPLICATE_NAME, ProblemType.CODE_TAKEN, ProblemType.CONFLICT })
	@Operation(operationId = "applyChangeset", summary = "Apply a revised table as one change from effectiveFrom",
			description = "All or nothing, in one transaction: every version it makes takes effect at effectiveFrom and has the "
					+ "same catalog revision, so every instance switches the whole changeset at once. Needs If-Match with the "
					+ "preview's catalogETag. Every audit entry names the changeset, who applied it and the source.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = TABLE, required = true, content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = ChangesetRowDocumentation.class))),
			@Content(mediaType = TableFormat.TSV_VALUE, schema = @Schema(type = "string")),
			@Content(mediaType = TableFormat.CSV_VALUE, schema = @Schema(type = "string")) })
	@ConditionalWrite(ifMatch = "The catalogETag of the preview. Required: without it the changeset is refused with 428; "
			+ "when the catalog changed since, with 412.", stale = "The catalog changed since the preview",
			etag = "The changeset's ETag, to withdraw it with", example = "\"8\"")
	@ApiResponse(responseCode = "201", description = "Applied; Location names the changeset", headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The changeset", required = true,
					schema = @Schema(type = "string", format = "uri-reference",
							example = "/api/v1/admin/changesets/12")) },
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Changeset.class)))
	@ApiResponse(responseCode = "400",
			description = "A table that cannot be read (naming line, column and value), an invalid source, or an effectiveFrom that is invalid or in the past")
	@ApiResponse(responseCode = "409",
			description = "Pending changes of its types stand in the way (each named), a name is taken, or the table changes nothing")
	@ApiResponse(responseCode = "413", description = "More than 2000 rows, or a body over 1 MB")
	@ApiResponse(responseCode = "415", description = "A body that is not TSV, CSV or JSON in UTF-8")
	ResponseEntity<Changeset> apply(@RequestBody byte[] body,
			@Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = EFFECTIVE_FROM,
					example = "2027-02-01T00:00") @TimeParameter @RequestParam(required = false) String effectiveFrom,
			@Parameter(description = "Where the table comes from, recorded with the changeset and its audit entries (at most 200 characters)",
					example = "PMO Tidbokstyp på 1177, uppdaterad 2027-01-15") @RequestParam(
							required = false) @Size(max = 200) String source,
			Principal principal) {
		Changeset applied = this.changesets.apply(table(body, contentType), instant(effectiveFrom), ifMatch, source,
				AuditActor.of(principal));
		return ResponseEntity.created(URI.create("/api/v1/admin/changesets/" + applied.id()))
			.eTag(applied.etag())
			.body(applied);
	}

	@GetMapping("/changesets")
	@Operation(operationId = "listChangesets", summary = "Every changeset, the one taking effect last first",
			description = "Each with its diff, who applied it, when it takes effect and whether it is pending, in force or withdrawn.")
	@ApiResponse(responseCode = "200", description = "The changesets",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = Changeset.class))))
	List<Changeset> list() {
		return this.changesets.list();
	}

	@GetMapping("/changesets/{id}")
	@DocumentedProblems(ProblemType.UNKNOWN_CHANGESET)
	@Operation(operationId = "getChangeset", summary = "One changeset: its diff, who applied it, when, and its state")
	@ApiResponse(responseCode = "200", description = "The changeset",
			headers = @Header(name = HttpHeaders.ETAG, description = "The changeset's ETag, to withdraw it with",
					required = true, schema = @Schema(type = "string", example = "\"8\"")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Changeset.class)))
	@ApiResponse(responseCode = "404", description = "No changeset has this id")
	ResponseEntity<Changeset> get(@Parameter(description = "The changeset's id", example = "12") @PathVariable long id) {
		Changeset changeset = this.changesets.get(id);
		return ResponseEntity.ok().eTag(changeset.etag()).body(changeset);
	}

	@DeleteMapping(path = "/changesets/{id}",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@DocumentedProblems({ ProblemType.UNKNOWN_CHANGESET, ProblemType.CHANGESET_NOT_PENDING,
			ProblemType.CHANGESET_CONFLICT })
	@Operation(operationId = "cancelChangeset", summary = "Withdraw a pending changeset: all its versions at once",
			description = "Only while it is pending and none of its types has a later change (withdraw those first). "
					+ "Needs If-Match with the changeset's ETag. The withdrawal is audited, naming who did it.")
	@ConditionalWrite(
			ifMatch = "The changeset's ETag. Required: without it the withdrawal is refused with 428; with a stale one, with 412.",
			stale = "The changeset changed since you read it", etag = "The changeset's ETag now", example = "\"9\"")
	@ApiResponse(responseCode = "200", description = "Withdrawn; it never takes effect",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Changeset.class)))
	@ApiResponse(responseCode = "404", description = "No changeset has this id")
	@ApiResponse(responseCode = "409",
			description = "The changeset is in force or withdrawn, or its types have later changes (each named)")
	ResponseEntity<Changeset> cancel(@Parameter(description = "The changeset's id", example = "12") @PathVariable long id,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Principal principal) {
		Changeset withdrawn = this.changesets.cancel(id, ifMatch, AuditActor.of(principal));
		return ResponseEntity.ok().eTag(withdrawn.etag()).body(withdrawn);
	}

	private static ChangesetTable table(byte[] body, String contentType) {
		TableFormat format = TableFormat.of(MediaType.parseMediaType(contentType))
			.orElseThrow(() -> new RefusedException(new ChangesetRefusal.UnsupportedTable(contentType)));
		return ChangesetTable.read(body, format);
	}

	private Instant instant(String value) {
		return (value != null) ? TimeInput.parse("effectiveFrom", value, this.zone) : null;
	}

}
