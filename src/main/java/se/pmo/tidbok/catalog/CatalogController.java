package se.pmo.tidbok.catalog;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public, read-only catalog. Every answer comes from memory and carries the catalog
 * revision, a strong entity tag and cache headers.
 */
@RestController
@RequestMapping(path = "/api/v1/appointment-types", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalog",
		description = "The PMO appointment-book types (tidbokstyper) and the patient rights each carries on 1177.")
class CatalogController {

	/** Response header with the catalog revision the answer was computed from. */
	static final String REVISION_HEADER = "Catalog-Revision";

	private static final int GZIP_THRESHOLD = 1024;

	private final Catalog catalog;

	private final JsonMapper json;

	private final CacheControl cacheControl;

	CatalogController(Catalog catalog, JsonMapper json, CatalogProperties properties) {
		this.catalog = catalog;
		this.json = json;
		this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic();
	}

	@GetMapping
	@Operation(summary = "List appointment types",
			description = "All active types in the order of the PMO table (Swedish alphabetical order: Å, Ä, Ö after Z). "
					+ "The filters combine; a filter left out does not filter. No match gives an empty list. "
					+ "Send If-None-Match with the ETag of an earlier answer to get 304 while the catalog is unchanged.")
	@ApiResponse(responseCode = "200", description = "The matching types",
			headers = { @Header(name = "ETag", description = "Strong entity tag derived from the catalog revision"),
					@Header(name = REVISION_HEADER, description = "Catalog revision the answer was computed from") },
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = AppointmentTypeResponse.class))))
	@ApiResponse(responseCode = "304", description = "The catalog has not changed since the ETag in If-None-Match",
			content = @Content)
	@ApiResponse(responseCode = "400", description = "A filter has an invalid value, e.g. visibleToPatient=maybe",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
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
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING,
					required = false) String acceptEncoding) {
		CatalogSnapshot snapshot = this.catalog.current();
		CatalogFilter filter = new CatalogFilter(visibleToPatient, cancellableByPatient, rebookableByPatient,
				smsReminder, bookableOnline, q);
		boolean gzip = acceptsGzip(acceptEncoding);
		byte[] body;
		if (filter.isEmpty()) {
			body = gzip ? snapshot.listJsonGzip() : snapshot.listJson();
		}
		else {
			body = this.json.writeValueAsBytes(
					snapshot.entries().stream().filter(filter).map(AppointmentTypeResponse::from).toList());
			gzip = gzip && body.length > GZIP_THRESHOLD;
			body = gzip ? CatalogSnapshot.gzip(body) : body;
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.eTag(snapshot.etag(gzip))
			.cacheControl(this.cacheControl)
			.varyBy(HttpHeaders.ACCEPT_ENCODING)
			.header(REVISION_HEADER, Long.toString(snapshot.revision()))
			.contentType(MediaType.APPLICATION_JSON);
		if (gzip) {
			response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		return response.body(body);
	}

	@GetMapping("/{code}")
	@Operation(summary = "Get one appointment type by its code",
			description = "The ETag is the type's version: send it as If-Match when an administrator changes the type.")
	@ApiResponse(responseCode = "200", description = "The type",
			headers = { @Header(name = "ETag", description = "Strong entity tag: the version of this type"),
					@Header(name = REVISION_HEADER, description = "Catalog revision the answer was computed from") })
	@ApiResponse(responseCode = "304", description = "The type has not changed since the ETag in If-None-Match",
			content = @Content)
	@ApiResponse(responseCode = "404", description = "No active type has this code",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<AppointmentTypeResponse> get(@Parameter(description = "The type's public code",
			example = "lakare-besok-ej-akut-1177") @PathVariable String code) {
		CatalogSnapshot snapshot = this.catalog.current();
		CatalogEntry entry = snapshot.find(code).orElseThrow(() -> new UnknownAppointmentTypeException(code));
		return ResponseEntity.ok()
			.eTag(entry.etag())
			.cacheControl(this.cacheControl)
			.header(REVISION_HEADER, Long.toString(snapshot.revision()))
			.body(AppointmentTypeResponse.from(entry));
	}

	/**
	 * Whether the Accept-Encoding header admits gzip (by name or by *, with a non-zero
	 * weight).
	 */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip().toLowerCase(Locale.ROOT);
			if ((name.equals("gzip") || name.equals("*")) && !hasZeroWeight(parts)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasZeroWeight(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				return parameter.substring(2).strip().matches("0(\\.0{0,3})?");
			}
		}
		return false;
	}

}
