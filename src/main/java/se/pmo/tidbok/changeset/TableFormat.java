package se.pmo.tidbok.changeset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The forms a catalog table comes in: PMO's own layout (tab-separated, Swedish headers,
 * ✓ and X), CSV for spreadsheets (with the code, true and false), and JSON.
 */
public enum TableFormat {

	/** PMO's layout: the six columns of "Tidbokstyp på 1177", tab-separated. */
	PMO(MediaType.parseMediaType("text/tab-separated-values"), '\t',
			List.of("PMO Tidbokstyp", "Förtydligande beskrivning", "Synlig för patienten", "Avbokningsbar",
					"Ombokningsbar", "Sms-påminnelse")),

	/** RFC 4180 CSV with a code column. */
	CSV(MediaType.parseMediaType("text/csv"), ',', List.of("code", "name", "description", "visibleToPatient",
			"cancellableByPatient", "rebookableByPatient", "smsReminder")),

	/** A JSON array of rows with the fields of the CSV header. */
	JSON(MediaType.APPLICATION_JSON, ',', CSV.headers);

	/** The media type of text/tab-separated-values. */
	public static final String TSV_VALUE = "text/tab-separated-values";

	/** The media type of text/csv. */
	public static final String CSV_VALUE = "text/csv";

	private final MediaType mediaType;

	private final char delimiter;

	private final List<String> headers;

	TableFormat(MediaType mediaType, char delimiter, List<String> headers) {
		this.mediaType = mediaType;
		this.delimiter = delimiter;
		this.headers = headers;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	char delimiter() {
		return this.delimiter;
	}

	/**
	 * The column headers in their order: name, description, the four rights; CSV and
	 * JSON start with the code, which may be left out.
	 */
	public List<String> headers() {
		return this.headers;
	}

	/** Whether the format carries the code (CSV and JSON). */
	boolean carriesCode() {
		return this != PMO;
	}

	/**
	 * The format of a body of this media type, if it is one of these and UTF-8 (a charset
	 * parameter, when given, must say so).
	 */
	public static Optional<TableFormat> of(MediaType contentType) {
		if (contentType == null || (contentType.getCharset() != null
				&& !StandardCharsets.UTF_8.equals(contentType.getCharset()))) {
			return Optional.empty();
		}
		for (TableFormat format : values()) {
			if (format.mediaType.equalsTypeAndSubtype(contentType)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
