package org.passerelle.convention.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The parties step does not list the whole directory: it shows the partners ticked and
 * those a search finds, and a search saves nothing.
 */
@PostgresTest
@AutoConfigureMockMvc
class PartiesStepTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Test
	void showsTheTickedPartnersOnlyThenWhatASearchFindsKeepingTheTicks() throws Exception {
		Convention draft = this.fixtures.draft("Parties " + ConventionFixtures.uniqueReference("P"),
				Confidentiality.PUBLIC, "Provepharm");
		long version = this.fixtures.version(draft.getId());

		this.mvc.perform(get("/conventions/{id}/edit/parties", draft.getId()).with(user(this.fixtures.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Provepharm</label>")))
			.andExpect(content().string(not(containsString("CMA CGM"))));

		this.mvc
			.perform(post("/conventions/{id}/edit/parties", draft.getId()).with(user(this.fixtures.staff()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("search", "1")
				.param("partnerQuery", "cma cgm")
				.param("institutionIds", String.valueOf(draft.getOwnerOrganisationId()))
				.param("partnerIds", String.valueOf(this.fixtures.organisation("Provepharm")))
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(view().name("conventions/parties"))
			.andExpect(content().string(containsString("One partner organisation found")))
			.andExpect(content().string(containsString("CMA CGM (Marseille)")))
			.andExpect(content().string(containsString(">Provepharm</label>")))
			.andExpect(content().string(not(containsString("error-summary"))));
		assertThat(this.fixtures.version(draft.getId())).isEqualTo(version);
	}

}
