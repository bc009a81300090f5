package org.passerelle.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import org.passerelle.shared.PasserelleUser;

/**
 * The checks of one row of an import: values and identifiers in plain words, the rules of
 * an organisation, the match with the directory (same identifier, SIREN of one
 * organisation, or same name and city) and what the importer may change. One instance per
 * row and per organisation it is checked against; the lookups are shared by the rows of a
 * batch, the lines by the rows of a file.
 */
final class ImportRowCheck {

	private final Raw raw;

	private final List<String> headers;

	private final Map<ImportField, Integer> columns;

	private final ImportValues values;

	private final ImportOptions options;

	private final Lookups lookups;

	private final FileLines lines;

	private final Rights rights;

	private final List<ImportRow.RowError> errors = new ArrayList<>();

	/** The row's identifiers, cleaned; those that are not valid are left out. */
	private final Map<Identifier, String> identifiers = new EnumMap<>(Identifier.class);

	private @Nullable String siren;

	private boolean validated;

	ImportRowCheck(Raw raw, List<String> headers, Map<ImportField, Integer> columns, ImportValues values,
			ImportOptions options, Lookups lookups, FileLines lines, Rights rights) {
		this.rights = rights;
		this.raw = raw;
		this.headers = headers;
		this.columns = columns;
		this.values = values;
		this.options = options;
		this.lookups = lookups;
		this.lines = lines;
	}

	/** Whether a check found something wrong so far. */
	boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** The row's valid identifier of this register, if any. */
	@Nullable String identifier(Identifier identifier) {
		return this.identifiers.get(identifier);
	}

	/**
	 * Checks the row's SIREN and identifiers, and finds the organisation of the directory
	 * it is: same identifier (SIRET, UAI, RNA, ROR, VAT number; two identifiers of two
	 * organisations are an error), else the same SIREN when exactly one organisation has
	 * it (establishments share their legal unit's SIREN), else the same name and city as
	 * the matcher compares them ({@link MatchText}). Earlier rows of the file with the
	 * same SIRET, UAI, SIREN (without a SIRET) or name and city are errors.
	 * @return the organisation, or {@code null} for a new one
	 */
	@Nullable Organisation match() {
		validate();
		String name = this.raw.has(ImportField.NAME) ? this.raw.get(ImportField.NAME) : null;
		String city = this.raw.has(ImportField.CITY) ? this.raw.get(ImportField.CITY) : null;
		return match(name, city);
	}

	/** The row checked as a new organisation, or as an update of {@code existing}. */
	ImportRow check(@Nullable Organisation existing) {
		validate();
		return checkAgainst(existing);
	}

	/** The row's valid SIREN (or its SIRET's), once {@link #validate()}d. */
	@Nullable String siren() {
		return this.siren;
	}

	/** Reads and checks the row's SIREN and identifiers (once). */
	void validate() {
		if (this.validated) {
			return;
		}
		this.validated = true;
		String siren = this.raw.siren();
		if (siren != null) {
			if (!Siren.hasNineDigits(siren)) {
				error(ImportField.SIREN, "import.error.sirenDigits", siren);
			}
			else if (!Siren.isValid(siren)) {
				error(ImportField.SIREN, "import.error.sirenCheckDigit", siren);
			}
			else {
				this.siren = siren;
			}
		}
		for (ImportField field : ImportField.values()) {
			Identifier identifier = field.identifier();
			if (identifier == null || !this.raw.has(field)) {
				continue;
			}
			String cell = this.raw.get(field);
			String value = identifier.clean(cell);
			if (value == null) {
				continue;
			}
			if (!identifier.isValid(value)) {
				error(field, "import.error." + identifier.field(), cell.strip());
			}
			else {
				this.identifiers.put(identifier, value);
			}
		}
		String siret = this.identifiers.get(Identifier.SIRET);
		if (siret != null && this.siren != null && !siret.startsWith(this.siren)) {
			error(ImportField.SIRET, "import.error.siretOtherSiren", siret, this.siren);
			this.identifiers.remove(Identifier.SIRET);
		}
		if (this.siren == null && siret != null && this.raw.get(ImportField.SIREN).isEmpty()) {
			this.siren = siret.substring(0, 9); // an establishment's SIREN
		}
	}

	private ImportRow checkAgainst(@Nullable Organisation existing) {
		CsvTable.Row row = this.raw.row;
		if (row.extraValues() > 0) {
			error(null, "import.error.extraValues", row.values().size(), this.headers.size());
		}
		String name = text(ImportField.NAME, Organisation.NAME_MAX_LENGTH);
		if (name != null && name.isEmpty()) {
			error(ImportField.NAME, "import.error.required");
		}
		String city = text(ImportField.CITY, Integer.MAX_VALUE);
		String siren = this.siren;
		OrganisationKind kind = (OrganisationKind) choiceOrNull(ImportField.KIND);
		if (kind == null && this.errors.stream().noneMatch((e) -> e.messageKey().equals("import.error.unknownValue"))) {
			kind = (existing != null) ? existing.getKind() : this.options.defaultKind();
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
		SizeClass size = keep(ImportField.SIZE_CLASS, (SizeClass) choiceOrNull(ImportField.SIZE_CLASS), existing,
				Organisation::getSizeClass);
		Sector sector = keep(ImportField.SECTOR, (Sector) choiceOrNull(ImportField.SECTOR), existing,
				Organisation::getSector);
		Region region = keep(ImportField.REGION, (Region) choiceOrNull(ImportField.REGION), existing,
				Organisation::getRegion);
		String website = keep(ImportField.WEBSITE, text(ImportField.WEBSITE, Integer.MAX_VALUE), existing,
				Organisation::getWebsite);
		String description = keep(ImportField.DESCRIPTION, text(ImportField.DESCRIPTION, Integer.MAX_VALUE), existing,
				Organisation::getDescription);
		Set<String> tags = keep(ImportField.TAGS, tags(this.raw.get(ImportField.TAGS)), existing,
				(o) -> new TreeSet<>(o.getTags()));
		String finalCity = keep(ImportField.CITY, city, existing, Organisation::getCity);
		String finalSiren = keep(ImportField.SIREN, siren, existing, Organisation::getSiren);
		if (finalSiren == null && siren != null && !this.raw.has(ImportField.SIREN)) {
			finalSiren = siren; // from the SIRET
		}
		EstablishmentDetails establishment = establishment(existing);
		if (size != null && kind != OrganisationKind.COMPANY && blank(ImportField.SIZE_CLASS)) {
			size = null; // kept from an organisation the file makes something else
							// than a company
		}
		checkRules(kind, new PublicProfile(shortName, size, sector, finalCity, region, website, description, tags));

		Organisation parent = null;
		if (this.raw.has(ImportField.PARENT) && !keepsExisting(ImportField.PARENT, existing)) {
			String parentName = this.raw.get(ImportField.PARENT);
			if (!parentName.isEmpty()) {
				parent = this.lookups.parents.get(SearchText.normalise(parentName));
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
		if (kind.isInstitution()
				&& (existing == null || !existing.isInstitutionUnder((parent != null) ? parent.getId() : null))
				&& !this.rights.placesUnder(parent)) {
			error(ImportField.PARENT, "import.error.parentYours");
		}

		List<Organisation> memberOf = new ArrayList<>();
		if (this.raw.has(ImportField.CLUSTERS) && !keepsExisting(ImportField.CLUSTERS, existing)) {
			String cell = this.raw.get(ImportField.CLUSTERS);
			Organisation whole = this.lines.clusters.get(SearchText.normalise(cell));
			List<String> names = (whole != null || cell.isEmpty()) ? List.of() : Arrays.asList(cell.split("[,;|]"));
			if (whole != null) {
				memberOf.add(whole);
			}
			for (String clusterName : names) {
				if (clusterName.isBlank()) {
					continue;
				}
				Organisation cluster = this.lines.clusters.get(SearchText.normalise(clusterName));
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
		OrganisationDetails details = new OrganisationDetails(nameValue, kind, (parent != null) ? parent.getId() : null,
				finalSiren, clusterIds, profile, establishment);
		Map<String, String> after = Organisation.snapshotOf(nameValue, kind, (parent != null) ? parent.getName() : null,
				finalSiren, profile, memberOf.stream().map(Organisation::getName).toList());
		for (Identifier identifier : Identifier.values()) {
			String value = establishment.identifier(identifier);
			after.put(identifier.field(), (value != null) ? value : "");
		}
		if (existing == null) {
			return new ImportRow(row.line(), nameValue, cityValue, ImportRow.Action.CREATE, null, List.of(), List.of(),
					details, 0, clusterIds, details.parentId(), after);
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

	private @Nullable Organisation match(@Nullable String name, @Nullable String city) {
		int line = this.raw.row.line();
		for (Identifier identifier : List.of(Identifier.SIRET, Identifier.UAI)) {
			String value = this.identifiers.get(identifier);
			if (value != null) {
				Integer earlier = this.lines.identifiers.computeIfAbsent(identifier, (i) -> new HashMap<>())
					.putIfAbsent(value, line);
				if (earlier != null) {
					error(field(identifier), "import.error.duplicateIdentifier", earlier);
					return null;
				}
			}
		}
		String siret = this.identifiers.get(Identifier.SIRET);
		boolean establishment = siret != null || this.identifiers.containsKey(Identifier.UAI);
		if (this.siren != null && siret == null && this.raw.has(ImportField.SIREN)) {
			Integer earlier = this.lines.sirens.putIfAbsent(this.siren, line);
			if (earlier != null) {
				error(ImportField.SIREN, "import.error.duplicateSiren", earlier);
				return null;
			}
		}
		if (name == null || name.isEmpty()) {
			return null;
		}
		if (!establishment) {
			Integer earlier = this.lines.names.putIfAbsent(SearchText.normalise(name) + "|" + MatchText.city(city),
					line);
			if (earlier != null) {
				error(ImportField.NAME, "import.error.duplicateName", earlier);
				return null;
			}
		}
		// 1. an identifier; the VAT number, RNA and ROR only when one organisation has it
		Identifier firstBy = null;
		Organisation first = null;
		for (Identifier identifier : Identifier.values()) {
			String value = this.identifiers.get(identifier);
			List<Organisation> found = (value != null) ? this.lookups.byIdentifier(identifier, value) : List.of();
			if (found.size() != 1) {
				continue;
			}
			Organisation organisation = found.get(0);
			if (first == null) {
				first = organisation;
				firstBy = identifier;
			}
			else if (!first.getId().equals(organisation.getId())) {
				error(null, "import.error.conflictingIdentifiers", label(firstBy), this.identifiers.get(firstBy),
						first.getName(), label(identifier), value, organisation.getName());
				return null;
			}
		}
		if (first != null) {
			return first;
		}
		// 2. the SIREN, when one organisation only has it and is not another
		// establishment
		if (this.siren != null) {
			List<Organisation> sameSiren = this.lookups.bySiren.getOrDefault(this.siren, List.of());
			if (sameSiren.size() == 1 && !otherEstablishment(sameSiren.get(0), siret)) {
				return sameSiren.get(0);
			}
		}
		// 3. the name and the city, as the matcher compares them; among several, the one
		// with the very same name (two organisations may differ by their legal form only)
		String cityKey = MatchText.city(city);
		List<Organisation> sameName = this.lookups.byMatchName.getOrDefault(MatchText.name(name), List.of())
			.stream()
			.filter((candidate) -> !otherEstablishment(candidate, siret))
			.filter((candidate) -> !this.raw.has(ImportField.CITY) || cityKey.equals(matchCity(candidate)))
			.toList();
		Organisation candidate = (sameName.size() == 1) ? sameName.get(0)
				: sameName.stream()
					.filter((o) -> SearchText.normalise(name).equals(o.getNameKey()))
					.findFirst()
					.orElse(null);
		if (candidate == null) {
			return null;
		}
		if (this.siren != null && candidate.getSiren() != null && !candidate.getSiren().equals(this.siren)) {
			error(ImportField.SIREN, "import.error.sirenMismatch", candidate.getName(), candidate.getSiren());
			return null;
		}
		return candidate;
	}

	private static String matchCity(Organisation organisation) {
		return (organisation.getMatchCity() != null) ? organisation.getMatchCity()
				: MatchText.city(organisation.getCity());
	}

	/** Whether an organisation is another establishment than the row's SIRET. */
	static boolean otherEstablishment(Organisation organisation, @Nullable String siret) {
		return siret != null && organisation.getSiret() != null && !organisation.getSiret().equals(siret);
	}

	private String label(Identifier identifier) {
		ImportField field = field(identifier);
		return this.columns.containsKey(field) ? this.headers.get(this.columns.get(field)) : identifier.name();
	}

	private static ImportField field(Identifier identifier) {
		return ImportField.valueOf(identifier.name());
	}

	/**
	 * The identifiers as the row gives them (a blank cell keeping the stored one, unless
	 * empty cells clear), the address, country and phone as stored.
	 */
	private EstablishmentDetails establishment(@Nullable Organisation existing) {
		EstablishmentDetails stored = (existing != null) ? existing.getEstablishment() : EstablishmentDetails.NONE;
		Map<Identifier, @Nullable String> kept = new EnumMap<>(Identifier.class);
		for (Identifier identifier : Identifier.values()) {
			kept.put(identifier, keep(field(identifier), this.identifiers.get(identifier), existing,
					(o) -> stored.identifier(identifier)));
		}
		return new EstablishmentDetails(kept.get(Identifier.SIRET), kept.get(Identifier.UAI), kept.get(Identifier.RNA),
				kept.get(Identifier.ROR), kept.get(Identifier.VAT), stored.country(), stored.streetAddress(),
				stored.postalCode(), stored.phone());
	}

	private ImportRow failed(String name, String city) {
		return new ImportRow(this.raw.row.line(), name, city, ImportRow.Action.ERROR, null, List.of(),
				List.copyOf(this.errors), null, 0, Set.of(), null, Map.of());
	}

	/**
	 * The directory's own rules ({@link Organisation#rulesBrokenBy}), as the import words
	 * them.
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
	 * The value read when its column is mapped, otherwise the existing organisation's; an
	 * empty cell (or a value mapped to "leave empty") keeps the existing organisation's
	 * value too, unless the person chose that empty cells clear the field.
	 */
	private <T> @Nullable T keep(ImportField field, @Nullable T value, @Nullable Organisation existing,
			Function<Organisation, @Nullable T> current) {
		return keepsExisting(field, existing) ? current.apply(existing) : value;
	}

	private boolean keepsExisting(ImportField field, @Nullable Organisation existing) {
		return existing != null && (!this.raw.has(field) || (blank(field) && !this.options.emptyCellsClear()));
	}

	/** Whether the field's cell is empty, or holds a value mapped to "leave empty". */
	private boolean blank(ImportField field) {
		String cell = this.raw.get(field);
		if (cell.isEmpty()) {
			return true;
		}
		if (field.isEnumerated()) {
			String mapped = this.options.values().getOrDefault(field, Map.of()).get(SearchText.normalise(cell));
			return mapped != null && mapped.isEmpty();
		}
		return false;
	}

	/**
	 * The Passerelle value of an enumerated field's cell: as the person mapped it, or as
	 * Passerelle names it; {@code null} for an empty cell or a value left empty, and an
	 * error that lists the accepted values for a value nobody recognises.
	 */
	private @Nullable Enum<?> choiceOrNull(ImportField field) {
		if (!this.raw.has(field) || blank(field)) {
			return null;
		}
		String cell = this.raw.get(field);
		String mapped = this.options.values().getOrDefault(field, Map.of()).get(SearchText.normalise(cell));
		String name = (mapped != null) ? mapped : this.values.propose(field, cell);
		if (name == null) {
			// the accepted values are listed in the reader's language when shown
			error(field, "import.error.unknownValue", cell, field.name());
			return null;
		}
		return ImportValues.valueOf(field, name);
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
			column = this.headers.get(this.columns.get(field));
		}
		this.errors.add(new ImportRow.RowError(column, key, List.of(arguments)));
	}

	/** A row's values, by field. */
	static final class Raw {

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

		/** The SIREN, or the SIREN in a SIRET's first nine digits. */
		@Nullable String siren() {
			String siren = Siren.clean(get(ImportField.SIREN));
			if (siren != null && siren.length() == 14 && siren.chars().allMatch(Character::isDigit)) {
				return siren.substring(0, 9);
			}
			return siren;
		}

	}

	/**
	 * The organisations of the directory a batch of rows may be: by identifier, SIREN and
	 * name as the matcher compares it (merged organisations left out), and the
	 * institutions its rows name as parents.
	 */
	static final class Lookups {

		private final Map<Identifier, Map<String, List<Organisation>>> identifiers = new EnumMap<>(Identifier.class);

		final Map<String, List<Organisation>> bySiren = new HashMap<>();

		final Map<String, List<Organisation>> byMatchName = new HashMap<>();

		final Map<String, Organisation> parents = new HashMap<>();

		void addByIdentifiers(Organisation organisation) {
			EstablishmentDetails establishment = organisation.getEstablishment();
			for (Identifier identifier : Identifier.values()) {
				String value = establishment.identifier(identifier);
				if (value != null) {
					List<Organisation> found = this.identifiers.computeIfAbsent(identifier, (i) -> new HashMap<>())
						.computeIfAbsent(value, (v) -> new ArrayList<>());
					if (!found.contains(organisation)) {
						found.add(organisation);
					}
				}
			}
		}

		List<Organisation> byIdentifier(Identifier identifier, String value) {
			return this.identifiers.getOrDefault(identifier, Map.of()).getOrDefault(value, List.of());
		}

	}

	/**
	 * The lines of the file each SIRET, UAI, SIREN (of rows without a SIRET) and name and
	 * city came first on, and the directory's clusters: kept for the whole file.
	 */
	static final class FileLines {

		final Map<Identifier, Map<String, Integer>> identifiers = new EnumMap<>(Identifier.class);

		final Map<String, Integer> sirens = new HashMap<>();

		final Map<String, Integer> names = new HashMap<>();

		final Map<String, Organisation> clusters = new HashMap<>();

	}

	/**
	 * What the importer may change ({@link OrganisationPermissions}), asked once per
	 * organisation of the file.
	 */
	static final class Rights {

		private final OrganisationPermissions permissions;

		private final PasserelleUser importer;

		private final Map<Long, Boolean> edits = new HashMap<>();

		private final Map<Long, Boolean> placesUnder = new HashMap<>();

		Rights(OrganisationPermissions permissions, PasserelleUser importer) {
			this.permissions = permissions;
			this.importer = importer;
		}

		boolean edits(Organisation organisation) {
			return this.edits.computeIfAbsent(organisation.getId(),
					(id) -> this.permissions.edits(this.importer, organisation));
		}

		boolean placesUnder(@Nullable Organisation parent) {
			if (parent == null) {
				return this.permissions.placesUnder(this.importer, null);
			}
			return this.placesUnder.computeIfAbsent(parent.getId(),
					(id) -> this.permissions.placesUnder(this.importer, parent));
		}

	}

}
