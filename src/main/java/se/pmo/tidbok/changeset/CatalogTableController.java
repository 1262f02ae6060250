package se.pmo.tidbok.changeset;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogSnapshot;
import se.pmo.tidbok.catalog.web.CatalogReadHeaders;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.TimeParameter;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.DocumentedProblems;
import se.pmo.tidbok.web.ProblemType;

/**
 * The catalog as a table to download: in PMO's own layout, or as CSV for spreadsheets.
 * Open like the other catalog reads, served from memory.
 */
@RestController
@Tag(name = "Catalog")
class CatalogTableController {

	private final Catalog catalog;

	private final CatalogReadHeaders headers;

	private final Clock clock;

	private final ZoneId zone;

	CatalogTableController(Catalog catalog, CatalogReadHeaders headers, Clock clock, CalendarZone calendarZone) {
		this.catalog = catalog;
		this.headers = headers;
		this.clock = clock;
		this.zone = calendarZone.zone();
	}

	@GetMapping(path = "/api/v1/catalog-table", produces = { TableFormat.TSV_VALUE, TableFormat.CSV_VALUE })
	@Operation(operationId = "exportCatalogTable", summary = "The catalog as PMO's table, or as CSV",
			description = "Every type in force, in the catalog's order. `Accept: text/tab-separated-values` (the default): "
					+ "PMO's layout, the six headers of \"Tidbokstyp på 1177\", `-` for no description, ✓ for yes and X for no. "
					+ "`Accept: text/csv`: RFC 4180 with a `code` column and true/false. UTF-8. Edit it and send it back as a changeset.")
	@Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
			description = "The ETag of an earlier answer: 304 without a body while it still matches (weak comparison)",
			schema = @Schema(type = "string", example = "\"7-tsv\""))
	@ApiResponse(responseCode = "200", description = "The table", headers = {
			@Header(name = "ETag", description = "Strong entity tag of the catalog revision in this representation",
					required = true, schema = @Schema(type = "string", example = "\"7-tsv\"")),
			@Header(name = "Catalog-Revision", description = "Catalog revision the table was made from", required = true,
					schema = @Schema(type = "integer", format = "int64", example = "7")),
			@Header(name = "Cache-Control", description = "How long clients and proxies may reuse the answer",
					required = true, schema = @Schema(type = "string", example = "max-age=30, public")),
			@Header(name = "Content-Disposition", description = "A file name with the catalog's date", required = true,
					schema = @Schema(type = "string",
							example = "attachment; filename=\"tidbokstyper-2026-03-20.tsv\"")) },
			content = { @Content(mediaType = TableFormat.TSV_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = TableFormat.CSV_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "304", description = "The catalog has not changed since the ETag in If-None-Match",
			content = @Content)
	@ApiResponse(responseCode = "400", description = "asOf is not a usable time")
	ResponseEntity<byte[]> export(
			@Parameter(description = "The instant to answer for, as the catalog was (or is scheduled to be) then; now when left out. "
					+ TimeInput.FORMATS, example = "2026-12-07T00:00:00+01:00") @TimeParameter @RequestParam(required = false) String asOf,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			ServletWebRequest request) {
		Instant now = this.clock.instant();
		Instant at = (asOf != null) ? TimeInput.parse("asOf", asOf, this.zone) : null;
		CatalogSnapshot snapshot = (at != null) ? this.catalog.asOf(at) : this.catalog.current(now);
		TableFormat format = format(accept);
		HttpHeaders headers = this.headers.of(snapshot, format.name().toLowerCase(),
				new MediaType(format.mediaType(), StandardCharsets.UTF_8), at != null, now);
		String date = ((at != null) ? at : now).atZone(this.zone).toLocalDate().toString();
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename("tidbokstyper-" + date + ((format == TableFormat.PMO) ? ".tsv" : ".csv"))
			.build());
		if (request.checkNotModified(headers.getETag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
		}
		byte[] body = TableWriter.write(snapshot.entries(), format).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok().headers(headers).body(body);
	}

	/**
	 * The format the Accept header prefers, by quality; PMO's layout when it has no
	 * preference between the two.
	 */
	private static TableFormat format(String accept) {
		List<MediaType> accepted = (accept != null) ? MediaType.parseMediaTypes(accept) : List.of(MediaType.ALL);
		double pmo = quality(accepted, TableFormat.PMO);
		double csv = quality(accepted, TableFormat.CSV);
		return (csv > pmo) ? TableFormat.CSV : TableFormat.PMO;
	}

	private static double quality(List<MediaType> accepted, TableFormat format) {
		return accepted.stream()
			.filter((type) -> type.isCompatibleWith(format.mediaType()))
			.mapToDouble(MediaType::getQualityValue)
			.max()
			.orElse(0);
	}

}
