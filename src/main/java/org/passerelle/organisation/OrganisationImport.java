package org.passerelle.organisation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.PasserelleUser;

/**
 * Imports institutions and partners from a CSV file: the columns are mapped to the
 * directory's fields (the mapping is remembered for each person), every row is checked
 * and matched with the directory (same SIREN, or same name and city once accents, case
 * and punctuation are set aside), and nothing is written until the whole file is correct;
 * then every row is written, in JDBC batches, or none.
 */
@Service
public class OrganisationImport {

	private static final int CHUNK = 1000;

	private static final String INSERT = "insert into organisation (name, short_name, kind, parent_id, siren, "
			+ "size_class, sector, city, region, website, description, name_key, search_text, active, version, "
			+ "created_at, created_by, updated_at, updated_by) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0, ?, ?, ?, ?)";

	private static final String UPDATE = "update organisation set name = ?, short_name = ?, kind = ?, parent_id = ?, "
			+ "siren = ?, size_class = ?, sector = ?, city = ?, region = ?, website = ?, description = ?, "
			+ "name_key = ?, search_text = ?, version = version + 1, updated_at = ?, updated_by = ? "
			+ "where id = ? and version = ?";

	private final OrganisationRepository organisations;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final History history;

	private final OrganisationSettings settings;

	private final OrganisationPermissions permissions;

	private volatile @Nullable Boolean postgres;

	OrganisationImport(OrganisationRepository organisations, JdbcTemplate jdbc, MessageSource messages, History history,
			OrganisationSettings settings, OrganisationPermissions permissions) {
		this.permissions = permissions;
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
	 * header last time, or else by a header that names the field, in French or English.
	 */
	@Transactional(readOnly = true)
	public List<@Nullable ImportField> suggest(long accountId, List<String> headers) {
		Map<String, ImportField> remembered = remembered(accountId);
		Map<String, ImportField> known = new HashMap<>();
		for (ImportField field : ImportField.values()) {
			known.put(SearchText.normalise(field.property()), field);
			known.put(SearchText.normalise(field.name()), field);
			for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
				known.put(SearchText.normalise(label(field.messageKey(), locale)), field);
			}
			field.aliases().forEach((alias) -> known.put(alias, field));
		}
		List<@Nullable ImportField> mapping = new ArrayList<>();
		Set<ImportField> used = new LinkedHashSet<>();
		for (String header : headers) {
			String key = SearchText.normalise(header);
			ImportField field = remembered.containsKey(key) ? remembered.get(key) : known.get(key);
			if (field != null && used.add(field)) {
				mapping.add(field);
			}
			else {
				mapping.add(null);
			}
		}
		return mapping;
	}

	/** Remembers this person's mapping of these headers, for their next import. */
	@Transactional
	public void remember(long accountId, List<String> headers, List<@Nullable ImportField> mapping) {
		Map<String, ImportField> remembered = new LinkedHashMap<>(remembered(accountId));
		for (int i = 0; i < headers.size() && i < mapping.size(); i++) {
			String key = SearchText.normalise(headers.get(i));
			if (key.isEmpty()) {
				continue;
			}
			if (mapping.get(i) != null) {
				remembered.put(key, mapping.get(i));
			}
			else {
				remembered.remove(key);
			}
		}
		StringBuilder text = new StringBuilder();
		remembered.forEach((header, field) -> {
			if (text.length() + header.length() < 19_000) {
				text.append(header).append('\t').append(field.name()).append('\n');
			}
		});
		Instant now = this.history.clock().instant();
		int updated = this.jdbc.update(
				"update organisation_import_mapping set mapping = ?, updated_at = ? where account_id = ?",
				text.toString(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), accountId);
		if (updated == 0) {
			this.jdbc.update(
					"insert into organisation_import_mapping (account_id, mapping, updated_at) values (?, ?, ?)",
					accountId, text.toString(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		}
	}

	private Map<String, ImportField> remembered(long accountId) {
		List<String> stored = this.jdbc.queryForList(
				"select mapping from organisation_import_mapping where account_id = ?", String.class, accountId);
		Map<String, ImportField> remembered = new LinkedHashMap<>();
		if (!stored.isEmpty()) {
			for (String line : stored.get(0).split("\n")) {
				String[] parts = line.split("\t");
				if (parts.length == 2) {
					try {
						remembered.put(parts[0], ImportField.valueOf(parts[1]));
					}
					catch (IllegalArgumentException ex) {
						// a field that no longer exists
					}
				}
			}
		}
		return remembered;
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
		Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
		for (int i = 0; i < mapping.size() && i < table.headers().size(); i++) {
			if (mapping.get(i) != null) {
				columns.putIfAbsent(mapping.get(i), i);
			}
		}
		ImportRowCheck.Values values = new ImportRowCheck.Values(this.messages);
		List<ImportRowCheck.Raw> raws = table.rows()
			.stream()
			.map((row) -> new ImportRowCheck.Raw(row, columns))
			.toList();

		Map<String, Organisation> bySiren = new HashMap<>();
		chunks(raws.stream().map(ImportRowCheck.Raw::siren).filter(Siren::isValid).distinct().toList())
			.forEach((chunk) -> this.organisations.findBySirenIn(chunk).forEach((o) -> bySiren.put(o.getSiren(), o)));
		Map<String, List<Organisation>> byNameKey = new HashMap<>();
		chunks(raws.stream().map((raw) -> SearchText.normalise(raw.get(ImportField.NAME))).distinct().toList())
			.forEach((chunk) -> this.organisations.findByNameKeyIn(chunk)
				.forEach((o) -> byNameKey.computeIfAbsent(o.getNameKey(), (k) -> new ArrayList<>()).add(o)));
		Map<String, Organisation> parents = new HashMap<>();
		if (columns.containsKey(ImportField.PARENT)) {
			chunks(raws.stream()
				.map((raw) -> SearchText.normalise(raw.get(ImportField.PARENT)))
				.filter((key) -> !key.isEmpty())
				.distinct()
				.toList())
				.forEach((chunk) -> this.organisations.findByNameKeyIn(chunk)
					.stream()
					.filter(Organisation::isInstitution)
					.forEach((o) -> parents.putIfAbsent(o.getNameKey(), o)));
		}
		Map<String, Organisation> clusters = new HashMap<>();
		this.organisations.findByKindOrderByName(OrganisationKind.CLUSTER)
			.forEach((cluster) -> clusters.putIfAbsent(SearchText.normalise(cluster.getName()), cluster));

		Map<String, Integer> sirenLines = new HashMap<>();
		Map<String, Integer> keyLines = new HashMap<>();
		List<ImportRow> rows = new ArrayList<>();
		ImportRowCheck.Rights rights = new ImportRowCheck.Rights(this.permissions, importer);
		for (ImportRowCheck.Raw raw : raws) {
			rows.add(new ImportRowCheck(raw, table, columns, values, defaultKind, bySiren, byNameKey, parents, clusters,
					sirenLines, keyLines, rights)
				.check());
		}
		return new ImportPlan(rows);
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
		Instant now = this.history.clock().instant();
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		String who = this.history.who();
		List<ImportRow> creates = plan.rows().stream().filter((r) -> r.action() == ImportRow.Action.CREATE).toList();
		List<ImportRow> updates = plan.rows().stream().filter((r) -> r.action() == ImportRow.Action.UPDATE).toList();
		Map<ImportRow, Long> ids = new LinkedHashMap<>();
		for (List<ImportRow> chunk : chunks(creates)) {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.batchUpdate((connection) -> connection.prepareStatement(INSERT, new String[] { "id" }),
					setter(chunk, (row, ps) -> {
						int i = bindProfile(ps, row);
						ps.setObject(i++, at);
						ps.setString(i++, who);
						ps.setObject(i++, at);
						ps.setString(i, who);
					}), keys);
			List<Map<String, Object>> generated = keys.getKeyList();
			for (int i = 0; i < chunk.size(); i++) {
				ids.put(chunk.get(i), ((Number) generated.get(i).values().iterator().next()).longValue());
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
			chunk.forEach((row) -> ids.put(row, row.existingId()));
			List<Object[]> cleared = chunk.stream().map((row) -> new Object[] { row.existingId() }).toList();
			this.jdbc.batchUpdate("delete from organisation_tag where organisation_id = ?", cleared);
			this.jdbc.batchUpdate("delete from organisation_cluster_member where member_id = ?", cleared);
		}
		List<Object[]> tags = new ArrayList<>();
		List<Object[]> memberships = new ArrayList<>();
		List<Object[]> changes = new ArrayList<>();
		ids.forEach((row, id) -> {
			row.details().profile().tags().forEach((tag) -> tags.add(new Object[] { id, tag }));
			row.clusterIds().forEach((cluster) -> memberships.add(new Object[] { cluster, id }));
			List<FieldChange> fields = (row.action() == ImportRow.Action.CREATE)
					? History.diff(Map.of(), row.snapshot()) : row.changes();
			changes.add(new Object[] { id, ChangeAction.IMPORTED.name(), at, who, FieldChange.encode(fields) });
		});
		for (List<Object[]> chunk : chunks(tags)) {
			this.jdbc.batchUpdate("insert into organisation_tag (organisation_id, tag) values (?, ?)", chunk);
		}
		for (List<Object[]> chunk : chunks(memberships)) {
			this.jdbc.batchUpdate("insert into organisation_cluster_member (cluster_id, member_id) values (?, ?)",
					chunk);
		}
		for (List<Object[]> chunk : chunks(changes)) {
			this.jdbc.batchUpdate("insert into organisation_change (organisation_id, action, changed_at, changed_by, "
					+ "details) values (?, ?, ?, ?, ?)", chunk);
		}
		if (creates.size() + updates.size() >= CHUNK && isPostgres()) {
			// fresh statistics, so that the next lookups by name or SIREN use their
			// indexes
			this.jdbc.execute("analyze organisation, organisation_tag, organisation_cluster_member");
		}
		return new ImportResult(creates.size(), updates.size(), (int) plan.unchanged());
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

	private static int bindProfile(PreparedStatement ps, ImportRow row) throws SQLException {
		OrganisationDetails details = row.details();
		PublicProfile profile = details.profile();
		int i = 1;
		ps.setString(i++, details.name());
		ps.setString(i++, profile.shortName());
		ps.setString(i++, details.kind().name());
		if (row.parentId() != null) {
			ps.setLong(i++, row.parentId());
		}
		else {
			ps.setNull(i++, Types.BIGINT);
		}
		ps.setString(i++, details.siren());
		ps.setString(i++, (profile.sizeClass() != null) ? profile.sizeClass().name() : null);
		ps.setString(i++, (profile.sector() != null) ? profile.sector().name() : null);
		ps.setString(i++, profile.city());
		ps.setString(i++, (profile.region() != null) ? profile.region().name() : null);
		ps.setString(i++, profile.website());
		ps.setString(i++, profile.description());
		ps.setString(i++, SearchText.normalise(details.name()));
		ps.setString(i++,
				Organisation.searchTextOf(details.name(), profile.shortName(), profile.city(), details.siren()));
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

	@FunctionalInterface
	private interface RowBinder {

		void bind(ImportRow row, PreparedStatement ps) throws SQLException;

	}

}
