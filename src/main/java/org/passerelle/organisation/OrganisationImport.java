package org.passerelle.organisation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.PasserelleUser;

/**
 * Imports institutions and partners from a CSV file: the columns are mapped to the
 * directory's fields and the values of its lists to Passerelle's (both remembered for
 * each person), every row is checked and matched with the directory (same identifier,
 * SIREN of one organisation only, or same name and city as {@link MatchText} compares
 * them; see {@link ImportRowCheck#match()}), a similar name shown as probably the same
 * for the person to choose, and nothing is written until the person confirms; then every
 * row is written, in JDBC batches, or none — or, on request, the rows without errors.
 * Files are read a batch of rows at a time.
 */
@Service
public class OrganisationImport {

	private static final int CHUNK = 1000;

	/**
	 * Up to how many organisations written an import finds their probable duplicates
	 * itself (a few milliseconds each); beyond, the background job does
	 * ({@link DuplicateCandidates#queue}).
	 */
	static final int DUPLICATES_FOUND_INLINE = 500;

	/** The scope of remembered column choices. */
	private static final String COLUMN = "COLUMN";

	/** The scope of the remembered kind of rows that do not say. */
	private static final String DEFAULT_KIND = "DEFAULT_KIND";

	private static final String COPY_ORGANISATIONS = "organisation (name, short_name, kind, parent_id, siren, "
			+ "size_class, sector, city, region, website, description, name_key, search_text, match_name, match_city, "
			+ "siret, uai, rna, ror, vat_number, active, version, created_at, created_by, updated_at, updated_by, id)";

	/**
	 * The ids of a batch of new organisations, taken from their sequence beforehand: they
	 * are copied into the table with the rest of the row, and the history rows need them.
	 */
	private static final String NEW_IDS = "select nextval(pg_get_serial_sequence('organisation', 'id')) "
			+ "from generate_series(1, ?)";

	/** How many columns {@link #profile} gives. */
	private static final int PROFILE_COLUMNS = 20;

	/** The parent's column among them, the only number (from 1, as JDBC counts). */
	private static final int PARENT_COLUMN = 4;

	private static final String UPDATE = "update organisation set name = ?, short_name = ?, kind = ?, parent_id = ?, "
			+ "siren = ?, size_class = ?, sector = ?, city = ?, region = ?, website = ?, description = ?, "
			+ "name_key = ?, search_text = ?, match_name = ?, match_city = ?, siret = ?, uai = ?, rna = ?, ror = ?, "
			+ "vat_number = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ? and version = ?";

	private final OrganisationRepository organisations;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final History history;

	private final OrganisationSettings settings;

	private final OrganisationPermissions permissions;

	private final EntityManager entityManager;

	private final OrganisationMatcher matcher;

	private final DuplicateCandidates duplicates;

	private volatile @Nullable Boolean postgres;

	OrganisationImport(OrganisationRepository organisations, JdbcTemplate jdbc, MessageSource messages, History history,
			OrganisationSettings settings, OrganisationPermissions permissions, EntityManager entityManager,
			OrganisationMatcher matcher, DuplicateCandidates duplicates) {
		this.matcher = matcher;
		this.duplicates = duplicates;
		this.permissions = permissions;
		this.entityManager = entityManager;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.messages = messages;
		this.history = history;
		this.settings = settings;
	}

	/** Reads an uploaded file; see {@link CsvTable#read(byte[], int)}. */
	public CsvTable read(byte[] bytes) {
		return CsvTable.read(bytes, this.settings.importMaxRows());
	}

	/**
	 * The field each column maps to (or {@code null}): as this person mapped the same
	 * header last time (a column they left out stays out), or else by a header that names
	 * the field, in French or English or as common public data sets write it; a header
	 * that names a field only loosely (a SIRET for the SIREN) maps it when no other
	 * column does.
	 */
	@Transactional(readOnly = true)
	public List<@Nullable ImportField> suggest(long accountId, List<String> headers) {
		Map<String, String> remembered = choices(accountId, COLUMN);
		Map<String, ImportField> known = new HashMap<>();
		for (ImportField field : ImportField.values()) {
			known.put(SearchText.normalise(field.property()), field);
			known.put(SearchText.normalise(field.name()), field);
			for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
				known.put(SearchText.normalise(label(field.messageKey(), locale)), field);
			}
			for (String alias : field.aliases()) {
				known.putIfAbsent(alias, field);
				known.putIfAbsent(ImportValues.elided(alias), field);
			}
		}
		List<@Nullable ImportField> mapping = new ArrayList<>();
		Set<ImportField> used = new LinkedHashSet<>();
		for (String header : headers) {
			String key = SearchText.normalise(header);
			ImportField field = remembered.containsKey(key) ? field(remembered.get(key)) : known.get(key);
			mapping.add((field != null && used.add(field)) ? field : null);
		}
		for (int i = 0; i < headers.size(); i++) {
			String key = SearchText.normalise(headers.get(i));
			ImportField loose = ImportField.SECONDARY.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equals(key) || ImportValues.elided(entry.getKey()).equals(key))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (mapping.get(i) == null && !remembered.containsKey(key) && loose != null && used.add(loose)) {
				mapping.set(i, loose);
			}
		}
		return mapping;
	}

	/** The kind this person gave last time to the rows that do not say, if any. */
	@Transactional(readOnly = true)
	public @Nullable OrganisationKind rememberedDefaultKind(long accountId) {
		String kind = choices(accountId, DEFAULT_KIND).get("");
		try {
			return (kind != null && !kind.isEmpty()) ? OrganisationKind.valueOf(kind) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Remembers this person's mapping of these headers, every column included (those left
	 * out too), and the kind of rows that do not say, for their next import.
	 */
	@Transactional
	public void remember(long accountId, List<String> headers, List<@Nullable ImportField> mapping,
			@Nullable OrganisationKind defaultKind) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (int i = 0; i < headers.size() && i < mapping.size(); i++) {
			String key = SearchText.normalise(headers.get(i));
			if (!key.isEmpty()) {
				choices.put(key, (mapping.get(i) != null) ? mapping.get(i).name() : "");
			}
		}
		store(accountId, COLUMN, choices);
		store(accountId, DEFAULT_KIND, Map.of("", (defaultKind != null) ? defaultKind.name() : ""));
	}

	/** Remembers a mapping of columns only. */
	@Transactional
	public void remember(long accountId, List<String> headers, List<@Nullable ImportField> mapping) {
		remember(accountId, headers, mapping, null);
	}

	/** Remembers how this person mapped the values of their file's lists. */
	@Transactional
	public void rememberValues(long accountId, Map<ImportField, Map<String, String>> values) {
		values.forEach((field, map) -> store(accountId, field.name(), map));
	}

	/**
	 * The Passerelle value proposed for each value of the file (normalised): as this
	 * person mapped it last time, else as Passerelle or a known synonym names it; a value
	 * that stays unrecognised is not in the answer.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> proposeValues(long accountId, ImportField field, Collection<String> fileValues) {
		Map<String, String> remembered = choices(accountId, field.name());
		ImportValues known = readerValues();
		Map<String, String> proposed = new LinkedHashMap<>();
		for (String value : fileValues) {
			String key = SearchText.normalise(value);
			String target = remembered.containsKey(key) ? remembered.get(key) : known.propose(field, value);
			if (target != null) {
				proposed.put(key, target);
			}
		}
		return proposed;
	}

	/**
	 * The values of the lists as the person reads them (their language), to say which
	 * values a field accepts: made once for a page or file of errors.
	 */
	ImportValues readerValues() {
		return new ImportValues(this.messages, LocaleContextHolder.getLocale());
	}

	private void store(long accountId, String scope, Map<String, String> choices) {
		OffsetDateTime at = OffsetDateTime.ofInstant(this.history.clock().instant(), ZoneOffset.UTC);
		List<Object[]> rows = choices.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().length() <= 300)
			.map((entry) -> new Object[] { accountId, scope, entry.getKey(), entry.getValue(), at })
			.toList();
		for (List<Object[]> chunk : chunks(rows)) {
			this.jdbc.batchUpdate("insert into organisation_import_choice (account_id, scope, source, target, "
					+ "updated_at) values (?, ?, ?, ?, ?) on conflict (account_id, scope, source) "
					+ "do update set target = excluded.target, updated_at = excluded.updated_at", chunk);
		}
	}

	private Map<String, String> choices(long accountId, String scope) {
		Map<String, String> choices = new HashMap<>();
		this.jdbc.query("select source, target from organisation_import_choice where account_id = ? and scope = ?",
				(rs) -> {
					choices.put(rs.getString(1), rs.getString(2));
				}, accountId, scope);
		return choices;
	}

	private static @Nullable ImportField field(String name) {
		try {
			return name.isEmpty() ? null : ImportField.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null; // a field that no longer exists
		}
	}

	/** What is wrong with a mapping as a whole (message keys), or nothing. */
	public List<String> mappingProblems(List<@Nullable ImportField> mapping, @Nullable OrganisationKind defaultKind) {
		List<String> problems = new ArrayList<>();
		if (!mapping.contains(ImportField.NAME)) {
			problems.add("import.mapping.nameRequired");
		}
		if (!mapping.contains(ImportField.KIND) && defaultKind == null) {
			problems.add("import.mapping.kindRequired");
		}
		Set<ImportField> seen = new LinkedHashSet<>();
		for (ImportField field : mapping) {
			if (field != null && !seen.add(field)) {
				problems.add("import.mapping.twice");
				break;
			}
		}
		return problems;
	}

	/**
	 * Checks every row and matches it with the directory; writes nothing.
	 * @param table the file
	 * @param mapping the field of each column, or {@code null} for a column left out
	 * @param defaultKind the kind of rows whose kind is not in the file
	 * @param importer who imports: a row that changes what they may not change is an
	 * error
	 * @return what the import would do
	 */
	@Transactional(readOnly = true)
	public ImportPlan plan(CsvTable table, List<@Nullable ImportField> mapping, @Nullable OrganisationKind defaultKind,
			PasserelleUser importer) {
		return plan(table, ImportOptions.of(mapping, defaultKind), importer);
	}

	/** Checks every row of a file held in memory, with all of the person's choices. */
	@Transactional(readOnly = true)
	public ImportPlan plan(CsvTable table, ImportOptions options, PasserelleUser importer) {
		List<ImportRow> rows = new ArrayList<>();
		Checker checker = new Checker(table.headers(), options, importer, rows::addAll, false);
		table.rows().forEach(checker::row);
		checker.finish();
		return new ImportPlan(rows);
	}

	/**
	 * Checks a file one batch of rows at a time, reading it as it goes: at no time are
	 * all its rows, or all their checks, in memory.
	 * @param file the file's content
	 * @param options what the person chose
	 * @param importer who imports
	 * @param batches receives the checked rows, a batch at a time, in file order
	 */
	@Transactional(readOnly = true)
	public void check(byte[] file, ImportOptions options, PasserelleUser importer, Consumer<List<ImportRow>> batches) {
		Checker[] checker = new Checker[1];
		CsvTable.scan(file, this.settings.importMaxRows(),
				(headers) -> checker[0] = new Checker(headers, options, importer, batches, true),
				(row) -> checker[0].row(row));
		checker[0].finish();
	}

	/**
	 * Checks a file and writes it, a batch at a time, in one transaction: every row, or
	 * (when {@code partial}) the rows without errors, the others handed to
	 * {@code rejected}.
	 * @param file the file's content
	 * @param options what the person chose
	 * @param importer who imports
	 * @param partial whether rows with errors are left out rather than refuse the file
	 * @param rejected receives the rows left out
	 * @return what was written
	 * @throws ImportRefused when a row has errors and the import is not partial (nothing
	 * is written)
	 */
	@Transactional
	public ImportResult apply(byte[] file, ImportOptions options, PasserelleUser importer, boolean partial,
			Consumer<ImportRow> rejected) {
		return apply(file, options, importer, partial, Map.of(), rejected);
	}

	/**
	 * Checks a file and writes it as
	 * {@link #apply(byte[], ImportOptions, PasserelleUser, boolean, Consumer)} does, with
	 * the person's choices of the rows probably the same as an organisation of the
	 * directory.
	 * @param chosen for each line where the person chose to update the organisation
	 * probably the same, that organisation's id (a line whose check finds another one
	 * creates a new organisation, as by default)
	 */
	@Transactional
	public ImportResult apply(byte[] file, ImportOptions options, PasserelleUser importer, boolean partial,
			Map<Integer, Long> chosen, Consumer<ImportRow> rejected) {
		return write((batches) -> check(file, options, importer, batches), partial, chosen, rejected);
	}

	/**
	 * Writes rows checked earlier ({@link #check}), without checking them again: for a
	 * preview kept while the directory did not change ({@link #fingerprint}).
	 * @param checked hands over the checked rows, a batch at a time, in file order
	 * @param partial whether rows with errors are left out rather than refuse the file
	 * @param chosen the lines where the person chose the organisation probably the same
	 * @param rejected receives the rows left out
	 * @return what was written
	 */
	@Transactional
	public ImportResult applyChecked(Consumer<Consumer<List<ImportRow>>> checked, boolean partial,
			Map<Integer, Long> chosen, Consumer<ImportRow> rejected) {
		return write(checked, partial, chosen, rejected);
	}

	/**
	 * What the checks of an import depend on in the directory, in one short text that
	 * changes whenever an organisation is created, changed (its version), merged or
	 * deleted: a preview checked under the same fingerprint is still true.
	 */
	@Transactional(readOnly = true)
	public String fingerprint() {
		return this.jdbc.queryForObject("select count(*) || ':' || coalesce(max(id), 0) || ':' "
				+ "|| coalesce(sum(version), 0) from organisation", String.class);
	}

	private ImportResult write(Consumer<Consumer<List<ImportRow>>> source, boolean partial, Map<Integer, Long> chosen,
			Consumer<ImportRow> rejected) {
		int[] counts = new int[4];
		Instant now = this.history.clock().instant();
		List<Long> written = new ArrayList<>();
		source.accept((batch) -> {
			List<ImportRow> valid = new ArrayList<>();
			for (ImportRow checked : batch) {
				ImportRow row = checked.chosen(chosen.get(checked.line()));
				if (row.hasErrors()) {
					if (!partial) {
						throw new ImportRefused();
					}
					rejected.accept(row);
					counts[3]++;
				}
				else {
					valid.add(row);
				}
			}
			ImportResult result = write(valid, now, written);
			counts[0] += result.created();
			counts[1] += result.updated();
			counts[2] += result.unchanged();
		});
		analyzeAfter(counts[0] + counts[1]);
		findDuplicates(written);
		return new ImportResult(counts[0], counts[1], counts[2], counts[3]);
	}

	/**
	 * Writes a plan without errors: all rows or, if anything fails (someone changed an
	 * organisation meanwhile, a constraint), none.
	 * @param plan the plan the person confirmed
	 * @return what was written
	 */
	@Transactional
	public ImportResult apply(ImportPlan plan) {
		if (plan.hasErrors()) {
			throw new IllegalStateException("An import with errors cannot be written");
		}
		List<Long> written = new ArrayList<>();
		ImportResult result = write(plan.rows(), this.history.clock().instant(), written);
		analyzeAfter(result.created() + result.updated());
		findDuplicates(written);
		return result;
	}

	/**
	 * The probable duplicates of the organisations written: found now for a small import,
	 * by the background job for a large one.
	 */
	private void findDuplicates(List<Long> written) {
		if (written.size() <= DUPLICATES_FOUND_INLINE) {
			this.duplicates.refresh(written);
		}
		else {
			this.duplicates.queue(written);
		}
	}

	private ImportResult write(List<ImportRow> rows, Instant now, List<Long> written) {
		// written with SQL, which Hibernate does not see: the directory's kept values
		// (its counts, the clusters) are made again
		KeptUntilChange.written(Organisation.class);
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		// the same instant in COPY's text format, rounded to the microsecond as the JDBC
		// driver rounds the instants of the other history rows
		String stamp = at.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
		String who = this.history.who();
		List<ImportRow> creates = rows.stream().filter((r) -> r.action() == ImportRow.Action.CREATE).toList();
		List<ImportRow> updates = rows.stream().filter((r) -> r.action() == ImportRow.Action.UPDATE).toList();
		long unchanged = rows.stream().filter((r) -> r.action() == ImportRow.Action.UNCHANGED).count();
		// the rows written with their organisations' ids (a map keyed by the rows would
		// hash all they hold)
		List<Written> done = new ArrayList<>();
		for (List<ImportRow> chunk : chunks(creates)) {
			List<Long> newIds = this.jdbc.queryForList(NEW_IDS, Long.class, chunk.size());
			List<List<@Nullable Object>> copied = new ArrayList<>(chunk.size());
			for (int n = 0; n < chunk.size(); n++) {
				List<@Nullable Object> values = profile(chunk.get(n));
				values.addAll(List.of(true, 0, stamp, who, stamp, who, newIds.get(n)));
				copied.add(values);
			}
			CopyRows.copy(this.jdbc, COPY_ORGANISATIONS, copied);
			for (int n = 0; n < chunk.size(); n++) {
				done.add(new Written(chunk.get(n), newIds.get(n)));
			}
		}
		for (List<ImportRow> chunk : chunks(updates)) {
			int[] counts = this.jdbc.batchUpdate(UPDATE, setter(chunk, (row, ps) -> {
				int i = bindProfile(ps, row);
				ps.setObject(i++, at);
				ps.setString(i++, who);
				ps.setLong(i++, row.existingId());
				ps.setLong(i, row.existingVersion());
			}));
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] == 0) {
					throw new ObjectOptimisticLockingFailureException(Organisation.class, chunk.get(i).existingId());
				}
			}
			chunk.forEach((row) -> done.add(new Written(row, row.existingId())));
			List<Object[]> cleared = chunk.stream().map((row) -> new Object[] { row.existingId() }).toList();
			this.jdbc.batchUpdate("delete from organisation_tag where organisation_id = ?", cleared);
			this.jdbc.batchUpdate("delete from organisation_cluster_member where member_id = ?", cleared);
		}
		List<Object[]> tags = new ArrayList<>();
		List<Object[]> memberships = new ArrayList<>();
		List<List<@Nullable Object>> changes = new ArrayList<>();
		for (Written each : done) {
			ImportRow row = each.row();
			long id = each.id();
			row.details().profile().tags().forEach((tag) -> tags.add(new Object[] { id, tag }));
			row.clusterIds().forEach((cluster) -> memberships.add(new Object[] { cluster, id }));
			List<FieldChange> fields = (row.action() == ImportRow.Action.CREATE)
					? History.diff(Map.of(), row.snapshot()) : row.changes();
			changes.add(List.of(id, ChangeAction.IMPORTED.name(), stamp, who, FieldChange.encode(fields)));
		}
		for (List<Object[]> chunk : chunks(tags)) {
			this.jdbc.batchUpdate("insert into organisation_tag (organisation_id, tag) values (?, ?)", chunk);
		}
		for (List<Object[]> chunk : chunks(memberships)) {
			this.jdbc.batchUpdate("insert into organisation_cluster_member (cluster_id, member_id) values (?, ?)",
					chunk);
		}
		CopyRows.copy(this.jdbc, "organisation_change (organisation_id, action, changed_at, changed_by, details)",
				changes);
		done.forEach((each) -> written.add(each.id()));
		return new ImportResult(creates.size(), updates.size(), (int) unchanged);
	}

	private void analyzeAfter(int written) {
		if (written >= CHUNK && isPostgres()) {
			// fresh statistics, so that the next lookups by name or SIREN use their
			// indexes
			this.jdbc.execute("analyze organisation, organisation_tag, organisation_cluster_member");
		}
	}

	private boolean isPostgres() {
		if (this.postgres == null) {
			this.postgres = Boolean.TRUE
				.equals(this.jdbc.execute((java.sql.Connection connection) -> connection.getMetaData()
					.getDatabaseProductName()
					.toLowerCase(Locale.ROOT)
					.contains("postgres")));
		}
		return this.postgres;
	}

	/**
	 * The values of a row's profile, in the order of the columns that
	 * {@link #COPY_ORGANISATIONS} and {@link #UPDATE} list first.
	 */
	private static List<@Nullable Object> profile(ImportRow row) {
		OrganisationDetails details = row.details();
		PublicProfile profile = details.profile();
		List<@Nullable Object> values = new ArrayList<>(PROFILE_COLUMNS + 7);
		values.add(details.name());
		values.add(profile.shortName());
		values.add(details.kind().name());
		values.add(row.parentId());
		values.add(details.siren());
		values.add((profile.sizeClass() != null) ? profile.sizeClass().name() : null);
		values.add((profile.sector() != null) ? profile.sector().name() : null);
		values.add(profile.city());
		values.add((profile.region() != null) ? profile.region().name() : null);
		values.add(profile.website());
		values.add(profile.description());
		values.add(SearchText.normalise(details.name()));
		values.add(Organisation.searchTextOf(details.name(), profile.shortName(), profile.city(), details.siren()));
		values.add(MatchText.name(details.name()));
		values.add(MatchText.city(profile.city()));
		EstablishmentDetails establishment = (details.establishment() != null) ? details.establishment()
				: EstablishmentDetails.NONE;
		for (Identifier identifier : Identifier.values()) {
			values.add(establishment.identifier(identifier));
		}
		return values;
	}

	private static int bindProfile(PreparedStatement ps, ImportRow row) throws SQLException {
		List<@Nullable Object> values = profile(row);
		int i = 1;
		for (Object value : values) {
			if (value != null) {
				ps.setObject(i, value);
			}
			else {
				ps.setNull(i, (i == PARENT_COLUMN) ? Types.BIGINT : Types.VARCHAR);
			}
			i++;
		}
		return i;
	}

	private static BatchPreparedStatementSetter setter(List<ImportRow> rows, RowBinder binder) {
		return new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int index) throws SQLException {
				binder.bind(rows.get(index), ps);
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		};
	}

	private static <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += CHUNK) {
			chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
		}
		return chunks;
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * Checks the rows of one file a batch at a time: each batch's organisations are
	 * looked up in a few queries (by identifier, SIREN, name; similar names in one query
	 * through the trigram index), its rows checked and handed on, then forgotten; what
	 * the rows share (earlier lines of an identifier or a name, the clusters, the rights)
	 * is kept for the whole file.
	 */
	private final class Checker {

		private final List<String> headers;

		private final ImportOptions options;

		private final Map<ImportField, Integer> columns;

		private final ImportValues values;

		private final ImportRowCheck.Rights rights;

		private final Consumer<List<ImportRow>> batches;

		private final boolean forgetsEachBatch;

		private final ImportRowCheck.FileLines lines = new ImportRowCheck.FileLines();

		private final List<ImportRowCheck.Raw> batch = new ArrayList<>();

		Checker(List<String> headers, ImportOptions options, PasserelleUser importer, Consumer<List<ImportRow>> batches,
				boolean forgetsEachBatch) {
			this.headers = headers;
			this.options = options;
			this.columns = options.columns(headers.size());
			this.values = new ImportValues(OrganisationImport.this.messages, LocaleContextHolder.getLocale());
			this.rights = new ImportRowCheck.Rights(OrganisationImport.this.permissions, importer);
			this.batches = batches;
			this.forgetsEachBatch = forgetsEachBatch;
			OrganisationImport.this.organisations.findByKindOrderByName(OrganisationKind.CLUSTER)
				.forEach(
						(cluster) -> this.lines.clusters.putIfAbsent(SearchText.normalise(cluster.getName()), cluster));
		}

		void row(CsvTable.Row row) {
			this.batch.add(new ImportRowCheck.Raw(row, this.columns));
			if (this.batch.size() >= CHUNK) {
				flush();
			}
		}

		void finish() {
			if (!this.batch.isEmpty()) {
				flush();
			}
		}

		private ImportRowCheck checkOf(ImportRowCheck.Raw raw, ImportRowCheck.Lookups lookups) {
			return new ImportRowCheck(raw, this.headers, this.columns, this.values, this.options, lookups, this.lines,
					this.rights);
		}

		private void flush() {
			OrganisationRepository repository = OrganisationImport.this.organisations;
			List<ImportRowCheck.Raw> raws = this.batch;
			ImportRowCheck.Lookups lookups = new ImportRowCheck.Lookups();
			List<ImportRowCheck> checks = raws.stream().map((raw) -> checkOf(raw, lookups)).toList();
			// the checks read the identifiers and the SIREN before any lookup; "" (never
			// an
			// identifier) keeps each list of the query from being empty
			Map<Identifier, List<String>> identifiers = new java.util.EnumMap<>(Identifier.class);
			for (Identifier identifier : Identifier.values()) {
				identifiers.put(identifier, new ArrayList<>(List.of("")));
			}
			for (ImportRowCheck check : checks) {
				check.validate();
				for (Identifier identifier : Identifier.values()) {
					String value = check.identifier(identifier);
					if (value != null) {
						identifiers.get(identifier).add(value);
					}
				}
			}
			if (identifiers.values().stream().anyMatch((found) -> found.size() > 1)) {
				repository
					.findUnmergedByIdentifiers(identifiers.get(Identifier.SIRET), identifiers.get(Identifier.UAI),
							identifiers.get(Identifier.RNA), identifiers.get(Identifier.ROR),
							identifiers.get(Identifier.VAT))
					.forEach(lookups::addByIdentifiers);
			}
			List<String> sirens = checks.stream()
				.map(ImportRowCheck::siren)
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			if (!sirens.isEmpty()) {
				repository.findBySirenIn(sirens)
					.stream()
					.filter((o) -> !o.isMerged())
					.forEach((o) -> lookups.bySiren.computeIfAbsent(o.getSiren(), (k) -> new ArrayList<>()).add(o));
			}
			List<String> names = raws.stream()
				.map((raw) -> MatchText.name(raw.get(ImportField.NAME)))
				.filter((name) -> !name.isEmpty())
				.distinct()
				.toList();
			if (!names.isEmpty()) {
				repository.findUnmergedByMatchNameIn(names)
					.forEach((o) -> lookups.byMatchName.computeIfAbsent(o.getMatchName(), (k) -> new ArrayList<>())
						.add(o));
			}
			if (this.columns.containsKey(ImportField.PARENT)) {
				List<String> keys = raws.stream()
					.map((raw) -> SearchText.normalise(raw.get(ImportField.PARENT)))
					.filter((key) -> !key.isEmpty())
					.distinct()
					.toList();
				if (!keys.isEmpty()) {
					repository.findByNameKeyIn(keys)
						.stream()
						.filter(Organisation::isInstitution)
						.forEach((o) -> lookups.parents.putIfAbsent(o.getNameKey(), o));
				}
			}
			List<ImportRow> rows = new ArrayList<>();
			for (ImportRowCheck check : checks) {
				rows.add(check.check(check.match()));
			}
			// similar names for the new rows only: a row whose values turn out wrong (an
			// unknown size class) is not proposed one, and its lookup would cost as much
			// as another's (bench/import.sh's second pass: 5,000 such rows, 380 s)
			List<Integer> unmatched = new ArrayList<>();
			List<OrganisationMatcher.Candidate> candidates = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				ImportRowCheck.Raw raw = raws.get(i);
				if (rows.get(i).action() == ImportRow.Action.CREATE && !raw.get(ImportField.NAME).isEmpty()) {
					unmatched.add(i);
					candidates.add(OrganisationMatcher.Candidate.of(raw.get(ImportField.NAME),
							raw.has(ImportField.CITY) ? raw.get(ImportField.CITY) : null));
				}
			}
			similar(unmatched, candidates, checks).forEach((i, probably) -> rows.set(i,
					rows.get(i).withSimilar(probably, checkOf(raws.get(i), lookups).check(probably))));
			this.batch.clear();
			this.batches.accept(rows);
			if (this.forgetsEachBatch) {
				OrganisationImport.this.entityManager.clear();
			}
		}

		/**
		 * The organisation of the directory probably the same as each new row, by a
		 * similar name: one query for the batch; an organisation that is another
		 * establishment (another SIRET) is not proposed.
		 */
		private Map<Integer, Organisation> similar(List<Integer> unmatched,
				List<OrganisationMatcher.Candidate> candidates, List<ImportRowCheck> checks) {
			Map<Integer, Organisation> similar = new HashMap<>();
			if (candidates.isEmpty() || !isPostgres()) {
				return similar;
			}
			Map<Integer, Long> found = OrganisationImport.this.matcher.mostSimilarNames(candidates);
			Map<Long, Organisation> organisations = new HashMap<>();
			OrganisationImport.this.organisations.findAllById(new LinkedHashSet<>(found.values()))
				.forEach((o) -> organisations.put(o.getId(), o));
			found.forEach((position, id) -> {
				int index = unmatched.get(position);
				Organisation organisation = organisations.get(id);
				if (organisation != null && !ImportRowCheck.otherEstablishment(organisation,
						checks.get(index).identifier(Identifier.SIRET))) {
					similar.put(index, organisation);
				}
			});
			return similar;
		}

	}

	/** A row written and its organisation's id. */
	private record Written(ImportRow row, long id) {
	}

	@FunctionalInterface
	private interface RowBinder {

		void bind(ImportRow row, PreparedStatement ps) throws SQLException;

	}

}
