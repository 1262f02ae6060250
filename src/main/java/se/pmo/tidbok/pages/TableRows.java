package se.pmo.tidbok.pages;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The rows of the public table as HTML, written here rather than by the template: the
 * whole catalog is 109 rows of six cells, and a template engine's cost per element made
 * the page miss its latency target (bench/RESULTS.md). Every value is escaped with
 * {@link HtmlUtils#htmlEscape}; the codes are the catalog's own ([a-z0-9-]).
 */
final class TableRows {

	private TableRows() {
	}

	/**
	 * The table's body rows.
	 * @param rows the rows
	 * @param contextPath the application's context path, for the links
	 * @param day the day shown when it is not today (a valid ISO date), or {@code null}
	 */
	static String html(List<TablePage.Row> rows, String contextPath, String day) {
		StringBuilder html = new StringBuilder(rows.size() * 600);
		String query = (day != null) ? "?datum=" + day : "";
		for (TablePage.Row row : rows) {
			String code = escape(row.code());
			String link = escape(contextPath) + "/typer/" + code;
			html.append("<tr data-code=\"")
				.append(code)
				.append("\">\n<th scope=\"row\"><a href=\"")
				.append(link)
				.append(query)
				.append("\">")
				.append(escape(row.type().name()))
				.append("</a>");
			if (row.changes() != null) {
				html.append("\n<a class=\"andras\" href=\"")
					.append(link)
					.append("#planerad\">ändras <span>")
					.append(escape(row.changes()))
					.append("</span></a>");
			}
			String description = row.type().description();
			html.append("</th>\n<td>").append((description != null) ? escape(description) : "-").append("</td>");
			for (TablePage.Flag flag : row.flags()) {
				html.append("<td class=\"flagga\"><span class=\"markering\" aria-hidden=\"true\">")
					.append(flag.mark())
					.append("</span><span class=\"dold\">")
					.append(flag.word())
					.append("</span></td>");
			}
			html.append("</tr>\n");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
