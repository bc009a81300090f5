package org.passerelle.organisation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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
		Values values = new Values(this.messages);
		List<Raw> raws = table.rows().stream().map((row) -> new Raw(row, columns)).toList();

		Map<String, Organisation> bySiren = new HashMap<>();
		chunks(raws.stream().map(Raw::siren).filter(Siren::isValid).distinct().toList())
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
		Rights rights = new Rights(importer);
		for (Raw raw : raws) {
			rows.add(new RowCheck(raw, table, columns, values, defaultKind, bySiren, byNameKey, parents, clusters,
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

	/** A row's values, by field. */
	private static final class Raw {

		private final CsvTable.Row row;

		private final Map<ImportField, Integer> columns;

		Raw(CsvTable.Row row, Map<ImportField, Integer> columns) {
			this.row = row;
			this.columns = columns;
		}

		boolean has(ImportField field) {
			return this.columns.containsKey(field);
		}

		String get(ImportField field) {
			Integer column = this.columns.get(field);
			return (column != null) ? this.row.value(column).strip() : "";
		}

		@Nullable String siren() {
			return Siren.clean(get(ImportField.SIREN));
		}

	}

	/**
	 * The codes and labels (in English and French) that name each value of the
	 * directory's lists: "SME", "sme", "PME" all name {@link SizeClass#SME}.
	 */
	static final class Values {

		private final Map<String, OrganisationKind> kinds;

		private final Map<String, SizeClass> sizes;

		private final Map<String, Sector> sectors;

		private final Map<String, Region> regions;

		Values(MessageSource messages) {
			this.kinds = lookup(OrganisationKind.values(), OrganisationKind::messageKey, messages);
			this.sizes = lookup(SizeClass.values(), SizeClass::messageKey, messages);
			this.sizes.putIfAbsent("tpe", SizeClass.MICRO);
			this.sizes.putIfAbsent("ge", SizeClass.LARGE);
			this.sizes.putIfAbsent("grande entreprise", SizeClass.LARGE);
			this.sizes.putIfAbsent("large company", SizeClass.LARGE);
			this.sectors = lookup(Sector.values(), Sector::messageKey, messages);
			this.regions = lookup(Region.values(), Region::messageKey, messages);
		}

		private static <E extends Enum<E>> Map<String, E> lookup(E[] values, Function<E, String> key,
				MessageSource messages) {
			Map<String, E> lookup = new HashMap<>();
			for (E value : values) {
				lookup.put(SearchText.normalise(value.name()), value);
				for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
					String label = messages.getMessage(key.apply(value), null, null, locale);
					if (label != null) {
						lookup.putIfAbsent(SearchText.normalise(label), value);
						int detail = label.indexOf(" (");
						if (detail > 0) {
							lookup.putIfAbsent(SearchText.normalise(label.substring(0, detail)), value);
						}
					}
				}
			}
			return lookup;
		}

	}

	/** The checks of one row. */
	/** An institution the row leaves where it is. */
	private static boolean keepsItsPlace(@Nullable Organisation existing, @Nullable Organisation parent) {
		if (existing == null || !existing.isInstitution()) {
			return false;
		}
		Long stored = (existing.getParent() != null) ? existing.getParent().getId() : null;
		return Objects.equals(stored, (parent != null) ? parent.getId() : null);
	}

	/**
	 * What the importer may change ({@link OrganisationPermissions}), asked once per
	 * organisation of the file.
	 */
	private final class Rights {

		private final PasserelleUser importer;

		private final Map<Long, Boolean> edits = new HashMap<>();

		private final Map<Long, Boolean> placesUnder = new HashMap<>();

		Rights(PasserelleUser importer) {
			this.importer = importer;
		}

		boolean edits(Organisation organisation) {
			return this.edits.computeIfAbsent(organisation.getId(),
					(id) -> OrganisationImport.this.permissions.edits(this.importer, organisation));
		}

		boolean placesUnder(@Nullable Organisation parent) {
			if (parent == null) {
				return OrganisationImport.this.permissions.placesUnder(this.importer, null);
			}
			return this.placesUnder.computeIfAbsent(parent.getId(),
					(id) -> OrganisationImport.this.permissions.placesUnder(this.importer, parent));
		}

	}

	private final class RowCheck {

		private final Raw raw;

		private final CsvTable table;

		private final Map<ImportField, Integer> columns;

		private final Values values;

		private final @Nullable OrganisationKind defaultKind;

		private final Map<String, Organisation> bySiren;

		private final Map<String, List<Organisation>> byNameKey;

		private final Map<String, Organisation> parents;

		private final Map<String, Organisation> clusters;

		private final Map<String, Integer> sirenLines;

		private final Map<String, Integer> keyLines;

		private final Rights rights;

		private final List<ImportRow.RowError> errors = new ArrayList<>();

		RowCheck(Raw raw, CsvTable table, Map<ImportField, Integer> columns, Values values,
				@Nullable OrganisationKind defaultKind, Map<String, Organisation> bySiren,
				Map<String, List<Organisation>> byNameKey, Map<String, Organisation> parents,
				Map<String, Organisation> clusters, Map<String, Integer> sirenLines, Map<String, Integer> keyLines,
				Rights rights) {
			this.rights = rights;
			this.raw = raw;
			this.table = table;
			this.columns = columns;
			this.values = values;
			this.defaultKind = defaultKind;
			this.bySiren = bySiren;
			this.byNameKey = byNameKey;
			this.parents = parents;
			this.clusters = clusters;
			this.sirenLines = sirenLines;
			this.keyLines = keyLines;
		}

		ImportRow check() {
			CsvTable.Row row = this.raw.row;
			if (row.extraValues() > 0) {
				error(null, "import.error.extraValues", row.values().size(), this.table.headers().size());
			}
			String name = text(ImportField.NAME, Organisation.NAME_MAX_LENGTH);
			if (name != null && name.isEmpty()) {
				error(ImportField.NAME, "import.error.required");
			}
			String city = text(ImportField.CITY, Integer.MAX_VALUE);
			String siren = this.raw.siren();
			if (siren != null) {
				if (!Siren.hasNineDigits(siren)) {
					error(ImportField.SIREN, "import.error.sirenDigits", siren);
				}
				else if (!Siren.isValid(siren)) {
					error(ImportField.SIREN, "import.error.sirenCheckDigit", siren);
				}
			}
			Organisation existing = match(name, city, siren);
			OrganisationKind kind;
			if (this.raw.has(ImportField.KIND) && !this.raw.get(ImportField.KIND).isEmpty()) {
				kind = choice(ImportField.KIND, this.values.kinds);
			}
			else {
				kind = (existing != null) ? existing.getKind() : this.defaultKind;
				if (kind == null) {
					error(ImportField.KIND, "import.error.required");
				}
			}
			String nameValue = (name != null) ? name : "";
			String cityValue = (city != null) ? city : "";
			if (!this.errors.isEmpty() && (kind == null || nameValue.isEmpty())) {
				return failed(nameValue, cityValue);
			}

			String shortName = keep(ImportField.SHORT_NAME, text(ImportField.SHORT_NAME, Integer.MAX_VALUE), existing,
					Organisation::getShortName);
			SizeClass size = keep(ImportField.SIZE_CLASS, choiceOrNull(ImportField.SIZE_CLASS, this.values.sizes),
					existing, Organisation::getSizeClass);
			Sector sector = keep(ImportField.SECTOR, choiceOrNull(ImportField.SECTOR, this.values.sectors), existing,
					Organisation::getSector);
			Region region = keep(ImportField.REGION, choiceOrNull(ImportField.REGION, this.values.regions), existing,
					Organisation::getRegion);
			String website = keep(ImportField.WEBSITE, text(ImportField.WEBSITE, Integer.MAX_VALUE), existing,
					Organisation::getWebsite);
			String description = keep(ImportField.DESCRIPTION, text(ImportField.DESCRIPTION, Integer.MAX_VALUE),
					existing, Organisation::getDescription);
			Set<String> tags = this.raw.has(ImportField.TAGS) ? tags(this.raw.get(ImportField.TAGS))
					: (existing != null) ? new TreeSet<>(existing.getTags()) : new TreeSet<>();
			String finalCity = keep(ImportField.CITY, city, existing, Organisation::getCity);
			String finalSiren = this.raw.has(ImportField.SIREN) ? siren
					: (existing != null) ? existing.getSiren() : null;
			if (size != null && kind != OrganisationKind.COMPANY
					&& !(this.raw.has(ImportField.SIZE_CLASS) && !this.raw.get(ImportField.SIZE_CLASS).isEmpty())) {
				size = null; // kept from an organisation the file makes something else
								// than a company
			}
			checkRules(kind, new PublicProfile(shortName, size, sector, finalCity, region, website, description, tags));

			Organisation parent = null;
			if (this.raw.has(ImportField.PARENT)) {
				String parentName = this.raw.get(ImportField.PARENT);
				if (!parentName.isEmpty()) {
					parent = this.parents.get(SearchText.normalise(parentName));
					if (parent == null) {
						error(ImportField.PARENT, "import.error.parentUnknown", parentName);
					}
					else if (!kind.isInstitution()) {
						error(ImportField.PARENT, "import.error.parentForInstitutions");
					}
					else if (existing != null && parent.getId().equals(existing.getId())) {
						error(ImportField.PARENT, "import.error.parentSelf");
					}
				}
			}
			else if (existing != null && kind.isInstitution()) {
				parent = existing.getParent();
			}
			if (kind.isInstitution() && !keepsItsPlace(existing, parent) && !this.rights.placesUnder(parent)) {
				error(ImportField.PARENT, "import.error.parentYours");
			}

			List<Organisation> memberOf = new ArrayList<>();
			if (this.raw.has(ImportField.CLUSTERS)) {
				String cell = this.raw.get(ImportField.CLUSTERS);
				Organisation whole = this.clusters.get(SearchText.normalise(cell));
				List<String> names = (whole != null || cell.isEmpty()) ? List.of() : Arrays.asList(cell.split("[,;|]"));
				if (whole != null) {
					memberOf.add(whole);
				}
				for (String clusterName : names) {
					if (clusterName.isBlank()) {
						continue;
					}
					Organisation cluster = this.clusters.get(SearchText.normalise(clusterName));
					if (cluster == null) {
						error(ImportField.CLUSTERS, "import.error.clusterUnknown", clusterName.strip());
					}
					else if (!memberOf.contains(cluster)) {
						memberOf.add(cluster);
					}
				}
				if (kind == OrganisationKind.CLUSTER && !memberOf.isEmpty()) {
					error(ImportField.CLUSTERS, "import.error.clusterOfCluster");
				}
			}
			else if (existing != null) {
				memberOf.addAll(existing.getClusters());
			}

			if (!this.errors.isEmpty()) {
				return failed(nameValue, cityValue);
			}
			PublicProfile profile = new PublicProfile(shortName, size, sector, finalCity, region, website, description,
					tags);
			Set<Long> clusterIds = new LinkedHashSet<>(memberOf.stream().map(Organisation::getId).toList());
			OrganisationDetails details = new OrganisationDetails(nameValue, kind,
					(parent != null) ? parent.getId() : null, finalSiren, clusterIds, profile);
			Map<String, String> after = Organisation.snapshotOf(nameValue, kind,
					(parent != null) ? parent.getName() : null, finalSiren, profile,
					memberOf.stream().map(Organisation::getName).toList());
			if (existing == null) {
				return new ImportRow(row.line(), nameValue, cityValue, ImportRow.Action.CREATE, null, List.of(),
						List.of(), details, 0, clusterIds, details.parentId(), after);
			}
			List<FieldChange> changes = History.diff(existing.snapshot(), after);
			if (!changes.isEmpty() && !this.rights.edits(existing)) {
				error(null, "import.error.readOnly", existing.getName());
				return failed(nameValue, cityValue);
			}
			return new ImportRow(row.line(), nameValue, cityValue,
					changes.isEmpty() ? ImportRow.Action.UNCHANGED : ImportRow.Action.UPDATE, existing.getId(), changes,
					List.of(), details, existing.getVersion(), clusterIds, details.parentId(), after);
		}

		private @Nullable Organisation match(@Nullable String name, @Nullable String city, @Nullable String siren) {
			int line = this.raw.row.line();
			if (siren != null && Siren.isValid(siren)) {
				Integer earlier = this.sirenLines.putIfAbsent(siren, line);
				if (earlier != null) {
					error(ImportField.SIREN, "import.error.duplicateSiren", earlier);
					return null;
				}
			}
			if (name == null || name.isEmpty()) {
				return null;
			}
			String key = Organisation.matchKey(name, city);
			Integer earlier = this.keyLines.putIfAbsent(key, line);
			if (earlier != null) {
				error(ImportField.NAME, "import.error.duplicateName", earlier);
				return null;
			}
			if (siren != null && this.bySiren.containsKey(siren)) {
				return this.bySiren.get(siren);
			}
			String nameKey = SearchText.normalise(name);
			String cityKey = SearchText.normalise(city);
			List<Organisation> sameName = this.byNameKey.getOrDefault(nameKey, List.of());
			if (!this.raw.has(ImportField.CITY) && sameName.size() == 1) {
				return sameName.get(0);
			}
			for (Organisation candidate : sameName) {
				if (SearchText.normalise(candidate.getCity()).equals(cityKey)) {
					if (siren != null && candidate.getSiren() != null && !candidate.getSiren().equals(siren)) {
						error(ImportField.SIREN, "import.error.sirenMismatch", candidate.getName(),
								candidate.getSiren());
						return null;
					}
					return candidate;
				}
			}
			return null;
		}

		private ImportRow failed(String name, String city) {
			return new ImportRow(this.raw.row.line(), name, city, ImportRow.Action.ERROR, null, List.of(),
					List.copyOf(this.errors), null, 0, Set.of(), null, Map.of());
		}

		/**
		 * The directory's own rules ({@link Organisation#rulesBrokenBy}), as the import
		 * words them.
		 */
		private void checkRules(@Nullable OrganisationKind kind, PublicProfile profile) {
			for (Organisation.Broken broken : Organisation.rulesBrokenBy(kind, profile)) {
				ImportField field = switch (broken.field()) {
					case "shortName" -> ImportField.SHORT_NAME;
					case "sizeClass" -> ImportField.SIZE_CLASS;
					case "city" -> ImportField.CITY;
					case "website" -> ImportField.WEBSITE;
					default -> ImportField.DESCRIPTION;
				};
				switch (broken.rule()) {
					case TOO_LONG -> error(field, "import.error.tooLong", broken.maxLength(),
							this.raw.has(field) ? this.raw.get(field).length() : 0);
					case NOT_A_WEBSITE -> error(field, "import.error.website", profile.website());
					case SIZE_CLASS_FOR_COMPANIES_ONLY -> error(field, "import.error.sizeForCompanies");
				}
			}
		}

		private @Nullable String text(ImportField field, int maxLength) {
			if (!this.raw.has(field)) {
				return null;
			}
			String value = this.raw.get(field);
			if (value.length() > maxLength) {
				error(field, "import.error.tooLong", maxLength, value.length());
			}
			return (value.isEmpty() && field != ImportField.NAME) ? null : value;
		}

		/**
		 * The value read when its column is mapped (an empty cell clears it); otherwise
		 * the existing organisation's.
		 */
		private <T> @Nullable T keep(ImportField field, @Nullable T value, @Nullable Organisation existing,
				Function<Organisation, @Nullable T> current) {
			return (this.raw.has(field) || existing == null) ? value : current.apply(existing);
		}

		private <E> @Nullable E choice(ImportField field, Map<String, E> lookup) {
			String value = this.raw.get(field);
			E found = lookup.get(SearchText.normalise(value));
			if (found == null) {
				error(field, "import.error.unknownValue", value);
			}
			return found;
		}

		private <E> @Nullable E choiceOrNull(ImportField field, Map<String, E> lookup) {
			if (!this.raw.has(field) || this.raw.get(field).isEmpty()) {
				return null;
			}
			return choice(field, lookup);
		}

		private Set<String> tags(String cell) {
			Set<String> tags = new TreeSet<>();
			for (String tag : cell.split("[,;|]")) {
				String cleaned = tag.strip().toLowerCase(Locale.ROOT);
				if (cleaned.length() > 40) {
					error(ImportField.TAGS, "import.error.tagTooLong", cleaned, 40);
				}
				else if (!cleaned.isEmpty()) {
					tags.add(cleaned);
				}
			}
			return tags;
		}

		private void error(@Nullable ImportField field, String key, Object... arguments) {
			String column = "";
			if (field != null && this.columns.containsKey(field)) {
				column = this.table.headers().get(this.columns.get(field));
			}
			this.errors.add(new ImportRow.RowError(column, key, List.of(arguments)));
		}

	}

}
