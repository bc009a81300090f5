package org.passerelle.convention.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.ConventionService;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of conventions' filters, rows and pages, rendered once per query, language,
 * what the reader may see and day, and kept ({@link ConventionListing}) until anything is
 * written: a second reader reads no convention and gets the same HTML; a reader who may
 * see other conventions gets their own; a renamed convention shows on the next view; two
 * queries never share a rendering.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class ConventionListingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private ConventionService service;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondReaderOfTheSameQueryGetsTheSameListWithoutReadingTheConventions() throws Exception {
		String tag = ConventionFixtures.uniqueReference("LIST");
		this.fixtures.active(tag + " chaire", Confidentiality.PUBLIC, LocalDate.now().plusYears(1), null, "CMA CGM");
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter.statementsOf(() -> pages.add(page(tag, this.fixtures.staff())));
		List<String> second = this.counter.statementsOf(() -> pages.add(page(tag, this.fixtures.staff())));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from convention"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from convention"));
		assertThat(listing(pages.get(1))).isEqualTo(listing(pages.get(0))).contains(tag + " chaire");
	}

	@Test
	void aReaderWhoMaySeeOtherConventionsAndAnotherQueryGetTheirOwn() throws Exception {
		String tag = ConventionFixtures.uniqueReference("LIST");
		this.fixtures.active(tag + " interne", Confidentiality.INTERNAL, LocalDate.now().plusYears(1), null, "CMA CGM");
		String other = ConventionFixtures.uniqueReference("LIST");
		this.fixtures.active(other + " autre", Confidentiality.PUBLIC, LocalDate.now().plusYears(1), null, "CMA CGM");

		String staff = listing(page(tag, this.fixtures.staff()));
		String liaison = listing(page(tag, this.fixtures.user("liaison@demo.passerelle")));
		String otherQuery = listing(page(other, this.fixtures.staff()));

		assertThat(staff).contains(tag + " interne");
		assertThat(liaison).doesNotContain(tag + " interne");
		assertThat(otherQuery).contains(other + " autre").doesNotContain(tag + " interne");
	}

	@Test
	void aRenamedConventionShowsOnTheNextView() throws Exception {
		String tag = ConventionFixtures.uniqueReference("LIST");
		Convention convention = this.fixtures.active(tag + " avant", Confidentiality.PUBLIC,
				LocalDate.now().plusYears(1), null, "CMA CGM");
		assertThat(listing(page(tag, this.fixtures.staff()))).contains(tag + " avant");

		this.service.changeGeneral(convention.getId(), convention.getVersion(), tag + " après",
				convention.getReference(), Confidentiality.PUBLIC, null, this.fixtures.staff());

		assertThat(listing(page(tag, this.fixtures.staff()))).contains(tag + " après").doesNotContain(tag + " avant");
	}

	private String page(String q, PasserelleUser reader) throws Exception {
		return this.mvc.perform(get("/conventions").param("q", q).with(user(reader)))
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
