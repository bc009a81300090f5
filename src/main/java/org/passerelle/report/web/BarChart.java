package org.passerelle.report.web;

import java.util.List;

/**
 * A horizontal bar chart drawn by the server as SVG (no script, prints as it shows): one
 * bar per label, its length in proportion to the largest value. The numbers themselves
 * are in the table beside the chart, which is what screen readers read.
 *
 * @param bars the bars, in order
 * @param unit empty for counts; for percentages, the percent sign as the reader's
 * language writes it after a number (bars are then drawn against 100)
 */
public record BarChart(List<Bar> bars, String unit) {

	/** Height of a bar and of the gap after it, in SVG units. */
	static final int ROW = 28;

	/** Where bars start, after their labels, and how long the longest is. */
	static final int LABEL_WIDTH = 260;

	static final int BAR_WIDTH = 360;

	/** Labels longer than this are cut (the whole label is the bar's tooltip). */
	static final int LABEL_LENGTH = 36;

	/** The palette's navy: white text on it, and 9:1 against white. */
	static final String DEFAULT_COLOUR = "#1d3f6e";

	static BarChart of(List<Bar> bars) {
		return new BarChart(bars, "");
	}

	static BarChart ofPercentages(List<Bar> bars, java.util.Locale locale) {
		return new BarChart(bars, "fr".equals(locale.getLanguage()) ? "\u00A0%" : "%");
	}

	public boolean percent() {
		return !this.unit.isEmpty();
	}

	public long max() {
		long max = this.bars.stream().mapToLong(Bar::value).max().orElse(0);
		return percent() ? Math.max(100, max) : max;
	}

	/** The value as written at the end of its bar. */
	public String value(Bar bar) {
		return bar.value() + this.unit;
	}

	/** The bar's length: at least a sliver for a value above zero, so it shows. */
	public int length(Bar bar) {
		long max = max();
		if (max == 0 || bar.value() == 0) {
			return 0;
		}
		return Math.max(2, (int) Math.round((double) BAR_WIDTH * bar.value() / max));
	}

	public int height() {
		return Math.max(1, this.bars.size()) * ROW;
	}

	public int width() {
		return LABEL_WIDTH + BAR_WIDTH + 60;
	}

	public int y(int index) {
		return index * ROW;
	}

	public int labelX() {
		return LABEL_WIDTH - 8;
	}

	public int barX() {
		return LABEL_WIDTH;
	}

	/** The label as drawn: cut with an ellipsis when too long. */
	public String shortLabel(Bar bar) {
		String label = bar.label();
		return (label.length() <= LABEL_LENGTH) ? label : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
	}

	public boolean isEmpty() {
		return this.bars.stream().allMatch((bar) -> bar.value() == 0);
	}

	/**
	 * One bar.
	 *
	 * @param label what it counts
	 * @param value how many
	 * @param colour its fill, from the accessible palette
	 */
	public record Bar(String label, long value, String colour) {

		Bar(String label, long value) {
			this(label, value, DEFAULT_COLOUR);
		}

	}

}
