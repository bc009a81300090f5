package org.passerelle.organisation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.SpreadsheetCsv;

/**
 * Imports between their upload and their confirmation, kept in the database rather than
 * in the HTTP session: the uploaded file (read again, a batch of rows at a time, at each
 * step), its preview one row per line (paged and filtered by the database), and after a
 * partial import the rows left out, for the file of rejected rows. A person keeps one
 * import at a time; imports older than a day are deleted.
 */
@Service
public class StoredImports {

	private static final int SAMPLES = 3;

	/** How many distinct values of a list the values step shows. */
	public static final int MAX_DISTINCT_VALUES = 200;

	private static final Duration KEPT = Duration.ofDays(1);

	private static final char UNIT = '\u001f';

	private static final char RECORD = '\u001e';

	private final JdbcTemplate jdbc;

	private final OrganisationImport imports;

	private final OrganisationSettings settings;

	private final MessageSource messages;

	private final History history;

	StoredImports(JdbcTemplate jdbc, OrganisationImport imports, OrganisationSettings settings, MessageSource messages,
			History history) {
		this.jdbc = jdbc;
		this.imports = imports;
		this.settings = settings;
		this.messages = messages;
		this.history = history;
	}

	/**
	 * A stored file: its id, name, headers, number of rows and first rows.
	 *
	 * @param id the import's id
	 * @param fileName the file's name
	 * @param headers the first line's column names
	 * @param rowCount the rows below it
	 * @param samples the first rows, to show beside the columns
	 */
	public record StoredFile(UUID id, String fileName, List<String> headers, int rowCount,
			List<CsvTable.Row> samples) implements Serializable {

		public StoredFile {
			headers = List.copyOf(headers);
			samples = List.copyOf(samples);
		}

	}

	/**
	 * A value of a list in the file, as first written, and how many rows hold it.
	 *
	 * @param value the value as written in the file
	 * @param key the value normalised, as choices are keyed
	 * @param rows the rows holding it
	 */
	public record FileValue(String value, String key, int rows) implements Serializable {
	}

	/**
	 * One row of the preview.
	 *
	 * @param line the file line
	 * @param name the organisation's name, as read
	 * @param city its city, as read
	 * @param action what the import does with it
	 * @param errors what is wrong
	 * @param changes what an update changes
	 * @param similarId the organisation probably the same (similar name), if any
	 * @param similarName its name
	 * @param similarChosen whether the person chose to update it rather than create a new
	 * one
	 */
	public record PreviewRow(int line, String name, String city, ImportRow.Action action,
			List<ImportRow.RowError> errors, List<FieldChange> changes, @Nullable Long similarId,
			@Nullable String similarName, boolean similarChosen) {

		public PreviewRow(int line, String name, String city, ImportRow.Action action, List<ImportRow.RowError> errors,
				List<FieldChange> changes) {
			this(line, name, city, action, errors, changes, null, null, false);
		}

		public boolean hasErrors() {
			return !this.errors.isEmpty();
		}

		/**
		 * Whether the row's name is similar to an organisation's, for the person to
		 * decide.
		 */
		public boolean hasSimilar() {
			return this.similarId != null;
		}

	}

	/**
	 * Reads a file through (so that a file that cannot be read is refused at once) and
	 * keeps it for this person, replacing their earlier import.
	 * @throws ImportProblem when the file cannot be read
	 */
	@Transactional
	public StoredFile store(long accountId, String fileName, byte[] content) {
		List<String> headers = new ArrayList<>();
		List<CsvTable.Row> samples = new ArrayList<>();
		int[] count = new int[1];
		CsvTable.scan(content, this.settings.importMaxRows(), headers::addAll, (row) -> {
			if (samples.size() < SAMPLES) {
				samples.add(row);
			}
			count[0]++;
		});
		Instant now = this.history.clock().instant();
		this.jdbc.update("delete from organisation_import where account_id = ? or created_at < ?", accountId,
				Timestamp.from(now.minus(KEPT)));
		UUID id = UUID.randomUUID();
		String name = (fileName.length() > 255) ? fileName.substring(0, 255) : fileName;
		this.jdbc.update("insert into organisation_import (id, account_id, file_name, content, row_count, created_at) "
				+ "values (?, ?, ?, ?, ?, ?)", id, accountId, name, content, count[0], Timestamp.from(now));
		return new StoredFile(id, name, List.copyOf(headers), count[0], List.copyOf(samples));
	}

	/** Whether this person's import is still kept. */
	@Transactional(readOnly = true)
	public boolean exists(UUID id, long accountId) {
		return this.jdbc.queryForObject("select count(*) from organisation_import where id = ? and account_id = ?",
				Integer.class, id, accountId) > 0;
	}

	/** Forgets an import. */
	@Transactional
	public void delete(UUID id, long accountId) {
		this.jdbc.update("delete from organisation_import where id = ? and account_id = ?", id, accountId);
	}

	/**
	 * The distinct values of each enumerated field mapped to a column, with how many rows
	 * hold each (most frequent first, at most {@value #MAX_DISTINCT_VALUES} a field).
	 */
	@Transactional(readOnly = true)
	public Map<ImportField, List<FileValue>> distinctValues(UUID id, long accountId, ImportOptions options) {
		List<ImportField> fields = options.enumeratedFields();
		Map<ImportField, Map<String, FileValue>> found = new EnumMap<>(ImportField.class);
		fields.forEach((field) -> found.put(field, new LinkedHashMap<>()));
		Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
		CsvTable.scan(content(id, accountId), Integer.MAX_VALUE,
				(headers) -> columns.putAll(options.columns(headers.size())), (row) -> {
					for (ImportField field : fields) {
						String cell = row.value(columns.get(field)).strip();
						String key = SearchText.normalise(cell);
						if (key.isEmpty()) {
							continue;
						}
						Map<String, FileValue> values = found.get(field);
						FileValue seen = values.get(key);
						if (seen != null) {
							values.put(key, new FileValue(seen.value(), key, seen.rows() + 1));
						}
						else if (values.size() < MAX_DISTINCT_VALUES) {
							values.put(key, new FileValue(cell, key, 1));
						}
					}
				});
		Map<ImportField, List<FileValue>> distinct = new EnumMap<>(ImportField.class);
		found.forEach((field, values) -> distinct.put(field,
				values.values()
					.stream()
					.sorted((a, b) -> (a.rows() != b.rows()) ? Integer.compare(b.rows(), a.rows())
							: a.value().compareToIgnoreCase(b.value()))
					.toList()));
		return distinct;
	}

	/**
	 * Checks every row of the file and keeps the preview, replacing the earlier one.
	 * @return how many rows of each action
	 */
	@Transactional
	public Map<ImportRow.Action, Integer> plan(UUID id, long accountId, ImportOptions options,
			PasserelleUser importer) {
		byte[] content = content(id, accountId);
		this.jdbc.update("delete from organisation_import_row where import_id = ?", id);
		this.jdbc.update("delete from organisation_import_batch where import_id = ?", id);
		// each batch is serialised beside the check of the next one, and stored after it
		ExecutorService serialiser = CheckedRows.worker();
		try {
			List<Future<byte[]>> serialised = new ArrayList<>(1);
			int[] batch = new int[1];
			this.imports.check(content, options, importer, (rows) -> {
				keep(id, rows);
				if (!serialised.isEmpty()) {
					keepBatch(id, batch[0]++, serialised.remove(0));
				}
				serialised.add(serialiser.submit(() -> CheckedRows.write(rows)));
			});
			if (!serialised.isEmpty()) {
				keepBatch(id, batch[0], serialised.remove(0));
			}
		}
		finally {
			serialiser.shutdownNow();
		}
		this.jdbc.update("update organisation_import set checked_fingerprint = ? where id = ?",
				fingerprint(options, importer), id);
		return counts(id);
	}

	/** How many rows of the kept preview (or rejected rows) of each action. */
	@Transactional(readOnly = true)
	public Map<ImportRow.Action, Integer> counts(UUID id) {
		Map<ImportRow.Action, Integer> counts = new EnumMap<>(ImportRow.Action.class);
		for (ImportRow.Action action : ImportRow.Action.values()) {
			counts.put(action, 0);
		}
		this.jdbc.query("select action, count(*) from organisation_import_row where import_id = ? group by action",
				(rs) -> {
					counts.put(ImportRow.Action.valueOf(rs.getString(1)), rs.getInt(2));
				}, id);
		return counts;
	}

	/** A page of the kept preview, rows with errors first, or those only. */
	@Transactional(readOnly = true)
	public Page<PreviewRow> rows(UUID id, boolean errorsOnly, Pageable pageable) {
		String where = " from organisation_import_row where import_id = ?"
				+ (errorsOnly ? " and action = 'ERROR'" : "");
		int total = this.jdbc.queryForObject("select count(*)" + where, Integer.class, id);
		ImportValues values = this.imports.readerValues();
		List<PreviewRow> content = this.jdbc.query(
				"select line, name, city, action, errors, changes, similar_id, similar_name, similar_chosen" + where
						+ " order by (action = 'ERROR') desc, line limit ? offset ?",
				(rs, n) -> new PreviewRow(rs.getInt(1), rs.getString(2), rs.getString(3),
						ImportRow.Action.valueOf(rs.getString(4)), readable(decode(rs.getString(5)), values),
						FieldChange.decode(rs.getString(6)), rs.getObject(7, Long.class), rs.getString(8),
						rs.getBoolean(9)),
				id, pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(content, pageable, total);
	}

	/**
	 * Writes the import: every row, or none if one has errors (then
	 * {@link ImportRefused}); or, when {@code partial}, the rows without errors, the
	 * others kept with their reasons for {@link #writeRejected}.
	 */
	@Transactional
	public ImportResult apply(UUID id, long accountId, ImportOptions options, PasserelleUser importer,
			boolean partial) {
		// the file itself is read only if its rows must be checked again
		List<String> fingerprints = this.jdbc.query(
				"select coalesce(checked_fingerprint, '') from organisation_import where id = ? and account_id = ?",
				(rs, n) -> rs.getString(1), id, accountId);
		if (fingerprints.isEmpty()) {
			throw new ImportProblem("import.expired");
		}
		Map<Integer, Long> chosen = new HashMap<>();
		this.jdbc.query("select line, similar_id from organisation_import_row where import_id = ? and similar_chosen",
				(rs) -> {
					chosen.put(rs.getInt(1), rs.getLong(2));
				}, id);
		boolean stillTrue = fingerprints.get(0).equals(fingerprint(options, importer));
		this.jdbc.update("delete from organisation_import_row where import_id = ?", id);
		List<ImportRow> rejected = new ArrayList<>();
		java.util.function.Consumer<ImportRow> reject = (row) -> {
			rejected.add(row);
			if (rejected.size() >= 1000) {
				keep(id, rejected);
				rejected.clear();
			}
		};
		ImportResult result = stillTrue
				? this.imports.applyChecked((batches) -> checked(id, batches), partial, chosen, reject)
				: this.imports.apply(content(id, accountId), options, importer, partial, chosen, reject);
		this.jdbc.update("delete from organisation_import_batch where import_id = ?", id);
		this.jdbc.update("update organisation_import set checked_fingerprint = null where id = ?", id);
		keep(id, rejected);
		return result;
	}

	/**
	 * What a preview's checks depend on: the directory
	 * ({@link OrganisationImport#fingerprint}), the person's choices and who imports.
	 * Rows checked under another fingerprint are checked again.
	 */
	private String fingerprint(ImportOptions options, PasserelleUser importer) {
		return this.imports.fingerprint() + ":" + Integer.toHexString(options.toString().hashCode()) + ":"
				+ importer.getAccountId();
	}

	/**
	 * The rows checked for the preview, a batch at a time (one batch in memory at once).
	 */
	private void checked(UUID id, java.util.function.Consumer<List<ImportRow>> batches) {
		int count = this.jdbc.queryForObject("select count(*) from organisation_import_batch where import_id = ?",
				Integer.class, id);
		// the next batch is read back beside the writing of this one
		ExecutorService reader = CheckedRows.worker();
		try {
			Future<List<ImportRow>> next = (count > 0) ? readBatch(reader, id, 0) : null;
			for (int batch = 0; batch < count; batch++) {
				List<ImportRow> rows = CheckedRows.done(next);
				next = (batch + 1 < count) ? readBatch(reader, id, batch + 1) : null;
				batches.accept(rows);
			}
		}
		finally {
			reader.shutdownNow();
		}
	}

	private Future<List<ImportRow>> readBatch(ExecutorService reader, UUID id, int batch) {
		byte[] rows = this.jdbc.queryForObject(
				"select rows from organisation_import_batch where import_id = ? and batch = ?", byte[].class, id,
				batch);
		return reader.submit(() -> CheckedRows.read(rows));
	}

	private void keepBatch(UUID id, int batch, Future<byte[]> rows) {
		this.jdbc.update("insert into organisation_import_batch (import_id, batch, rows) values (?, ?, ?)", id, batch,
				CheckedRows.done(rows));
	}

	/**
	 * Chooses, for a row whose name is similar to an organisation of the directory, to
	 * update that organisation ({@code update}) or to create a new one (the default): the
	 * row's action, errors and changes become those of the choice.
	 * @return whether the row exists and has such a choice
	 */
	@Transactional
	public boolean choose(UUID id, long accountId, int line, boolean update) {
		if (!exists(id, accountId)) {
			throw new ImportProblem("import.expired");
		}
		int found = this.jdbc.queryForObject("select count(*) from organisation_import_row where import_id = ? "
				+ "and line = ? and similar_id is not null", Integer.class, id, line);
		this.jdbc.update("update organisation_import_row set action = other_action, errors = other_errors, "
				+ "changes = other_changes, other_action = action, other_errors = errors, other_changes = changes, "
				+ "similar_chosen = ? where import_id = ? and line = ? and similar_id is not null "
				+ "and similar_chosen <> ?", update, id, line, update);
		return found > 0;
	}

	/**
	 * Writes the rejected rows of a partial import (or the rows with errors of the
	 * preview) as a CSV file that spreadsheets open safely: the file's own columns, as
	 * read, and a last column saying why each row was left out, in the reader's language.
	 */
	@Transactional(readOnly = true)
	public void writeRejected(UUID id, long accountId, OutputStream output) throws IOException {
		byte[] content = content(id, accountId);
		Locale locale = LocaleContextHolder.getLocale();
		Map<Integer, String> reasons = new HashMap<>();
		ImportValues values = this.imports.readerValues();
		this.jdbc.query("select line, errors from organisation_import_row where import_id = ? and action = 'ERROR'",
				(rs) -> {
					int line = rs.getInt(1);
					reasons.put(line,
							String.join(" ",
									readable(decode(rs.getString(2)), values).stream()
										.map((error) -> render(line, error, locale))
										.toList()));
				}, id);
		SpreadsheetCsv csv = SpreadsheetCsv.semicolons(output);
		List<String> headers = new ArrayList<>();
		IOException[] failure = new IOException[1];
		CsvTable.scan(content, Integer.MAX_VALUE, (read) -> {
			headers.addAll(read);
			List<String> first = new ArrayList<>(read);
			first.add(this.messages.getMessage("import.rejected.reason", null, locale));
			row(csv, first, failure);
		}, (row) -> {
			String reason = reasons.get(row.line());
			if (reason != null) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < headers.size(); i++) {
					cells.add(row.value(i));
				}
				cells.add(reason);
				row(csv, cells, failure);
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		csv.flush();
	}

	private static void row(SpreadsheetCsv csv, List<String> cells, IOException[] failure) {
		if (failure[0] != null) {
			return;
		}
		try {
			csv.row(cells);
		}
		catch (IOException ex) {
			failure[0] = ex;
		}
	}

	private void keep(UUID id, List<ImportRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<List<@Nullable Object>> values = new ArrayList<>();
		for (ImportRow row : rows) {
			ImportRow other = row.alternative();
			values.add(Arrays.asList(id, row.line(), row.action().name(), cut(row.name()), cut(row.city()),
					row.errors().isEmpty() ? null : encode(row.errors()),
					row.changes().isEmpty() ? null : FieldChange.encode(row.changes()), row.similarId(),
					(row.similarName() != null) ? cut(row.similarName()) : null,
					(other != null) ? other.action().name() : null,
					(other == null || other.errors().isEmpty()) ? null : encode(other.errors()),
					(other == null || other.changes().isEmpty()) ? null : FieldChange.encode(other.changes())));
		}
		CopyRows.copy(this.jdbc, "organisation_import_row (import_id, line, action, name, city, errors, changes, "
				+ "similar_id, similar_name, other_action, other_errors, other_changes)", values);
	}

	/** An error in plain words, with its line and column, as the preview shows it. */
	private String render(int line, ImportRow.RowError error, Locale locale) {
		String message = this.messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale);
		return error.column().isEmpty()
				? this.messages.getMessage("import.error.atLine", new Object[] { line, message }, locale)
				: this.messages.getMessage("import.error.atColumn", new Object[] { line, error.column(), message },
						locale);
	}

	private byte[] content(UUID id, long accountId) {
		List<byte[]> found = this.jdbc.query("select content from organisation_import where id = ? and account_id = ?",
				(rs, n) -> rs.getBytes(1), id, accountId);
		if (found.isEmpty()) {
			throw new ImportProblem("import.expired");
		}
		return found.get(0);
	}

	/**
	 * Errors as stored: message keys and arguments (numbers and texts), so that they are
	 * read in the language of whoever reads them.
	 */
	static String encode(List<ImportRow.RowError> errors) {
		StringBuilder text = new StringBuilder();
		for (ImportRow.RowError error : errors) {
			if (!text.isEmpty()) {
				text.append(RECORD);
			}
			text.append(clean(error.column())).append(UNIT).append(error.messageKey());
			for (Object argument : error.arguments()) {
				text.append(UNIT)
					.append((argument instanceof Number) ? 'n' : 's')
					.append(clean(String.valueOf(argument)));
			}
		}
		return text.toString();
	}

	/**
	 * The errors as the reader reads them: an unknown value's error lists the values
	 * accepted, in their language ({@code values}, made once for all the rows read).
	 */
	private List<ImportRow.RowError> readable(List<ImportRow.RowError> errors, ImportValues values) {
		return errors.stream().map((error) -> {
			if (error.messageKey().equals("import.error.unknownValue") && error.arguments().size() == 2) {
				try {
					ImportField field = ImportField.valueOf(String.valueOf(error.arguments().get(1)));
					return new ImportRow.RowError(error.column(), error.messageKey(),
							List.of(error.arguments().get(0), values.accepted(field)));
				}
				catch (IllegalArgumentException ex) {
					return error;
				}
			}
			return error;
		}).toList();
	}

	static List<ImportRow.RowError> decode(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<ImportRow.RowError> errors = new ArrayList<>();
		for (String record : text.split(String.valueOf(RECORD))) {
			String[] parts = record.split(String.valueOf(UNIT), -1);
			List<Object> arguments = new ArrayList<>();
			for (int i = 2; i < parts.length; i++) {
				String value = parts[i].substring(1);
				arguments.add((parts[i].charAt(0) == 'n') ? (Object) Long.valueOf(value) : value);
			}
			errors.add(new ImportRow.RowError(parts[0], parts[1], arguments));
		}
		return errors;
	}

	private static String clean(String value) {
		return value.replace(UNIT, ' ').replace(RECORD, ' ');
	}

	private static String cut(String text) {
		return (text.length() > 400) ? text.substring(0, 399) + "\u2026" : text;
	}

}
