package se.pmo.tidbok.catalog.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogAsOf;
import se.pmo.tidbok.catalog.CatalogSnapshot;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.ConditionalRead;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.DocumentedProblems;
import se.pmo.tidbok.web.PagedAnswer;
import se.pmo.tidbok.web.Paging;
import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.TimeParameter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public, read-only catalog. Every answer comes from memory and carries the catalog
 * revision, a strong entity tag and cache headers. The plain list and single types are
 * usually answered by {@link CatalogFastPath} before they get here, with the same bytes
 * and headers.
 */
@RestController
@RequestMapping(path = "/api/v1/appointment-types", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalog",
		description = "The PMO appointment-book types (tidbokstyper) and the patient rights each carries on 1177.")
class CatalogController {

	private static final String AS_OF = "The instant to answer for, as the catalog was (or is scheduled to be) then; now when left out. "
			+ TimeInput.DAY_OR_TIME_FORMATS;

	private final Catalog catalog;

	private final JsonMapper json;

	private final CatalogHttp.Caching caching;

	private final Clock clock;

	private final ZoneId zone;

	CatalogController(Catalog catalog, JsonMapper json, CatalogHttp.Caching catalogCaching, Clock clock,
			CalendarZone calendarZone) {
		this.catalog = catalog;
		this.json = json;
		this.caching = catalogCaching;
		this.clock = clock;
		this.zone = calendarZone.zone();
	}

	@GetMapping
	@Operation(operationId = "listAppointmentTypes", summary = "List appointment types",
			description = "All active types in the order of the PMO table (Swedish alphabetical order: Å, Ä, Ö after Z). "
					+ "The filters combine; a filter left out does not filter. No match gives an empty list. "
					+ "Send If-None-Match with the ETag of an earlier answer to get 304 while the catalog is unchanged.")
	@ConditionalRead(etag = "Strong entity tag derived from the catalog revision", example = "\"7\"",
			unchanged = "The catalog has not changed since the ETag in If-None-Match", catalog = true)
	@ApiResponse(responseCode = "200", description = "The matching types",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = AppointmentTypeResponse.class))))
	@ApiResponse(responseCode = "400",
			description = "A filter has an invalid value, e.g. visibleToPatient=maybe, or asOf is not a usable time")
	ResponseEntity<byte[]> list(
			@Parameter(
					description = "Only types the patient sees (true) or does not see (false) on 1177") @RequestParam(
							required = false) Boolean visibleToPatient,
			@Parameter(
					description = "Only types the patient may (true) or may not (false) cancel on 1177") @RequestParam(
							required = false) Boolean cancellableByPatient,
			@Parameter(
					description = "Only types the patient may (true) or may not (false) rebook on 1177") @RequestParam(
							required = false) Boolean rebookableByPatient,
			@Parameter(description = "Only types with (true) or without (false) an SMS reminder") @RequestParam(
					required = false) Boolean smsReminder,
			@Parameter(
					description = "Only types patients can (true) or cannot (false) book through the 1177 e-services") @RequestParam(
							required = false) Boolean bookableOnline,
			@Parameter(
					description = "Search in the name, ignoring case and Swedish diacritics: 'aldre' finds 'Äldremottagning 1177'",
					example = "lakare") @RequestParam(required = false) @Size(max = 200) String q,
			@Parameter(description = AS_OF,
					example = "2026-12-07T00:00:00+01:00") @TimeParameter @RequestParam(required = false) String asOf,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING,
					required = false) String acceptEncoding) {
		Instant now = this.clock.instant();
		Instant at = instant(asOf);
		CatalogSnapshot snapshot = this.catalog.current(now);
		CatalogFilter filter = new CatalogFilter(visibleToPatient, cancellableByPatient, rebookableByPatient,
				smsReminder, bookableOnline, q);
		boolean gzip = CatalogHttp.acceptsGzip(acceptEncoding);
		CatalogHttp.Answer answer;
		if (at != null && !snapshot.covers(at)) {
			answer = CatalogHttp.list(this.catalog.asOf(), at, filter, gzip);
		}
		else if (filter.isEmpty()) {
			answer = CatalogHttp.list(snapshot, gzip);
		}
		else {
			byte[] body = this.json.writeValueAsBytes(
					snapshot.entries().stream().filter(filter).map(AppointmentTypeResponse::from).toList());
			gzip = gzip && body.length >= CatalogHttp.GZIP_THRESHOLD;
			// A filtered list is determined by the query and the revision, so the
			// revision tags it.
			answer = new CatalogHttp.Answer(gzip ? CatalogSnapshot.gzip(body) : body, snapshot.etag(gzip), gzip, true,
					snapshot.revision(), snapshot.validUntil());
		}
		return respond(answer, at, now);
	}

	@GetMapping("/{code}")
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE })
	@Operation(operationId = "getAppointmentType", summary = "Get one appointment type by its code",
			description = "The ETag is the type's version: send it as If-Match when an administrator changes the type.")
	@ConditionalRead(etag = "Strong entity tag: the version of this type", example = "\"0\"", earlier = "\"7\"",
			unchanged = "The type has not changed since the ETag in If-None-Match", catalog = true)
	@ApiResponse(responseCode = "200", description = "The type",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AppointmentTypeResponse.class)))
	@ApiResponse(responseCode = "404", description = "No active type has this code (at asOf, when given)")
	ResponseEntity<byte[]> get(
			@Parameter(description = "The type's public code",
					example = "lakare-besok-ej-akut-1177") @PathVariable String code,
			@Parameter(description = AS_OF,
					example = "2026-12-07T00:00:00+01:00") @TimeParameter @RequestParam(required = false) String asOf) {
		Instant now = this.clock.instant();
		Instant at = instant(asOf);
		CatalogSnapshot snapshot = this.catalog.current(now);
		if (at != null && !snapshot.covers(at)) {
			CatalogAsOf other = this.catalog.asOf();
			CatalogVersion version = other.find(code, at).orElseThrow(() -> new UnknownAppointmentTypeException(code));
			return respond(CatalogHttp.item(other, version), at, now);
		}
		CatalogVersion entry = snapshot.find(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
		return respond(CatalogHttp.item(snapshot, entry), at, now);
	}

	@GetMapping("/{code}/history")
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE })
	@Operation(operationId = "getAppointmentTypeHistory",
			summary = "Every version of a type, with when each is in force",
			description = "Oldest first: each version is in force from effectiveFrom until effectiveUntil. "
					+ "Versions scheduled ahead are included; retired types keep their history. "
					+ "One page at a time (20 versions by default): totalVersions and X-Total-Count say how many there are, Link names the other pages. "
					+ "Use it to see what was true for a patient at a past instant, or ask the reads with asOf.")
	@PagedAnswer(total = "How many versions the type has", example = 2, etag = "\"7:0:20\"")
	@ApiResponse(responseCode = "200", description = "One page of the type's versions")
	@ApiResponse(responseCode = "400", description = "Invalid page or size")
	@ApiResponse(responseCode = "404", description = "No type has this code")
	ResponseEntity<AppointmentTypeHistoryResponse> history(
			@Parameter(description = "The type's public code",
					example = "lakare-besok-ej-akut-1177") @PathVariable String code,
			@Parameter(description = "Page number, from 0") @RequestParam(
					defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@Parameter(description = "Versions per page, 1 to 100") @RequestParam(
					defaultValue = "20") @Min(1) @Max(100) int size,
			HttpServletRequest request, WebRequest webRequest) {
		CatalogTimeline timeline = this.catalog.timeline();
		List<CatalogVersion> versions = timeline.history(code);
		if (versions.isEmpty()) {
			throw new UnknownAppointmentTypeException(code);
		}
		// A type's history at one revision never changes: the revision and the page tag
		// it.
		String etag = "\"" + timeline.revision() + ":" + page + ":" + size + "\"";
		if (webRequest.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.headers(Paging.headers(request, page, size, versions.size()))
			.eTag(etag)
			.cacheControl(this.caching.usual())
			.header(CatalogHttp.REVISION_HEADER, Long.toString(timeline.revision()))
			.body(AppointmentTypeHistoryResponse.of(code, versions, page, size, this.zone));
	}

	private Instant instant(String asOf) {
		return (asOf != null) ? TimeInput.parseDayOrTime("asOf", asOf, this.zone).instant() : null;
	}

	/**
	 * The answer with its headers. One for now may be reused until what it covers next
	 * changes; one for an instant the client named, for the usual time.
	 */
	private ResponseEntity<byte[]> respond(CatalogHttp.Answer answer, Instant asOf, Instant now) {
		CatalogHttp.Answer sent = (asOf != null) ? answer.fixed() : answer;
		return ResponseEntity.ok().headers(sent.headers(this.caching, now)).body(sent.body());
	}

}
