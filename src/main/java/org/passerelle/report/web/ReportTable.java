package org.passerelle.report.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One of the office's figures as a person reads it: a title, the table of numbers (the
 * same on the page and in its CSV file) and, where a person would rather look than read,
 * a chart of them.
 *
 * @param id the figure's name in its CSV address ({@code /reports/{id}.csv})
 * @param titleKey the message key of its title
 * @param introKey the message key of what it counts
 * @param headers the table's column headings
 * @param rows the table's rows, numbers as numbers
 * @param chart the chart, or {@code null} for a table alone
 */
public record ReportTable(String id, String titleKey, String introKey, List<String> headers, List<List<Object>> rows,
		@Nullable BarChart chart) {

	/** A table of more than three columns, which takes the wider side of the row. */
	public boolean isWide() {
		return this.headers.size() > 3;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
