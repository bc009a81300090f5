package org.passerelle.thirdplace.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PageHtml;
import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SpaceKind;
import org.passerelle.thirdplace.ThirdPlaceFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.PageHtml.main;
import static org.passerelle.PageHtml.tokens;
import static org.passerelle.PageHtml.withoutTokens;

/**
 * A third place's page rendered once per site, language and kind of reader and kept
 * ({@link SitePages}) until anything is written: a second reader reads no site and gets
 * the same page, each request's forms with its own CSRF token; a liaison who may not
 * manage the site, or another language, get their own; a new space shows on the next
 * view.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class SiteKeptPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ThirdPlaceFixtures fixtures;

	@Autowired
	private HostingService hosting;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondReaderOfTheSameKindGetsTheSamePageWithoutReadingTheSite() throws Exception {
		Site site = this.fixtures.site(12);
		String path = "/sites/" + site.getId();
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter.statementsOf(() -> pages.add(page(path, this.fixtures.staff(), "fr")));
		List<String> second = this.counter.statementsOf(() -> pages.add(page(path, this.fixtures.staff(), "fr")));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from thirdplace_site"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from thirdplace_"));
		assertThat(tokens(pages.get(0))).isNotEmpty().noneSatisfy((token) -> assertThat(token).contains("kept"));
		assertThat(tokens(pages.get(1))).isNotEmpty().doesNotContainAnyElementsOf(tokens(pages.get(0)));
		assertThat(withoutTokens(main(pages.get(1)))).isEqualTo(withoutTokens(main(pages.get(0))))
			.contains(site.getName(), "Open area", "Ajouter un espace");
	}

	@Test
	void aLiaisonWhoMayNotManageItAndEachLanguageGetTheirOwn() throws Exception {
		Site site = this.fixtures.site(12);
		String path = "/sites/" + site.getId();

		String staff = main(page(path, this.fixtures.staff(), "fr"));
		String liaison = main(page(path, this.fixtures.liaison(), "fr"));
		String english = main(page(path, this.fixtures.staff(), "en"));

		assertThat(staff).contains(site.getName(), "Ajouter un espace");
		assertThat(liaison).contains(site.getName(), "Open area").doesNotContain("Ajouter un espace");
		assertThat(english).contains(site.getName(), "Add a space").doesNotContain("Ajouter un espace");
	}

	@Test
	void aNewSpaceShowsOnTheNextView() throws Exception {
		Site site = this.fixtures.site(12);
		String path = "/sites/" + site.getId();
		assertThat(main(page(path, this.fixtures.staff(), "fr"))).doesNotContain("Salle neuve");

		this.hosting.addSpace(site.getId(), SpaceKind.MEETING_ROOM, "Salle neuve", 6);

		assertThat(main(page(path, this.fixtures.staff(), "fr"))).contains("Salle neuve");
	}

	private String page(String path, PasserelleUser reader, String language) throws Exception {
		return PageHtml.read(this.mvc, path, reader, language);
	}

}
