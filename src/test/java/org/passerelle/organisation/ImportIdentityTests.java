package org.passerelle.organisation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.passerelle.PostgresTest;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import reads the registers' identifiers (SIRET, UAI, RNA, ROR, VAT number) and
 * matches each row with the directory in order: same identifier, a SIREN that one
 * organisation only has, the same name and city as the matcher compares them, then a
 * similar name offered as "probably the same as" for the person to choose; each row is
 * checked once, and again only when the directory changed before the confirmation. On an
 * open-data file written for the test, with many columns.
 */
@PostgresTest
class ImportIdentityTests {

	private static final long ACCOUNT = 9_201;

	private static final String HEADER = "siren;siret;numero_uai;identifiant_rna;ror;numero_tva;"
			+ "denominationUniteLegale;sigleUniteLegale;Type;categorieEntreprise;activitePrincipaleUniteLegale;"
			+ "codePostalEtablissement;libelleCommuneEtablissement;Site internet;dateCreationEtablissement\r\n";

	@Autowired
	private OrganisationImport imports;

	@Autowired
	private StoredImports stored;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private JdbcTemplate jdbc;

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
	void matchesByIdentifierSirenNameAndCityAndAsksAboutSimilarNames() {
		Directory d = new Directory();
		String file = HEADER
				// 2: the SIRET of the Marseille establishment: updates it (its short
				// name)
				+ d.siren + ";" + d.siretMarseille + ";;;;;Provepharm " + d.w
				+ ";PVP;Entreprise;PME;21.20Z;13007;Marseille;;2001-01-15\r\n"
				// 3: a third establishment of the same legal unit: the SIREN alone
				// matches
				// nobody, a new organisation
				+ d.siren + ";" + d.siretToulouse + ";;;;;Provepharm " + d.w
				+ " Toulouse;;Entreprise;PME;21.20Z;31000;Toulouse;;2015-03-01\r\n"
				// 4: the UAI of the institute, every other cell blank: nothing erased
				+ ";;" + d.uai.toLowerCase(Locale.ROOT) + ";;;;Institut Beta " + d.w + ";;Organisme public;;;;;;\r\n"
				// 5: the RNA of the association, a new short name
				+ ";;;" + d.rna + ";;;Association Gamma " + d.w + ";AG;Association;;;06000;Nice;;\r\n"
				// 6: the VAT number of Omega, under its new name
				+ ";;;;;" + d.vat + ";Omega Holding " + d.w + ";;Entreprise;;;;Lyon;;\r\n"
				// 7: the same name with its legal form, the city written otherwise
				+ ";;;;;;Chocolaterie Epsilon " + d.w + " SAS;;Entreprise;;;13007;MARSEILLE 7E;;\r\n"
				// 8: the SIRET of the Lyon establishment, the RNA of the association
				+ ";" + d.siretLyon + ";;" + d.rna + ";;;Provepharm " + d.w + " Lyon;;Entreprise;;;;Lyon;;\r\n"
				// 9: a SIRET whose check digit is wrong
				+ ";12345678901234;;;;;Mauvais Siret " + d.w + ";;Entreprise;;;;Paris;;\r\n"
				// 10: a name close to one of the directory's, in the same city
				+ ";;;;;;Transport Zeta Logistiques " + d.w + ";TZL;Entreprise;;;69007;Lyon 7e;;\r\n"
				// 11: nobody like it
				+ ";;;;0abc;;Nouvelle Structure " + d.w + ";;Entreprise;;;;Rennes;https://ns-" + d.w + ".example;\r\n";
		StoredImports.StoredFile kept = this.stored.store(ACCOUNT, "sirene-et-esr.csv",
				file.getBytes(StandardCharsets.UTF_8));
		List<ImportField> mapping = this.imports.suggest(ACCOUNT, kept.headers());
		assertThat(mapping.subList(0, 9)).containsExactly(ImportField.SIREN, ImportField.SIRET, ImportField.UAI,
				ImportField.RNA, ImportField.ROR, ImportField.VAT, ImportField.NAME, ImportField.SHORT_NAME,
				ImportField.KIND);
		ImportOptions options = ImportOptions.of(mapping, null);

		Map<ImportRow.Action, Integer> counts = this.stored.plan(kept.id(), ACCOUNT, options, admin());
		List<StoredImports.PreviewRow> rows = this.stored.rows(kept.id(), false, PageRequest.of(0, 20)).getContent();
		assertThat(row(rows, 2).action()).isEqualTo(ImportRow.Action.UPDATE);
		assertThat(row(rows, 2).changes()).extracting(FieldChange::field).containsExactly("shortName", "sizeClass");
		assertThat(row(rows, 3).action()).as("a SIREN two establishments share matches neither")
			.isEqualTo(ImportRow.Action.CREATE);
		assertThat(row(rows, 3).hasSimilar()).isFalse();
		assertThat(row(rows, 4).action()).as("blank cells keep what the directory holds")
			.isEqualTo(ImportRow.Action.UNCHANGED);
		assertThat(row(rows, 5).changes()).extracting(FieldChange::field).containsExactly("shortName");
		assertThat(row(rows, 6).changes()).extracting(FieldChange::field).containsExactly("name");
		assertThat(row(rows, 7).action()).isEqualTo(ImportRow.Action.UPDATE);
		assertThat(row(rows, 7).changes()).extracting(FieldChange::field).containsExactly("name", "city");
		assertThat(row(rows, 8).errors()).singleElement().satisfies((error) -> {
			assertThat(error.messageKey()).isEqualTo("import.error.conflictingIdentifiers");
			assertThat(error.arguments()).containsExactly("siret", d.siretLyon, "Provepharm " + d.w + " Lyon",
					"identifiant_rna", d.rna, "Association Gamma " + d.w);
		});
		assertThat(row(rows, 9).errors())
			.containsExactly(new ImportRow.RowError("siret", "import.error.siret", List.of("12345678901234")));
		assertThat(row(rows, 10).action()).as("never merged silently").isEqualTo(ImportRow.Action.CREATE);
		assertThat(row(rows, 10).similarId()).isEqualTo(d.zeta.getId());
		assertThat(row(rows, 10).similarName()).isEqualTo("Transports Zeta Logistique " + d.w);
		assertThat(row(rows, 11).errors()).extracting(ImportRow.RowError::messageKey)
			.containsExactly("import.error.ror");
		assertThat(counts).containsEntry(ImportRow.Action.CREATE, 2)
			.containsEntry(ImportRow.Action.UPDATE, 4)
			.containsEntry(ImportRow.Action.UNCHANGED, 1)
			.containsEntry(ImportRow.Action.ERROR, 3);

		assertThat(this.stored.choose(kept.id(), ACCOUNT, 10, true)).isTrue();
		StoredImports.PreviewRow chosen = row(this.stored.rows(kept.id(), false, PageRequest.of(0, 20)).getContent(),
				10);
		assertThat(chosen.action()).isEqualTo(ImportRow.Action.UPDATE);
		assertThat(chosen.similarChosen()).isTrue();
		assertThat(chosen.changes()).extracting(FieldChange::field).contains("name", "shortName");
		assertThat(this.stored.choose(kept.id(), ACCOUNT, 2, true)).as("only rows with a similar name").isFalse();

		ImportResult result = this.stored.apply(kept.id(), ACCOUNT, options, admin(), true);
		assertThat(result).isEqualTo(new ImportResult(1, 5, 1, 3));
		assertThat(this.directory.get(d.marseille.getId()).getShortName()).isEqualTo("PVP");
		Organisation toulouse = this.directory
			.search(OrganisationSearch.text("Provepharm " + d.w + " Toulouse"), PageRequest.of(0, 2))
			.getContent()
			.get(0);
		assertThat(toulouse.getSiret()).isEqualTo(d.siretToulouse);
		assertThat(toulouse.getSiren()).isEqualTo(d.siren);
		Organisation institute = this.directory.get(d.institute.getId());
		assertThat(institute.getCity()).isEqualTo("Marseille");
		assertThat(institute.getWebsite()).isEqualTo("https://beta.example");
		assertThat(this.directory.get(d.association.getId()).getShortName()).isEqualTo("AG");
		assertThat(this.directory.get(d.omega.getId()).getName()).isEqualTo("Omega Holding " + d.w);
		assertThat(this.directory.get(d.epsilon.getId()).getCity()).isEqualTo("MARSEILLE 7E");
		Organisation zeta = this.directory.get(d.zeta.getId());
		assertThat(zeta.getName()).as("the person chose to update it").isEqualTo("Transport Zeta Logistiques " + d.w);
		assertThat(
				this.directory.search(OrganisationSearch.text("Zeta " + d.w), PageRequest.of(0, 5)).getTotalElements())
			.isEqualTo(1);
		assertThat(this.directory.search(OrganisationSearch.text("Nouvelle Structure " + d.w), PageRequest.of(0, 5))
			.getTotalElements()).as("its ROR was wrong").isZero();
	}

	@Test
	void writesTheRowsAsCheckedUnlessTheDirectoryChangedMeanwhile() {
		Directory d = new Directory();
		String siret = OpenDataFile.siret(d.siren, "0042");
		String file = HEADER + d.siren + ";" + siret + ";;;;;Provepharm " + d.w
				+ " Nice;;Entreprise;PME;;06000;Nice;;\r\n";
		StoredImports.StoredFile kept = this.stored.store(ACCOUNT + 1, "nice.csv",
				file.getBytes(StandardCharsets.UTF_8));
		ImportOptions options = ImportOptions.of(this.imports.suggest(ACCOUNT + 1, kept.headers()), null);
		this.stored.plan(kept.id(), ACCOUNT + 1, options, admin());
		assertThat(this.jdbc.queryForObject("select count(*) from organisation_import_batch where import_id = ?",
				Integer.class, kept.id()))
			.as("the checked rows kept with the file")
			.isEqualTo(1);

		// the stored file replaced behind the preview's back: the confirmation writes
		// what was checked, without reading the file again
		String other = HEADER + ";;;;;;Autre Nom " + d.w + ";;Entreprise;;;;Brest;;\r\n";
		this.jdbc.update("update organisation_import set content = ? where id = ?",
				other.getBytes(StandardCharsets.UTF_8), kept.id());
		ImportResult result = this.stored.apply(kept.id(), ACCOUNT + 1, options, admin(), false);
		assertThat(result).isEqualTo(new ImportResult(1, 0, 0, 0));
		assertThat(this.directory.search(OrganisationSearch.text("Provepharm " + d.w + " Nice"), PageRequest.of(0, 2))
			.getTotalElements()).isEqualTo(1);
		assertThat(this.directory.search(OrganisationSearch.text("Autre Nom " + d.w), PageRequest.of(0, 2))
			.getTotalElements()).isZero();

		// the directory changes between the preview and the confirmation: checked again
		String siretBrest = OpenDataFile.siret(d.siren, "0043");
		String brest = HEADER + d.siren + ";" + siretBrest + ";;;;;Provepharm " + d.w
				+ " Brest;;Entreprise;;;;Brest;;\r\n";
		StoredImports.StoredFile second = this.stored.store(ACCOUNT + 1, "brest.csv",
				brest.getBytes(StandardCharsets.UTF_8));
		this.stored.plan(second.id(), ACCOUNT + 1, options, admin());
		assertThat(this.stored.counts(second.id())).containsEntry(ImportRow.Action.CREATE, 1);
		Organisation meanwhile = this.directory
			.create(new OrganisationDetails("Provepharm Brest " + d.w, OrganisationKind.COMPANY, null, d.siren,
					Set.of(), new PublicProfile(null, null, null, "Brest", null, null, null, Set.of()),
					new EstablishmentDetails(siretBrest, null, null, null, null, "FR", null, null, null)));
		ImportResult again = this.stored.apply(second.id(), ACCOUNT + 1, options, admin(), false);
		assertThat(again).as("the row now matches the establishment created meanwhile")
			.isEqualTo(new ImportResult(0, 1, 0, 0));
		assertThat(this.directory.get(meanwhile.getId()).getName()).isEqualTo("Provepharm " + d.w + " Brest");
	}

	private PasserelleUser admin() {
		return (PasserelleUser) this.users.loadUserByUsername("admin@demo.passerelle");
	}

	private static StoredImports.PreviewRow row(List<StoredImports.PreviewRow> rows, int line) {
		return rows.stream().filter((row) -> row.line() == line).findFirst().orElseThrow();
	}

	/**
	 * The organisations the file is matched with: two establishments sharing one SIREN,
	 * an institute with a UAI, an association with an RNA number, a company with a VAT
	 * number, a company without identifiers, and one whose name is close to a row's.
	 */
	private final class Directory {

		final String w = DirectoryTestData.uniqueWord();

		final String siren = DirectoryTestData.uniqueSiren();

		final String siretMarseille = OpenDataFile.siret(this.siren, "0001");

		final String siretLyon = OpenDataFile.siret(this.siren, "0002");

		final String siretToulouse = OpenDataFile.siret(this.siren, "0003");

		final String uai = OpenDataFile.uniqueUai();

		final String rna = "W" + String.format(Locale.ROOT, "%09d", (long) (Math.random() * 1_000_000_000L));

		final String vat = Identifier.frenchVatOf(DirectoryTestData.uniqueSiren());

		final Organisation marseille = create("Provepharm " + this.w, OrganisationKind.COMPANY, "Marseille", this.siren,
				new EstablishmentDetails(this.siretMarseille, null, null, null, null, "FR", null, null, null));

		final Organisation lyon = create("Provepharm " + this.w + " Lyon", OrganisationKind.COMPANY, "Lyon", this.siren,
				new EstablishmentDetails(this.siretLyon, null, null, null, null, "FR", null, null, null));

		final Organisation institute = create("Institut Beta " + this.w, OrganisationKind.PUBLIC_BODY, "Marseille",
				null, new EstablishmentDetails(null, this.uai, null, null, null, "FR", null, null, null));

		final Organisation association = create("Association Gamma " + this.w, OrganisationKind.ASSOCIATION, "Nice",
				null, new EstablishmentDetails(null, null, this.rna, null, null, "FR", null, null, null));

		final Organisation omega = create("Omega " + this.w, OrganisationKind.COMPANY, "Lyon", null,
				new EstablishmentDetails(null, null, null, null, this.vat, "FR", null, null, null));

		final Organisation epsilon = create("Chocolaterie Epsilon " + this.w, OrganisationKind.COMPANY, "Marseille",
				null, EstablishmentDetails.NONE);

		final Organisation zeta = create("Transports Zeta Logistique " + this.w, OrganisationKind.COMPANY, "Lyon", null,
				EstablishmentDetails.NONE);

		private Organisation create(String name, OrganisationKind kind, String city, String siren,
				EstablishmentDetails establishment) {
			String website = name.startsWith("Institut") ? "https://beta.example" : null;
			return ImportIdentityTests.this.directory.create(new OrganisationDetails(name, kind, null, siren, Set.of(),
					new PublicProfile(null, null, null, city, null, website, null, Set.of()), establishment));
		}

	}

}
