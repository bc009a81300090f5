package org.passerelle.shared;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file that spreadsheets open correctly and safely, written with Apache Commons
 * CSV: UTF-8 with a byte order mark (so Excel reads accents right), lines ending in CRLF,
 * and every cell that a spreadsheet would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) prefixed with an
 * apostrophe. Every export of the portal writes through it.
 */
public final class SpreadsheetCsv implements Closeable, Flushable {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private SpreadsheetCsv(Writer writer, char delimiter) throws IOException {
		this.printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get());
	}

	/** A file separated by semicolons, as French spreadsheets expect. */
	public static SpreadsheetCsv semicolons(OutputStream output) throws IOException {
		return open(output, ';');
	}

	/** A file separated by commas. */
	public static SpreadsheetCsv commas(OutputStream output) throws IOException {
		return open(output, ',');
	}

	private static SpreadsheetCsv open(OutputStream output, char delimiter) throws IOException {
		Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return new SpreadsheetCsv(writer, delimiter);
	}

	/** One line; {@code null} cells are written empty, text cells made formula-safe. */
	public void row(Iterable<?> cells) throws IOException {
		List<Object> safe = new ArrayList<>();
		for (Object cell : cells) {
			safe.add((cell instanceof CharSequence text) ? safe(text.toString()) : (cell != null) ? cell : "");
		}
		this.printer.printRecord(safe);
	}

	public void row(@Nullable Object... cells) throws IOException {
		row(Arrays.asList(cells));
	}

	@Override
	public void flush() throws IOException {
		this.printer.flush();
	}

	@Override
	public void close() throws IOException {
		this.printer.close();
	}

	/** The cell as written: with an apostrophe before what would start a formula. */
	public static String safe(String value) {
		if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	/**
	 * The value a cell written by {@link #safe(String)} came from, for imports reading an
	 * export back.
	 */
	public static String unsafe(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

}
