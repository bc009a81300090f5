package org.passerelle.organisation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.passerelle.PostgresTest;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The CSV import on PostgreSQL: mapping, checks in plain words, matching with the
 * directory, and all rows or none written.
 */
@PostgresTest
class OrganisationImportTests {

	private static final String HEADER = "\uFEFFNom;Type;SIREN;Taille d'entreprise;Secteur;Ville;Région;Site web;"
			+ "Présentation;Mots-clés;Pôles de compétitivité;Rattachement\r\n";

	@Autowired
	private OrganisationImport imports;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Test
	void importsAGoodFile() {
		String word = DirectoryTestData.uniqueWord();
		String siren = DirectoryTestData.uniqueSiren();
		String file = HEADER + "Biotech " + word + ";Entreprise;" + siren
				+ ";PME;Santé, pharmacie et biotechnologies;Marseille;Provence-Alpes-Côte d'Azur;https://bio.example;"
				+ "\"Deux lignes ;\nde présentation, \\N, C:\\dossier\tet une tabulation\";Biotech, ARN;Eurobiomed;\r\n"
				+ "Laboratoire " + word
				+ ";laboratory;;;research_education;Marseille;PROVENCE_ALPES_COTE_D_AZUR;;;;;Aix-Marseille Université\r\n"
				+ "Association " + word + ";Association;;;Other;Nice;Provence-Alpes-Côte d'Azur;;;;;\r\n";
		CsvTable table = this.imports.read(file.getBytes(StandardCharsets.UTF_8));
		List<ImportField> mapping = this.imports.suggest(1, table.headers());
		assertThat(mapping).containsExactly(ImportField.NAME, ImportField.KIND, ImportField.SIREN,
				ImportField.SIZE_CLASS, ImportField.SECTOR, ImportField.CITY, ImportField.REGION, ImportField.WEBSITE,
				ImportField.DESCRIPTION, ImportField.TAGS, ImportField.CLUSTERS, ImportField.PARENT);

		ImportPlan plan = this.imports.plan(table, mapping, null, admin());
		assertThat(plan.rows()).extracting(ImportRow::errors).allMatch(List::isEmpty);
		assertThat(plan.created()).isEqualTo(3);
		ImportResult result = this.imports.apply(plan);
		assertThat(result).isEqualTo(new ImportResult(3, 0, 0));

		Organisation biotech = this.organisations.findByName("Biotech " + word).orElseThrow();
		OrganisationOverview overview = this.directory.overview(biotech.getId());
		assertThat(overview.organisation().getSiren()).isEqualTo(siren);
		assertThat(overview.organisation().getSizeClass()).isEqualTo(SizeClass.SME);
		assertThat(overview.organisation().getSector()).isEqualTo(Sector.HEALTH_BIOTECH);
		assertThat(overview.organisation().getDescription())
			.isEqualTo("Deux lignes ;\nde présentation, \\N, C:\\dossier\tet une tabulation");
		assertThat(overview.organisation().getTags()).containsExactly("arn", "biotech");
		assertThat(overview.organisation().getClusters()).extracting(Organisation::getName)
			.containsExactly("Eurobiomed");
		assertThat(this.directory.search(OrganisationSearch.text("biotech " + word), PageRequest.of(0, 5))
			.getTotalElements()).isEqualTo(1);
		assertThat(this.directory.history(biotech.getId())).extracting(OrganisationChange::getAction)
			.containsExactly(ChangeAction.IMPORTED);
		Organisation laboratory = this.directory
			.overview(this.organisations.findByName("Laboratoire " + word).orElseThrow().getId())
			.organisation();
		assertThat(laboratory.getKind()).isEqualTo(OrganisationKind.LABORATORY);
		assertThat(laboratory.getParent().getName()).isEqualTo("Aix-Marseille Université");
	}

	@Test
	void anImportedOrganisationSimilarToAnotherIsAProbableDuplicate() {
		String word = DirectoryTestData.uniqueWord();
		long existing = this.directory
			.create(DirectoryTestData.organisation("Verdon Matériaux " + word, OrganisationKind.COMPANY, "Toulon"))
			.getId();
		String file = HEADER + "VERDON MATERIAUX COMPOSITES " + word + ";Entreprise;;;;Toulon;;;;;;\r\n";
		CsvTable table = this.imports.read(file.getBytes(StandardCharsets.UTF_8));
		ImportPlan plan = this.imports.plan(table, this.imports.suggest(6, table.headers()), null, admin());
		assertThat(plan.created()).as("a new organisation unless the person chooses").isEqualTo(1);
		this.imports.apply(plan);
		long imported = this.organisations.findByName("VERDON MATERIAUX COMPOSITES " + word).orElseThrow().getId();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from organisation_duplicate_candidate where first_id = ? and second_id = ?",
				Long.class, existing, imported))
			.isEqualTo(1);
	}

	@Test
	void explainsEveryErrorAndWritesNothing() {
		String word = DirectoryTestData.uniqueWord();
		String file = HEADER + "Bonne " + word + ";Entreprise;;;;Lyon;;;;;;\r\n" + "Clé " + word
				+ ";Entreprise;562024423;;;Lyon;;;;;;\r\n" + "Type " + word + ";Vaisseau spatial;;;;Lyon;;;;;;\r\n"
				+ ";Entreprise;;;;Lyon;;;;;;\r\n" + "Taille " + word
				+ ";Université;;PME;;Lyon;Atlantide;ftp://x;;;;\r\n" + "Parent " + word
				+ ";Laboratoire;;;;Lyon;;;;;Pôle Inconnu;Université Imaginaire\r\n" + "Trop " + word
				+ ";Entreprise;;;;Lyon;;;;;;;en trop\r\n";
		CsvTable table = this.imports.read(file.getBytes(StandardCharsets.UTF_8));
		ImportPlan plan = this.imports.plan(table, this.imports.suggest(2, table.headers()), null, admin());

		assertThat(plan.withErrors()).isEqualTo(6);
		assertThat(plan.created()).isEqualTo(1);
		assertThat(errors(plan, 3)).containsExactly("SIREN:import.error.sirenCheckDigit");
		assertThat(errors(plan, 4)).containsExactly("Type:import.error.unknownValue");
		assertThat(errors(plan, 5)).containsExactly("Nom:import.error.required");
		assertThat(errors(plan, 6)).containsExactlyInAnyOrder("Taille d'entreprise:import.error.sizeForCompanies",
				"Région:import.error.unknownValue", "Site web:import.error.website");
		assertThat(errors(plan, 7)).containsExactlyInAnyOrder("Rattachement:import.error.parentUnknown",
				"Pôles de compétitivité:import.error.clusterUnknown");
		assertThat(errors(plan, 8)).containsExactly(":import.error.extraValues");
		assertThat(plan.errorsFirst().get(0).line()).isEqualTo(3);

		assertThatIllegalStateException().isThrownBy(() -> this.imports.apply(plan));
		assertThat(this.organisations.findByName("Bonne " + word)).isEmpty();
	}

	@Test
	void offersUpdatesForOrganisationsThatExistNeverDuplicates() {
		String word = DirectoryTestData.uniqueWord();
		String siren = DirectoryTestData.uniqueSiren();
		Organisation bySiren = this.directory.create(DirectoryTestData.company("Ancien Nom " + word, "Lyon",
				SizeClass.SME, Sector.DIGITAL, Region.AUVERGNE_RHONE_ALPES, siren, Set.of()));
		Organisation byName = this.directory.create(DirectoryTestData.company("Société Générale d'Études " + word,
				"Saint-Étienne", SizeClass.SME, Sector.DIGITAL, Region.AUVERGNE_RHONE_ALPES, null, Set.of()));
		String file = "name,kind,siren,city,sector\n" + "Nouveau Nom " + word + ",company," + siren + ",Lyon,digital\n"
				+ "SOCIETE GENERALE D'ETUDES " + word.toUpperCase() + ",company,,saint etienne,Energy and environment\n"
				+ "Doublon " + word + ",company," + siren + ",Paris,digital\n";
		CsvTable table = this.imports.read(file.getBytes(StandardCharsets.UTF_8));
		ImportPlan plan = this.imports.plan(table, this.imports.suggest(3, table.headers()), null, admin());

		assertThat(plan.rows().get(0).action()).isEqualTo(ImportRow.Action.UPDATE);
		assertThat(plan.rows().get(0).existingId()).isEqualTo(bySiren.getId());
		assertThat(plan.rows().get(0).changes()).extracting(FieldChange::field).containsExactly("name");
		assertThat(plan.rows().get(1).action()).isEqualTo(ImportRow.Action.UPDATE);
		assertThat(plan.rows().get(1).existingId()).isEqualTo(byName.getId());
		assertThat(plan.rows().get(1).changes()).extracting(FieldChange::field)
			.containsExactly("name", "sector", "city");
		assertThat(errors(plan, 4)).containsExactly("siren:import.error.duplicateSiren");

		List<ImportRow> valid = plan.rows().stream().filter((row) -> !row.hasErrors()).toList();
		ImportResult result = this.imports.apply(new ImportPlan(valid));
		assertThat(result).isEqualTo(new ImportResult(0, 2, 0));
		assertThat(this.directory.get(bySiren.getId()).getName()).isEqualTo("Nouveau Nom " + word);
		assertThat(this.directory.get(bySiren.getId()).getVersion()).isEqualTo(bySiren.getVersion() + 1);
		assertThat(this.directory.get(byName.getId()).getSector()).isEqualTo(Sector.ENERGY_ENVIRONMENT);
		assertThat(this.directory.get(byName.getId()).getCity()).as("the city column is mapped")
			.isEqualTo("saint etienne");
		assertThat(this.jdbc.queryForObject("select count(*) from organisation where siren = ?", Integer.class, siren))
			.isEqualTo(1);
		assertThat(this.directory.history(bySiren.getId()).get(0).getAction()).isEqualTo(ChangeAction.IMPORTED);
	}

	@Test
	void writesNothingWhenSomeoneChangedAnOrganisationMeanwhile() {
		String word = DirectoryTestData.uniqueWord();
		Organisation existing = this.directory.create(DirectoryTestData.company("Modifiée " + word, "Pau",
				SizeClass.SME, Sector.DIGITAL, Region.NOUVELLE_AQUITAINE, null, Set.of()));
		String file = "name;kind;city;sector\nNeuve " + word + ";company;Pau;digital\nModifiée " + word
				+ ";company;Pau;agrifood\n";
		CsvTable table = this.imports.read(file.getBytes(StandardCharsets.UTF_8));
		ImportPlan plan = this.imports.plan(table, this.imports.suggest(4, table.headers()), null, admin());
		assertThat(plan.created()).isEqualTo(1);
		assertThat(plan.updated()).isEqualTo(1);

		this.directory.updateProfile(existing.getId(), existing.getVersion(),
				new PublicProfile(null, SizeClass.SME, Sector.MARITIME, "Pau", null, null, null, Set.of()));
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.imports.apply(plan));
		assertThat(this.organisations.findByName("Neuve " + word)).as("all or nothing").isEmpty();
		assertThat(this.directory.get(existing.getId()).getSector()).isEqualTo(Sector.MARITIME);
	}

	@Test
	void remembersEachPersonsMapping() {
		List<String> headers = List.of("Nom légal de l'unité", "Code postal", "Libellé NAF");
		assertThat(this.imports.suggest(101, headers)).containsExactly(null, null, null);
		this.imports.remember(101, headers, java.util.Arrays.asList(ImportField.NAME, null, ImportField.SECTOR));
		assertThat(this.imports.suggest(101, headers)).containsExactly(ImportField.NAME, null, ImportField.SECTOR);
		assertThat(this.imports.suggest(102, headers)).as("another person").containsExactly(null, null, null);
		this.imports.remember(101, headers, java.util.Arrays.asList(ImportField.NAME, null, null));
		assertThat(this.imports.suggest(101, headers)).containsExactly(ImportField.NAME, null, null);
	}

	@Test
	void readsChecksAndWritesATenMegabyteFileInSeconds() {
		String word = DirectoryTestData.uniqueWord();
		StringBuilder file = new StringBuilder("\uFEFFSIREN;Dénomination;Commune;Secteur");
		for (int column = 0; column < 96; column++) {
			file.append(";Indicateur open data ").append(column);
		}
		file.append("\r\n");
		int rows = 10_000;
		for (int row = 0; row < rows; row++) {
			file.append(';')
				.append("Entreprise ")
				.append(word)
				.append(' ')
				.append(row)
				.append(";Ville ")
				.append(row % 300)
				.append(";Numérique et logiciel");
			for (int column = 0; column < 96; column++) {
				file.append(";valeur ").append(column * row % 997);
			}
			file.append("\r\n");
		}
		byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(bytes.length).isGreaterThan(10_000_000);

		long start = System.nanoTime();
		CsvTable table = this.imports.read(bytes);
		List<ImportField> mapping = new ArrayList<>(this.imports.suggest(5, table.headers()));
		assertThat(mapping.subList(0, 4)).containsExactly(ImportField.SIREN, ImportField.NAME, ImportField.CITY,
				ImportField.SECTOR);
		ImportPlan plan = this.imports.plan(table, mapping, OrganisationKind.COMPANY, admin());
		long planned = System.nanoTime();
		assertThat(plan.created()).isEqualTo(rows);
		ImportResult result = this.imports.apply(plan);
		long written = System.nanoTime();
		assertThat(result.created()).isEqualTo(rows);
		assertThat(this.directory.search(OrganisationSearch.text("entreprise " + word), PageRequest.of(0, 1))
			.getTotalElements()).isEqualTo(rows);
		System.out.printf("Import of %,d rows (%,d bytes): read and checked in %d ms, written in %d ms%n", rows,
				bytes.length, (planned - start) / 1_000_000, (written - planned) / 1_000_000);
	}

	@Test
	void staffImportOnlyWhatTheyMayEditAndPlaceComponentsUnderTheirOwnInstitution() {
		String word = DirectoryTestData.uniqueWord();
		String file = HEADER + "Université de technologie de Compiègne;Université;;;;Compiègne;;;Changed by AMU;;;\r\n"
				+ "Laboratoire de Compiègne " + word
				+ ";Laboratoire;;;;Compiègne;;;;;;Université de technologie de Compiègne\r\n"
				+ "Laboratoire de Marseille " + word + ";Laboratoire;;;;Marseille;;;;;;Aix-Marseille Université\r\n"
				+ "Université nouvelle " + word + ";Université;;;;Nîmes;;;;;;\r\n" + "Entreprise " + word
				+ ";Entreprise;;;;Marseille;;;;;;\r\n";
		CsvTable table = this.imports.read(file.getBytes(StandardCharsets.UTF_8));
		List<ImportField> mapping = this.imports.suggest(6, table.headers());

		ImportPlan byStaff = this.imports.plan(table, mapping, null, user("staff@demo.passerelle"));
		assertThat(errors(byStaff, 2)).containsExactly(":import.error.readOnly");
		assertThat(errors(byStaff, 3)).containsExactly("Rattachement:import.error.parentYours");
		assertThat(errors(byStaff, 4)).isEmpty();
		assertThat(errors(byStaff, 5)).containsExactly("Rattachement:import.error.parentYours");
		assertThat(errors(byStaff, 6)).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> this.imports.apply(byStaff));

		ImportPlan byAdmin = this.imports.plan(table, mapping, null, admin());
		assertThat(byAdmin.rows()).extracting(ImportRow::errors).allMatch(List::isEmpty);
	}

	private PasserelleUser admin() {
		return user("admin@demo.passerelle");
	}

	private PasserelleUser user(String email) {
		return (PasserelleUser) this.users.loadUserByUsername(email);
	}

	private static List<String> errors(ImportPlan plan, int line) {
		return plan.rows()
			.stream()
			.filter((row) -> row.line() == line)
			.flatMap((row) -> row.errors().stream())
			.map((error) -> error.column() + ":" + error.messageKey())
			.toList();
	}

}
