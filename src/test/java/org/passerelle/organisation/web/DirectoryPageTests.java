package org.passerelle.organisation.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.ListenersDone;
import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.Sector;
import org.passerelle.organisation.SizeClass;
import org.passerelle.shared.KeptUntilChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list page {@code /organisations}: filters in the URL, sortable columns, paging, the
 * CSV export, and a number of SQL statements that does not grow with the directory.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class DirectoryPageTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private StatementCounter counter;

	private String word;

	@BeforeEach
	void createOrganisations() {
		this.word = DirectoryTestData.uniqueWord();
		for (int i = 0; i < 30; i++) {
			this.directory.create(DirectoryTestData.company(String.format("Entreprise %02d %s", i, this.word), "Nîmes",
					SizeClass.SME, (i % 2 == 0) ? Sector.DIGITAL : Sector.AGRIFOOD, Region.OCCITANIE, null, Set.of()));
		}
	}

	@Test
	void filtersStayInTheUrlAndTheForm() throws Exception {
		this.mvc
			.perform(asStaff(get("/organisations").param("q", this.word)
				.param("sector", "DIGITAL")
				.param("sort", "name,desc")
				.param("page", "0")
				.header("Accept-Language", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15 organisations")))
			.andExpect(content().string(containsString("value=\"" + this.word + "\"")))
			.andExpect(content().string(containsString("<option value=\"DIGITAL\" selected=\"selected\"")))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(containsString("Entreprise 28 " + this.word)))
			.andExpect(content().string(not(containsString("Entreprise 01 " + this.word))))
			.andExpect(content().string(containsString("/organisations/export.csv?q=" + this.word)));
	}

	@Test
	void pagesOnTheServerKeepingTheFilters() throws Exception {
		this.mvc.perform(asStaff(get("/organisations").param("q", this.word).param("size", "10").param("page", "1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Entreprise 10 " + this.word),
					containsString("Entreprise 19 " + this.word), not(containsString("Entreprise 09 " + this.word)),
					not(containsString("Entreprise 20 " + this.word)))))
			.andExpect(content().string(containsString("page=2")))
			.andExpect(content().string(containsString("q=" + this.word)));
	}

	@Test
	void ignoresFilterValuesItDoesNotKnowAndSortsOnlyBySortableColumns() throws Exception {
		this.mvc
			.perform(asStaff(get("/organisations").param("q", this.word)
				.param("kind", "SPACESHIP")
				.param("sort", "passwordHash,asc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Entreprise 00 " + this.word)));
	}

	@Test
	void runsTheSameSmallNumberOfStatementsWhateverTheDirectorySize() throws Exception {
		List<String> small = statementsFor(get("/organisations").param("size", "25"));
		List<String> filtered = statementsFor(
				get("/organisations").param("q", "entreprise").param("region", "OCCITANIE"));
		for (int i = 0; i < 60; i++) {
			this.directory.create(DirectoryTestData.company("Croissance " + i + " " + this.word, "Alès", SizeClass.SME,
					Sector.DIGITAL, Region.OCCITANIE, null, Set.of()));
		}
		List<String> large = statementsFor(get("/organisations").param("size", "25"));
		List<String> largeFiltered = statementsFor(
				get("/organisations").param("q", "entreprise").param("region", "OCCITANIE"));
		List<String> lastPage = statementsFor(get("/organisations").param("size", "100").param("page", "1"));
		assertThat(small).as("count, page, clusters of the filter").hasSizeLessThanOrEqualTo(3);
		assertThat(large).hasSameSizeAs(small);
		assertThat(largeFiltered).hasSameSizeAs(filtered).hasSizeLessThanOrEqualTo(3);
		assertThat(lastPage).hasSameSizeAs(small);
	}

	@Test
	void offersANewClusterInTheFilterAtOnce() throws Exception {
		this.mvc.perform(asStaff(get("/organisations"))).andExpect(status().isOk());
		Organisation cluster = this.directory
			.create(DirectoryTestData.organisation("Pôle " + this.word, OrganisationKind.CLUSTER, "Montpellier"));
		this.mvc.perform(asStaff(get("/organisations")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + cluster.getId() + "\"")))
			.andExpect(content().string(containsString("Pôle " + this.word)));
	}

	@Test
	void exportsTheFilteredListForExcel() throws Exception {
		byte[] csv = this.mvc
			.perform(asStaff(get("/organisations/export.csv").param("q", this.word)
				.param("sector", "AGRIFOOD")
				.header("Accept-Language", "fr")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8).substring(1);
		String[] lines = text.split("\r\n");
		assertThat(lines[0]).startsWith("Nom;Nom court;Type;Rattachement;SIREN;Taille d'entreprise;Secteur;Ville");
		assertThat(lines).hasSize(16);
		assertThat(lines[1]).startsWith("Entreprise 01 " + this.word + ";;Entreprise;;;PME (moins de 250 salariés);"
				+ "Agriculture et agroalimentaire;Nîmes;Occitanie");
	}

	@Test
	void liaisonsMayNotExport() throws Exception {
		this.mvc
			.perform(get("/organisations/export.csv")
				.with(user(this.users.loadUserByUsername("liaison@demo.passerelle"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void everySignedInRoleSeesTheListAndTheNavigationLink() throws Exception {
		for (String email : new String[] { "admin@demo.passerelle", "staff@demo.passerelle",
				"liaison@demo.passerelle" }) {
			this.mvc.perform(get("/organisations").with(user(this.users.loadUserByUsername(email))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/organisations\"")));
		}
		this.mvc.perform(get("/organisations")).andExpect(status().isFound());
	}

	@Test
	void onlyStaffSeeTheButtonsThatChangeTheDirectory() throws Exception {
		this.mvc.perform(asStaff(get("/organisations")))
			.andExpect(content().string(containsString("href=\"/organisations/import\"")));
		this.mvc.perform(get("/organisations").with(user(this.users.loadUserByUsername("liaison@demo.passerelle"))))
			.andExpect(content().string(not(containsString("href=\"/organisations/import\""))))
			.andExpect(content().string(not(containsString("href=\"/organisations/new\""))));
	}

	@Test
	void theHomePageDirectoryCardLinksToTheDirectory() throws Exception {
		this.mvc.perform(asStaff(get("/"))).andExpect(content().string(containsString("<a href=\"/organisations\">")));
		assertThat(OrganisationKind.CLUSTER.isInstitution()).isFalse();
	}

	/**
	 * The statements of a request asked again after an organisation is written: what the
	 * list keeps (its clusters, its count, its page, its rendering) is made again from
	 * the database, as after any change. The session that each mock request opens is left
	 * out: a signed-in person's session is read, not created, and
	 * {@code SessionCostTests} counts what that costs.
	 */
	private List<String> statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletRequestBuilder signedIn = asStaff(request);
		this.mvc.perform(signedIn).andExpect(status().isOk());
		KeptUntilChange.written(Organisation.class);
		ListenersDone.await(this.jdbc);
		return this.counter.statementsOf(() -> this.mvc.perform(signedIn).andExpect(status().isOk()))
			.stream()
			.filter((statement) -> !statement.toUpperCase(Locale.ROOT).contains("SPRING_SESSION"))
			.toList();
	}

	private MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("staff@demo.passerelle")));
	}

}
