package se.pmo.tidbok.pages;

import java.nio.charset.StandardCharsets;

import se.pmo.tidbok.changeset.ChangesetTable;
import se.pmo.tidbok.changeset.TableFormat;

/**
 * The console's import of a revised table: the table as pasted (or the text of the
 * uploaded file), its format, where it comes from, when it takes effect, and, once
 * previewed, the catalog's entity tag the preview was computed against.
 */
public class ImportForm extends When {

	private String table = "";

	private String format = TableFormat.PMO.name();

	private String source = "";

	private String catalogETag = "";

	ChangesetTable read() {
		return ChangesetTable.read(this.table.getBytes(StandardCharsets.UTF_8), tableFormat());
	}

	TableFormat tableFormat() {
		return TableFormat.CSV.name().equals(this.format) ? TableFormat.CSV : TableFormat.PMO;
	}

	String sourceOrNull() {
		return this.source.isBlank() ? null : this.source.strip();
	}

	public String getTable() {
		return this.table;
	}

	public void setTable(String table) {
		this.table = (table != null) ? table : "";
	}

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = (format != null) ? format : TableFormat.PMO.name();
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = (source != null) ? source : "";
	}

	public String getCatalogETag() {
		return this.catalogETag;
	}

	public void setCatalogETag(String catalogETag) {
		this.catalogETag = (catalogETag != null) ? catalogETag : "";
	}

}
