package org.passerelle.organisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.Sector;
import org.passerelle.organisation.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's filters, results and pages, rendered once per query string, language
 * and kind of reader and kept ({@link DirectoryListing}) until an organisation is
 * written: a second reader reads no organisation and gets the same HTML; a reader who
 * manages the directory and one who does not, or another language, get their own; a
 * renamed organisation shows on the next view.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class DirectoryListingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondReaderOfTheSameQueryGetsTheSameListWithoutReadingTheDirectory() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		company("Listée " + word);
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter
			.statementsOf(() -> pages.add(page("/organisations?q=" + word, "staff@demo.passerelle", "fr")));
		List<String> second = this.counter
			.statementsOf(() -> pages.add(page("/organisations?q=" + word, "staff@demo.passerelle", "fr")));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from organisation"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from organisation"));
		assertThat(listing(pages.get(1))).isEqualTo(listing(pages.get(0))).contains("Listée " + word);
	}

	@Test
	void readersWhoManageTheDirectoryAndOthersAndEachLanguageGetTheirOwn() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		company("Listée " + word);
		String path = "/organisations?q=" + word;

		String staff = page(path, "staff@demo.passerelle", "fr");
		String liaison = page(path, "liaison@demo.passerelle", "fr");
		String english = page(path, "staff@demo.passerelle", "en");

		assertThat(listing(staff)).contains("id=\"inactive\"", "Listée " + word, "Entreprise");
		assertThat(listing(liaison)).doesNotContain("id=\"inactive\"").contains("Listée " + word);
		assertThat(listing(english)).contains("id=\"inactive\"", "Listée " + word, "Company")
			.doesNotContain("Entreprise</td>");
	}

	@Test
	void aRenamedOrganisationShowsOnTheNextView() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		Organisation company = company("Avant " + word);
		String path = "/organisations?q=" + word;
		assertThat(listing(page(path, "staff@demo.passerelle", "fr"))).contains("Avant " + word);

		this.directory.update(company.getId(), company.getVersion(), DirectoryTestData.company("Après " + word, "Nîmes",
				SizeClass.SME, Sector.DIGITAL, Region.OCCITANIE, null, Set.of()));

		assertThat(listing(page(path, "staff@demo.passerelle", "fr"))).contains("Après " + word)
			.doesNotContain("Avant " + word);
	}

	private Organisation company(String name) {
		return this.directory.create(DirectoryTestData.company(name, "Nîmes", SizeClass.SME, Sector.DIGITAL,
				Region.OCCITANIE, null, Set.of()));
	}

	private String page(String path, String email, String language) throws Exception {
		return this.mvc.perform(get(path).param("lang", language).with(user(this.users.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The listing: from the search form to the end of the section. */
	private static String listing(String page) {
		return page.substring(page.indexOf("role=\"search\""), page.lastIndexOf("</section>"));
	}

}
