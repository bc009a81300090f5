package org.passerelle.stand.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The stand pages on the demo forum, in French and in English: prices as each language
 * writes them, who pays what on the shared SME stand (600.00 split 2:1:1), the plan per
 * site and day, and the file of who pays what read back.
 */
@PostgresTest
@AutoConfigureMockMvc
class StandPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theForumsStandsShowTheirPricesInEachLanguage() throws Exception {
		String french = page(get("/events/{id}/stands", forum()), "liaison@demo.passerelle", "fr");
		assertThat(french).contains("Stands — Forum Entreprises AMU")
			.contains("Stand standard (2 jours)")
			.contains("600,00\u00a0€")
			.contains("900,00\u00a0€")
			.contains("Partageable par 3 entreprises au plus")
			.contains("Demander un stand");
		String english = page(get("/events/{id}/stands", forum()), "liaison@demo.passerelle", "en");
		assertThat(english).contains("Standard stand (2 days)")
			.contains("€600.00")
			.contains("€150.00")
			.contains("May be shared by up to 3 companies");
		// the event's page leads there
		assertThat(page(get("/events/{id}", forum()), "staff@demo.passerelle", "en"))
			.contains("/events/" + forum() + "/stands");
	}

	@Test
	void anEventWithoutStandTypesOffersNothingToApplyFor() throws Exception {
		long day = this.jdbc.sql("select id from event where title_fr = 'Journée étudiants–industriels'")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select count(*) from stand_type where event_id = ?")
			.param(day)
			.query(Long.class)
			.single()).isZero();
		String stands = page(get("/events/{id}/stands", day), "liaison@demo.passerelle", "en");
		assertThat(stands).contains("This event offers no stand yet: its organisers have added no stand type.")
			.doesNotContain("Apply for a stand for your company")
			.doesNotContain("/events/" + day + "/stands/apply");
		assertThat(page(get("/events/{id}/stands/apply", day), "liaison@demo.passerelle", "fr"))
			.contains("Cet événement ne propose pas encore de stand\u00a0:")
			.doesNotContain("name=\"shared\"");
		// the organisers are asked for a first stand type
		assertThat(page(get("/events/{id}/stands", day), "staff@demo.passerelle", "en")).contains("No stand type yet.")
			.contains("/events/" + day + "/stands/types/new");
		// the forum, with its types, still offers them
		assertThat(page(get("/events/{id}/stands", forum()), "liaison@demo.passerelle", "en"))
			.contains("/events/" + forum() + "/stands/apply");
	}

	@Test
	void everyoneOnTheSharedStandSeesWhoPaysWhat() throws Exception {
		long shared = this.jdbc.sql("select min(id) from stand where shared").query(Long.class).single();
		String french = page(get("/stands/{id}", shared), "liaison@demo.passerelle", "fr");
		assertThat(french).contains("Qui paie quoi")
			.containsSubsequence("Provepharm", "Chef de file", "300,00\u00a0€", "HalioDx", "150,00\u00a0€",
					"Innate Pharma", "150,00\u00a0€")
			.contains("Selon les parts convenues")
			.contains("Inviter une entreprise");
		String english = page(get("/stands/{id}", shared), "staff@demo.passerelle", "en");
		assertThat(english).containsSubsequence("Provepharm", "€300.00", "HalioDx", "€150.00")
			.contains("Approve the shared stand")
			.doesNotContain("Invite a company");
	}

	@Test
	void staffSeeThePlanAndReadWhoPaysWhatInAFile() throws Exception {
		String plan = page(get("/events/{id}/stands/plan", forum()), "staff@demo.passerelle", "fr");
		assertThat(plan).contains("Plan des stands").contains("CMA CGM").contains(">A1<").contains(">B1<");
		byte[] file = this.mvc
			.perform(get("/events/{id}/stands/payments.csv", forum()).header("Accept-Language", "en")
				.with(user(this.users.loadUserByUsername("staff@demo.passerelle"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(file, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFStand,Type,Status,Numbers,Company,Lead,Share,Amount,Currency,Contact");
		assertThat(csv.lines().filter((line) -> line.contains(",Provepharm,yes,2,300.00,EUR,")).count()).isOne();
		assertThat(csv.lines().filter((line) -> line.contains(",HalioDx,,1,150.00,EUR,")).count()).isOne();
		assertThat(csv.lines().filter((line) -> line.contains("CMA CGM") && line.contains(",600.00,EUR,")).count())
			.isOne();
	}

	private long forum() {
		return this.jdbc.sql("select id from event where title_fr = 'Forum Entreprises AMU'")
			.query(Long.class)
			.single();
	}

	private String page(MockHttpServletRequestBuilder request, String who, String language) throws Exception {
		return this.mvc
			.perform(request.header("Accept-Language", language)
				.param("lang", language)
				.with(user(this.users.loadUserByUsername(who))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
