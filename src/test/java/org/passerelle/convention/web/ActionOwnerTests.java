package org.passerelle.convention.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.convention.Action;
import org.passerelle.convention.Axis;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.ConventionService;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An action given to a person of the portal: chosen among the parties' people, shown with
 * their name, and in their "my actions" on the home page until it is done.
 */
@PostgresTest
@AutoConfigureMockMvc
class ActionOwnerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private ConventionService service;

	@Test
	void aPersonOfAPartyCarriesTheActionAndFindsItOnTheirHomePageUntilItIsDone() throws Exception {
		Convention convention = this.fixtures.draft("Owner test", Confidentiality.INTERNAL, "Provepharm");
		this.fixtures.withPillars(convention.getId(), "Training");
		Axis axis = this.service.forEditing(convention.getId(), this.fixtures.admin()).getAxes().get(0);
		PasserelleUser liaison = this.fixtures.liaison();
		PasserelleUser staff = this.fixtures.staff();

		this.mvc
			.perform(post("/conventions/{id}/axes/{axisId}/actions/new", convention.getId(), axis.getId())
				.with(user(staff))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("what", "Offer three internships")
				.param("ownerAccountId", String.valueOf(this.fixtures.admin().getAccountId()))
				.param("dueOn", "2020-06-30")
				.param("status", "PLANNED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "ownerAccountId",
					"action.ownerAccountId.notAParty"))
			.andExpect(content().string(containsString("Choose a person of one of the parties.")))
			.andExpect(content().string(containsString("value=\"Offer three internships\"")));

		this.mvc
			.perform(post("/conventions/{id}/axes/{axisId}/actions/new", convention.getId(), axis.getId())
				.with(user(staff))
				.with(csrf())
				.param("what", "Offer three internships")
				.param("ownerAccountId", String.valueOf(liaison.getAccountId()))
				.param("owner", "ignored when a person is chosen")
				.param("dueOn", "2020-06-30")
				.param("status", "PLANNED"))
			.andExpect(status().is3xxRedirection());
		Action action = this.service.forEditing(convention.getId(), this.fixtures.admin())
			.getAxes()
			.get(0)
			.getActions()
			.get(0);
		assertThat(action.getOwnerAccountId()).isEqualTo(liaison.getAccountId());
		assertThat(action.getOwner()).isEqualTo(liaison.getDisplayName());

		this.mvc.perform(get("/").with(user(liaison)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("My actions")))
			.andExpect(content().string(containsString("Offer three internships")))
			.andExpect(content().string(containsString("overdue")));
		this.mvc.perform(get("/").with(user(staff)).header("Accept-Language", "en"))
			.andExpect(content().string(not(containsString("Offer three internships"))));

		this.mvc
			.perform(post("/conventions/{id}/actions/{actionId}/edit", convention.getId(), action.getId())
				.with(user(staff))
				.with(csrf())
				.param("what", "Offer three internships")
				.param("ownerAccountId", String.valueOf(liaison.getAccountId()))
				.param("status", "DONE")
				.param("version", String.valueOf(action.getVersion())))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/").with(user(liaison)).header("Accept-Language", "en"))
			.andExpect(content().string(not(containsString("Offer three internships"))));
	}

}
