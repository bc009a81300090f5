package org.passerelle.organisation;

import java.io.Serializable;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.passerelle.shared.SpreadsheetCsv;

/**
 * A CSV file as read for an import: its headers and its rows, each with the line it
 * starts on. UTF-8 with or without a byte order mark; separated by semicolons (as French
 * spreadsheets export), commas or tabs; quoted values may hold the separator and line
 * breaks.
 *
 * @param headers the first line's column names
 * @param rows the other lines
 * @param separator the separator found
 */
public record CsvTable(List<String> headers, List<Row> rows, char separator) implements Serializable {

	private static final char[] SEPARATORS = { ';', ',', '\t' };

	/**
	 * One line (or more, when a quoted value holds line breaks) of the file.
	 *
	 * @param line the line it starts on, counting the header as line 1
	 * @param values its values, one per column
	 * @param extraValues how many values it has beyond the header's columns
	 */
	public record Row(int line, List<String> values, int extraValues) implements Serializable {

		/** The value of a column, as it was before an export made it formula-safe. */
		public String value(int column) {
			return (column < this.values.size()) ? SpreadsheetCsv.unsafe(this.values.get(column)) : "";
		}

	}

	/**
	 * Reads a file, or explains in plain words why it cannot be read.
	 * @param bytes the file's content
	 * @param maxRows how many rows a file may have
	 * @return the table
	 * @throws ImportProblem when the file is empty, not UTF-8, not separated by a known
	 * separator, badly quoted or too long
	 */
	public static CsvTable read(byte[] bytes, int maxRows) {
		List<Row> rows = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		char separator = scan(bytes, maxRows, headers::addAll, rows::add);
		return new CsvTable(List.copyOf(headers), rows, separator);
	}

	/**
	 * Reads a file one row at a time, decoding it as it goes (the rows are never all in
	 * memory at once), or explains in plain words why it cannot be read.
	 * @param bytes the file's content
	 * @param maxRows how many rows a file may have
	 * @param headers receives the first line's column names
	 * @param rows receives each row, in file order
	 * @return the separator found
	 * @throws ImportProblem as {@link #read(byte[], int)}
	 */
	public static char scan(byte[] bytes, int maxRows, Consumer<List<String>> headers, Consumer<Row> rows) {
		int start = start(bytes);
		if (isBlank(bytes, start)) {
			throw new ImportProblem("import.problem.empty");
		}
		char separator = separatorOf(firstLine(bytes, start));
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		List<String> header = null;
		int count = 0;
		try (CSVParser parser = format.parse(reader)) {
			long lastLine = 0;
			for (CSVRecord record : parser) {
				int line = (int) lastLine + 1;
				lastLine = parser.getCurrentLineNumber();
				List<String> values = record.toList();
				if (header == null) {
					header = headers(values);
					if (header.size() < 2) {
						throw new ImportProblem("import.problem.separator");
					}
					headers.accept(header);
					continue;
				}
				if (values.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (count >= maxRows) {
					throw new ImportProblem("import.problem.tooManyRows", maxRows);
				}
				int extra = Math.max(0, values.size() - header.size());
				if (extra > 0 && values.subList(header.size(), values.size()).stream().allMatch(String::isEmpty)) {
					extra = 0;
				}
				count++;
				rows.accept(new Row(line, List.copyOf(values), extra));
			}
		}
		catch (UncheckedIOException | IOException | IllegalStateException ex) {
			Throwable cause = (ex instanceof UncheckedIOException) ? ex.getCause() : ex;
			if (cause instanceof CharacterCodingException) {
				throw new ImportProblem("import.problem.encoding", firstBadLine(bytes, start));
			}
			throw new ImportProblem("import.problem.quotes", lineOf(ex));
		}
		if (header == null) {
			throw new ImportProblem("import.problem.empty");
		}
		if (count == 0) {
			throw new ImportProblem("import.problem.noRows");
		}
		return separator;
	}

	/** Where the text starts: after a UTF-8 byte order mark; UTF-16 is refused. */
	private static int start(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			throw new ImportProblem("import.problem.utf16");
		}
		if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			return 3;
		}
		return 0;
	}

	private static boolean isBlank(byte[] bytes, int start) {
		for (int i = start; i < bytes.length; i++) {
			if (!Character.isWhitespace(bytes[i]) && bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static String firstLine(byte[] bytes, int start) {
		int end = start;
		while (end < bytes.length && bytes[end] != '\n') {
			end++;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, end - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportProblem("import.problem.encoding", 1);
		}
	}

	/** The line of the first byte sequence that is not UTF-8. */
	private static int firstBadLine(byte[] bytes, int start) {
		int line = 1;
		int i = start;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			int length = (b < 0x80) ? 1 : ((b >> 5) == 0x6) ? 2 : ((b >> 4) == 0xE) ? 3 : ((b >> 3) == 0x1E) ? 4 : 0;
			if (length == 0 || i + length > bytes.length) {
				return line;
			}
			for (int k = 1; k < length; k++) {
				if ((bytes[i + k] & 0xC0) != 0x80) {
					return line;
				}
			}
			if (b == '\n') {
				line++;
			}
			i += length;
		}
		return line;
	}

	/** The separator found most often outside quotes on the header line. */
	static char separatorOf(String header) {
		int[] counts = new int[SEPARATORS.length];
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			for (int i = 0; i < SEPARATORS.length && !quoted; i++) {
				if (c == SEPARATORS[i]) {
					counts[i]++;
				}
			}
		}
		int best = 0;
		for (int i = 1; i < SEPARATORS.length; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		return SEPARATORS[best];
	}

	private static List<String> headers(List<String> values) {
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String header = values.get(i).replace("\uFEFF", "").strip();
			headers.add(header);
		}
		while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
			headers.remove(headers.size() - 1);
		}
		return headers;
	}

	private static int lineOf(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line:? (\\d+)").matcher(message);
		int line = 0;
		while (matcher.find()) {
			line = Integer.parseInt(matcher.group(1));
		}
		return line;
	}

}
