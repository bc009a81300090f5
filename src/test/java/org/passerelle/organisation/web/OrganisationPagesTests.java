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
import org.passerelle.SessionCookie;
import org.passerelle.StatementCounter;
import org.passerelle.organisation.Contact;
import org.passerelle.organisation.ContactDetails;
import org.passerelle.organisation.ContactPurpose;
import org.passerelle.organisation.Contacts;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.Sector;
import org.passerelle.organisation.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.PageHtml.main;
import static org.passerelle.PageHtml.tokens;
import static org.passerelle.PageHtml.withoutTokens;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation's page rendered once per organisation, language and kind of reader and
 * kept ({@link OrganisationPages}) until anything is written: a second reader reads no
 * organisation and gets the same page, each request's forms with its own CSRF token (past
 * the CSRF filter for that reader, refused for another); readers who may see other
 * things, or in another language, get their own; a new contact shows on the next view.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class OrganisationPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private Contacts contacts;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondReaderOfTheSameKindGetsTheSamePageWithoutReadingTheOrganisation() throws Exception {
		Organisation company = company("Gardée " + DirectoryTestData.uniqueWord());
		contact(company, "Inès", "Gardel");
		String path = "/organisations/" + company.getId();
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter
			.statementsOf(() -> pages.add(page(path, "staff@demo.passerelle", "fr", new SessionCookie())));
		List<String> second = this.counter
			.statementsOf(() -> pages.add(page(path, "staff@demo.passerelle", "fr", new SessionCookie())));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from organisation"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from organisation"))
			.noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from contact"));
		assertThat(withoutTokens(main(pages.get(1)))).isEqualTo(withoutTokens(main(pages.get(0))))
			.contains(company.getName(), "Inès Gardel");
	}

	@Test
	void eachReadersFormsCarryTheirOwnTokenWhichOnlyTheirSessionAccepts() throws Exception {
		Organisation company = company("Jetons " + DirectoryTestData.uniqueWord());
		Contact contact = contact(company, "Hugo", "Jeton");
		String path = "/organisations/" + company.getId();
		SessionCookie one = new SessionCookie();
		SessionCookie other = new SessionCookie();

		List<String> ones = tokens(page(path, "staff@demo.passerelle", "fr", one));
		List<String> others = tokens(page(path, "staff@demo.passerelle", "fr", other));

		assertThat(ones).isNotEmpty().noneSatisfy((token) -> assertThat(token).contains("kept"));
		assertThat(others).isNotEmpty().doesNotContainAnyElementsOf(ones);
		String erase = path + "/contacts/" + contact.getId() + "/erase";
		this.mvc
			.perform(post(erase).param("_csrf", others.get(0))
				.with(user(this.users.loadUserByUsername("staff@demo.passerelle")))
				.with(one))
			.andExpect(status().isForbidden());
		// past the CSRF filter, the erasure is on its way (the portal asks this session
		// to confirm who it is first)
		this.mvc
			.perform(post(erase).param("_csrf", ones.get(0))
				.with(user(this.users.loadUserByUsername("staff@demo.passerelle")))
				.with(one))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void readersWhoSeeOtherThingsAndEachLanguageGetTheirOwn() throws Exception {
		Organisation company = company("Vues " + DirectoryTestData.uniqueWord());
		contact(company, "Léa", "Vuillard");
		String path = "/organisations/" + company.getId();

		String staff = main(page(path, "staff@demo.passerelle", "fr", new SessionCookie()));
		String liaison = main(page(path, "liaison@demo.passerelle", "fr", new SessionCookie()));
		String english = main(page(path, "staff@demo.passerelle", "en", new SessionCookie()));

		assertThat(staff).contains("id=\"contacts\"", "Léa Vuillard", "Identité");
		assertThat(liaison).doesNotContain("id=\"contacts\"", "Léa Vuillard").contains(company.getName());
		assertThat(english).contains("id=\"contacts\"", "Léa Vuillard", "Identity").doesNotContain("Identité");
	}

	@Test
	void aNewContactShowsOnTheNextView() throws Exception {
		Organisation company = company("Suivie " + DirectoryTestData.uniqueWord());
		String path = "/organisations/" + company.getId();
		assertThat(main(page(path, "staff@demo.passerelle", "fr", new SessionCookie()))).doesNotContain("Nouvelle");

		contact(company, "Anne", "Nouvelle");

		assertThat(main(page(path, "staff@demo.passerelle", "fr", new SessionCookie()))).contains("Anne Nouvelle");
	}

	private Organisation company(String name) {
		return this.directory.create(DirectoryTestData.company(name, "Nîmes", SizeClass.SME, Sector.DIGITAL,
				Region.OCCITANIE, null, Set.of()));
	}

	private Contact contact(Organisation organisation, String firstName, String lastName) {
		return this.contacts.add(organisation.getId(),
				new ContactDetails(firstName, lastName, null, null, null, null, ContactPurpose.PARTNERSHIP));
	}

	private String page(String path, String email, String language, SessionCookie session) throws Exception {
		return this.mvc
			.perform(get(path).param("lang", language).with(user(this.users.loadUserByUsername(email))).with(session))
			.andDo(session)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
