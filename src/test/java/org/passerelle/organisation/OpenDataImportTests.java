package org.passerelle.organisation;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.passerelle.PostgresTest;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The import on files as partnership offices bring them: the ministry's list of higher
 * education institutions and an INSEE SIRENE extract of establishments (many columns,
 * their own names and values, several establishments of one legal unit, unknown values,
 * blank cells), read a batch at a time from the stored file; the value mapping, blank
 * cells, the partial import and its file of rejected rows, and every choice remembered.
 */
@PostgresTest
class OpenDataImportTests {

	private static final long ACCOUNT = 9_001;

	@Autowired
	private OrganisationImport imports;

	@Autowired
	private StoredImports stored;

	@Autowired
	private Organisations organisations;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private UserDetailsService users;

	@BeforeEach
	void readInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void recognisesTheMinistrysListOfInstitutionsAndMapsItsValues() {
		OpenDataFile file = OpenDataFile.read("esr-principaux-etablissements.csv");
		StoredImports.StoredFile kept = this.stored.store(ACCOUNT, "fr-esr-principaux-etablissements.csv",
				file.bytes());
		assertThat(kept.rowCount()).isEqualTo(6);
		assertThat(kept.headers()).hasSize(22);

		List<ImportField> mapping = this.imports.suggest(ACCOUNT + 1, kept.headers());
		Map<String, ImportField> byHeader = new java.util.LinkedHashMap<>();
		for (int i = 0; i < mapping.size(); i++) {
			if (mapping.get(i) != null) {
				byHeader.put(kept.headers().get(i), mapping.get(i));
			}
		}
		assertThat(byHeader).as("only the unambiguous columns, the registers' identifiers too")
			.containsExactly(Map.entry("uo_lib", ImportField.NAME), Map.entry("sigle", ImportField.SHORT_NAME),
					Map.entry("type_d_etablissement", ImportField.KIND), Map.entry("uai", ImportField.UAI),
					Map.entry("siren", ImportField.SIREN), Map.entry("siret", ImportField.SIRET),
					Map.entry("identifiant_ror", ImportField.ROR), Map.entry("com_nom", ImportField.CITY),
					Map.entry("reg_nom", ImportField.REGION), Map.entry("url", ImportField.WEBSITE));

		ImportOptions options = ImportOptions.of(mapping, null);
		Map<ImportField, List<StoredImports.FileValue>> values = this.stored.distinctValues(kept.id(), ACCOUNT,
				options);
		assertThat(values.keySet()).containsExactly(ImportField.KIND, ImportField.REGION);
		assertThat(values.get(ImportField.KIND)).extracting(StoredImports.FileValue::value)
			.containsExactly("École d'ingénieurs", "Autre établissement", "Communauté d'universités et établissements",
					"Grand établissement", "Université");
		assertThat(values.get(ImportField.KIND).get(0).rows()).isEqualTo(2);
		Map<String, String> kinds = this.imports.proposeValues(ACCOUNT + 1, ImportField.KIND,
				values.get(ImportField.KIND).stream().map(StoredImports.FileValue::value).toList());
		assertThat(kinds).containsExactlyInAnyOrderEntriesOf(
				Map.of("ecole dingenieurs", "SCHOOL", "communaute duniversites et etablissements", "UNIVERSITY",
						"grand etablissement", "UNIVERSITY", "universite", "UNIVERSITY"));
		Map<String, String> regions = this.imports.proposeValues(ACCOUNT + 1, ImportField.REGION,
				values.get(ImportField.REGION).stream().map(StoredImports.FileValue::value).toList());
		assertThat(regions).as("every spelling, with or without accents, dashes, 'Région'")
			.containsExactlyInAnyOrderEntriesOf(Map.of("provence alpes cote dazur", "PROVENCE_ALPES_COTE_D_AZUR",
					"occitanie", "OCCITANIE", "ile de france", "ILE_DE_FRANCE", "auvergne rhone alpes",
					"AUVERGNE_RHONE_ALPES", "region sud", "PROVENCE_ALPES_COTE_D_AZUR", "grand est", "GRAND_EST"));

		List<ImportRow> unmapped = new ArrayList<>();
		this.imports.check(file.bytes(), options, admin(), unmapped::addAll);
		assertThat(errors(unmapped, 6)).containsExactly("type_d_etablissement:import.error.unknownValue");
		assertThat(unmapped.get(4).errors().get(0).arguments()).containsExactly("Autre établissement", "KIND");
		this.stored.plan(kept.id(), ACCOUNT, options, admin());
		ImportRow.RowError unknown = this.stored.rows(kept.id(), true, PageRequest.of(0, 5))
			.getContent()
			.get(0)
			.errors()
			.get(0);
		assertThat(unknown.arguments().get(1).toString()).as("the accepted values, in the reader's language")
			.startsWith("University, School, Faculty");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		unknown = this.stored.rows(kept.id(), true, PageRequest.of(0, 5)).getContent().get(0).errors().get(0);
		assertThat(unknown.arguments().get(1).toString()).startsWith("Université, École, Faculté");
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		ImportOptions chosen = options.withValues(Map.of(ImportField.KIND, Map.of("autre etablissement", "SCHOOL")),
				false);
		List<ImportRow> checked = new ArrayList<>();
		this.imports.check(file.bytes(), chosen, admin(), checked::addAll);
		assertThat(checked).filteredOn(ImportRow::hasErrors)
			.as("the UAI, SIRET and ROR read and valid")
			.extracting((row) -> row.line() + " " + row.errors())
			.singleElement()
			.asString()
			.startsWith("7 ");
		ImportResult result = this.stored.apply(kept.id(), ACCOUNT, chosen, admin(), true);
		assertThat(result).isEqualTo(new ImportResult(5, 0, 0, 1));
		Organisation university = this.organisations.findByName("Université Lumière des Calanques " + file.word())
			.orElseThrow();
		assertThat(university.getKind()).isEqualTo(OrganisationKind.UNIVERSITY);
		assertThat(university.getShortName()).isEqualTo("ULC");
		assertThat(university.getSiren()).isEqualTo(file.sirens().get(1));
		assertThat(university.getRegion()).isEqualTo(Region.PROVENCE_ALPES_COTE_D_AZUR);
		Organisation observatory = this.organisations.findByName("Observatoire des hauts plateaux " + file.word())
			.orElseThrow();
		assertThat(observatory.getKind()).isEqualTo(OrganisationKind.SCHOOL);
		assertThat(observatory.getRegion()).isEqualTo(Region.PROVENCE_ALPES_COTE_D_AZUR);
		assertThat(this.organisations.findByName("École supérieure privée de Metz " + file.word())).isEmpty();
		assertThat(this.stored.counts(kept.id()).get(ImportRow.Action.ERROR)).isEqualTo(1);
	}

	@Test
	void importsTheValidEstablishmentsOfASireneExtractAndGivesTheOthersBackWithTheirReasons() throws Exception {
		OpenDataFile file = OpenDataFile.read("sirene-etablissements.csv");
		StoredImports.StoredFile kept = this.stored.store(ACCOUNT + 2, "sirene.csv", file.bytes());
		List<ImportField> mapping = this.imports.suggest(ACCOUNT + 3, kept.headers());
		assertThat(mapping).containsExactly(ImportField.SIREN, null, ImportField.SIRET, ImportField.NAME,
				ImportField.SHORT_NAME, null, ImportField.SIZE_CLASS, null, null, null, null, null, null, null,
				ImportField.CITY, ImportField.REGION, ImportField.WEBSITE, null);
		ImportOptions options = ImportOptions.of(mapping, OrganisationKind.COMPANY);

		Map<ImportRow.Action, Integer> counts = this.stored.plan(kept.id(), ACCOUNT + 2, options, admin());
		assertThat(counts).as("three establishments of one legal unit, each with its SIRET")
			.containsEntry(ImportRow.Action.CREATE, 6)
			.containsEntry(ImportRow.Action.ERROR, 2);
		List<StoredImports.PreviewRow> errors = this.stored.rows(kept.id(), true, PageRequest.of(0, 10)).getContent();
		assertThat(errors).extracting(StoredImports.PreviewRow::line).containsExactly(7, 8);
		ImportRow.RowError artisan = errors.get(0).errors().get(0);
		assertThat(artisan.column()).isEqualTo("categorieEntreprise");
		assertThat(artisan.arguments().get(0)).isEqualTo("Artisan");
		assertThat(artisan.arguments().get(1).toString()).startsWith("Micro-enterprise");
		assertThat(this.stored.rows(kept.id(), false, PageRequest.of(0, 3)).getContent())
			.as("errors first, then the file's order")
			.extracting(StoredImports.PreviewRow::line)
			.containsExactly(7, 8, 2);

		assertThatExceptionOfType(ImportRefused.class)
			.isThrownBy(() -> this.stored.apply(kept.id(), ACCOUNT + 2, options, admin(), false));
		assertThat(this.organisations.findByName("Calanques Biotech " + file.word())).as("all or nothing").isEmpty();

		ImportResult result = this.stored.apply(kept.id(), ACCOUNT + 2, options, admin(), true);
		assertThat(result).isEqualTo(new ImportResult(6, 0, 0, 2));
		List<Organisation> biotech = this.directory
			.search(OrganisationSearch.text("Calanques Biotech " + file.word()), PageRequest.of(0, 5))
			.getContent();
		assertThat(biotech).extracting(Organisation::getCity)
			.containsExactlyInAnyOrder("Marseille", "Aix-en-Provence", "Toulon");
		assertThat(biotech).extracting(Organisation::getSiren).containsOnly(file.sirens().get(1));
		assertThat(biotech).extracting(Organisation::getSiret).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(biotech).extracting(Organisation::getSizeClass).containsOnly(SizeClass.SME);
		assertThat(this.organisations.findByName("Logiciels du Vieux-Port " + file.word()).orElseThrow().getSizeClass())
			.isEqualTo(SizeClass.MID_CAP);
		Organisation large = this.organisations.findByName("Ateliers de Lutèce " + file.word()).orElseThrow();
		assertThat(large.getSizeClass()).isEqualTo(SizeClass.LARGE);
		assertThat(large.getRegion()).isEqualTo(Region.ILE_DE_FRANCE);
		Organisation blank = this.organisations.findByName("Conserverie de l'Estaque " + file.word()).orElseThrow();
		assertThat(blank.getSizeClass()).isNull();
		assertThat(blank.getRegion()).isNull();

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.stored.writeRejected(kept.id(), ACCOUNT + 2, csv);
		String text = csv.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
		assertThat(records).hasSize(3);
		assertThat(records.get(0).toList()).hasSize(19).endsWith("Reason for rejection");
		assertThat(records.get(0).toList().subList(0, 18)).isEqualTo(kept.headers());
		assertThat(records.get(1).get(6)).isEqualTo("Artisan");
		assertThat(records.get(1).get(18)).startsWith("Line 7, column \u201ccategorieEntreprise\u201d:");
		assertThat(records.get(2).get(3)).as("formula-safe, as every export").isEqualTo("'=1+2 " + file.word());
		assertThat(records.get(2).get(18)).contains("\u201cftp://evil.example\u201d is not a web address");
	}

	@Test
	void blankCellsKeepWhatTheDirectoryHoldsUnlessThePersonAsksToClear() {
		String word = DirectoryTestData.uniqueWord();
		String siren = DirectoryTestData.uniqueSiren();
		Organisation existing = this.directory
			.create(new OrganisationDetails("Chantiers " + word, OrganisationKind.COMPANY, null, siren, Set.of(),
					new PublicProfile("CHW", SizeClass.SME, Sector.MARITIME, "La Ciotat",
							Region.PROVENCE_ALPES_COTE_D_AZUR, "https://chantiers.example", "Navires",
							Set.of("naval"))));
		String siret = OpenDataFile.siret(siren, "0001");
		String csv = "SIRET;Raison sociale;Sigle;Taille;Secteur;Ville;Région;Site web;Mots-clés\n" + siret
				+ ";Chantiers " + word + ";;;;;;;\n";
		CsvTable table = this.imports.read(csv.getBytes(StandardCharsets.UTF_8));
		List<ImportField> mapping = this.imports.suggest(ACCOUNT + 4, table.headers());
		assertThat(mapping.get(0)).isEqualTo(ImportField.SIRET);

		ImportPlan kept = this.imports.plan(table, mapping, null, admin());
		assertThat(kept.rows().get(0).existingId()).as("the SIRET holds the SIREN of one organisation")
			.isEqualTo(existing.getId());
		assertThat(kept.rows().get(0).changes()).as("blank cells keep, the SIRET is new")
			.containsExactly(new FieldChange("siret", "", siret));

		ImportPlan cleared = this.imports.plan(table, new ImportOptions(mapping, null, Map.of(), true), admin());
		assertThat(cleared.rows().get(0).changes()).extracting(FieldChange::field)
			.contains("shortName", "sizeClass", "sector", "city", "region", "website", "tags")
			.doesNotContain("name", "siren");
		this.imports.apply(cleared);
		Organisation after = this.directory.get(existing.getId());
		assertThat(after.getSizeClass()).isNull();
		assertThat(after.getCity()).isNull();
		assertThat(after.getSiren()).as("the SIREN matched the row").isEqualTo(siren);

		String leftEmpty = "Raison sociale;Secteur;Site web\nChantiers " + word
				+ ";Divers;https://chantiers-neufs.example\n";
		CsvTable second = this.imports.read(leftEmpty.getBytes(StandardCharsets.UTF_8));
		this.directory.updateProfile(existing.getId(), after.getVersion(),
				new PublicProfile(null, null, Sector.MARITIME, null, null, null, null, Set.of()));
		ImportPlan valueLeftEmpty = this.imports.plan(second,
				new ImportOptions(this.imports.suggest(ACCOUNT + 4, second.headers()), OrganisationKind.COMPANY,
						Map.of(ImportField.SECTOR, Map.of("divers", "")), false),
				admin());
		assertThat(valueLeftEmpty.rows().get(0).errors()).isEmpty();
		assertThat(valueLeftEmpty.rows().get(0).changes()).as("a value mapped to 'leave empty' keeps the sector")
			.extracting(FieldChange::field)
			.containsExactly("website");
	}

	@Test
	void remembersEveryChoiceOfEachPersonCompletely() {
		long account = ACCOUNT + 5;
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			headers.add("Indicateur open data numéro " + i + " de la table des établissements et de leurs effectifs");
		}
		headers.addAll(List.of("Raison sociale", "Commune", "Site web", "Catégorie"));
		List<ImportField> first = new ArrayList<>(Arrays.asList(new ImportField[headers.size()]));
		first.set(7, ImportField.DESCRIPTION);
		first.set(400, ImportField.NAME);
		first.set(401, ImportField.CITY);
		first.set(402, null); // "Site web" left out on purpose
		first.set(403, ImportField.SIZE_CLASS); // "Catégorie" means a size class here
		assertThat(headers.stream().mapToInt(String::length).sum()).as("beyond the former 19,000 characters")
			.isGreaterThan(30_000);
		this.imports.remember(account, headers, first, OrganisationKind.COMPANY);
		this.imports.rememberValues(account, Map.of(ImportField.SIZE_CLASS, Map.of("petite", "MICRO", "inconnue", "")));

		List<ImportField> again = this.imports.suggest(account, headers);
		assertThat(again).isEqualTo(first);
		assertThat(this.imports.rememberedDefaultKind(account)).isEqualTo(OrganisationKind.COMPANY);
		assertThat(this.imports.proposeValues(account, ImportField.SIZE_CLASS, List.of("Petite", "INCONNUE", "PME")))
			.containsExactly(Map.entry("petite", "MICRO"), Map.entry("inconnue", ""), Map.entry("pme", "SME"));
		assertThat(this.imports.suggest(account + 1, headers).get(402)).as("another person")
			.isEqualTo(ImportField.WEBSITE);
	}

	@Test
	void aStoredImportIsOnlyItsOwnersAndOneAtATime() {
		OpenDataFile file = OpenDataFile.read("sirene-etablissements.csv");
		StoredImports.StoredFile first = this.stored.store(ACCOUNT + 6, "a.csv", file.bytes());
		assertThat(this.stored.exists(first.id(), ACCOUNT + 6)).isTrue();
		assertThat(this.stored.exists(first.id(), ACCOUNT + 7)).isFalse();
		assertThatExceptionOfType(ImportProblem.class)
			.isThrownBy(() -> this.stored.plan(first.id(), ACCOUNT + 7,
					ImportOptions.of(List.of(ImportField.NAME), OrganisationKind.COMPANY), admin()))
			.extracting(ImportProblem::getMessageKey)
			.isEqualTo("import.expired");
		StoredImports.StoredFile second = this.stored.store(ACCOUNT + 6, "b.csv", file.bytes());
		assertThat(this.stored.exists(first.id(), ACCOUNT + 6)).as("replaced by the next upload").isFalse();
		assertThat(this.stored.exists(second.id(), ACCOUNT + 6)).isTrue();
		assertThat(this.stored.exists(UUID.randomUUID(), ACCOUNT + 6)).isFalse();
	}

	private PasserelleUser admin() {
		return (PasserelleUser) this.users.loadUserByUsername("admin@demo.passerelle");
	}

	private static List<String> errors(List<ImportRow> rows, int line) {
		return rows.stream()
			.filter((row) -> row.line() == line)
			.flatMap((row) -> row.errors().stream())
			.map((error) -> error.column() + ":" + error.messageKey())
			.toList();
	}

}
