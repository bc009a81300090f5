package org.passerelle.convention.web;

import java.time.LocalDate;
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
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.ConventionStatus;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.PageHtml.main;
import static org.passerelle.PageHtml.tokens;
import static org.passerelle.PageHtml.withoutTokens;

/**
 * A convention's sheet rendered once per convention, language and kind of reader and kept
 * ({@link ConventionSheets}) until anything is written: a second reader reads no
 * convention and gets the same sheet, each request's forms with its own CSRF token; a
 * liaison who sees its public summary, or another language, get their own; a change of
 * status shows on the next view.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class ConventionSheetsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondReaderOfTheSameKindGetsTheSameSheetWithoutReadingTheConvention() throws Exception {
		Convention convention = this.fixtures.active("Gardée", Confidentiality.PUBLIC, LocalDate.now().plusYears(2), 3,
				"CMA CGM");
		String path = "/conventions/" + convention.getId();
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter.statementsOf(() -> pages.add(page(path, this.fixtures.staff(), "fr")));
		List<String> second = this.counter.statementsOf(() -> pages.add(page(path, this.fixtures.staff(), "fr")));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from convention"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from convention"));
		assertThat(tokens(pages.get(0))).isNotEmpty().noneSatisfy((token) -> assertThat(token).contains("kept"));
		assertThat(tokens(pages.get(1))).isNotEmpty().doesNotContainAnyElementsOf(tokens(pages.get(0)));
		assertThat(withoutTokens(main(pages.get(1)))).isEqualTo(withoutTokens(main(pages.get(0))))
			.contains("Gardée", "CMA CGM", "Retour aux conventions");
	}

	@Test
	void aLiaisonWhoSeesThePublicSummaryAndEachLanguageGetTheirOwn() throws Exception {
		Convention convention = this.fixtures.active("Résumée", Confidentiality.PUBLIC, LocalDate.now().plusYears(2), 3,
				"CMA CGM");
		String path = "/conventions/" + convention.getId();

		String staff = main(page(path, this.fixtures.staff(), "fr"));
		String liaison = main(page(path, this.fixtures.liaison(), "fr"));
		String english = main(page(path, this.fixtures.staff(), "en"));

		assertThat(staff).contains("Résumée", "id=\"documents\"").doesNotContain("résumé public");
		assertThat(liaison).contains("Résumée", "Vous voyez le résumé public");
		assertThat(english).contains("Résumée", "Back to conventions").doesNotContain("Retour aux conventions");
	}

	@Test
	void aNewStatusShowsOnTheNextView() throws Exception {
		Convention convention = this.fixtures.draft("Suivie", Confidentiality.INTERNAL, "CMA CGM");
		String path = "/conventions/" + convention.getId();
		assertThat(main(page(path, this.fixtures.staff(), "fr"))).contains("Projet").doesNotContain("En négociation");

		this.fixtures.moveTo(convention.getId(), ConventionStatus.IN_NEGOTIATION);

		assertThat(main(page(path, this.fixtures.staff(), "fr"))).contains("En négociation");
	}

	private String page(String path, PasserelleUser reader, String language) throws Exception {
		return PageHtml.read(this.mvc, path, reader, language);
	}

}
