package org.passerelle.convention.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.Organisations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation's page lists the conventions it is party to, as far as the reader may
 * see them.
 */
@PostgresTest
@AutoConfigureMockMvc
class ConventionsOnOrganisationPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Organisations organisations;

	@Test
	void staffSeeTheirInstitutionsConventionsWithStatusAndPillars() throws Exception {
		page("Aix-Marseille Université", "staff@demo.passerelle").andExpect(status().isOk())
			.andExpect(content().string(containsString("SmartPort")))
			.andExpect(content().string(containsString("Accord de recherche Provepharm")))
			.andExpect(content().string(containsString("Cybersécurité")));
	}

	@Test
	void aLiaisonSeesItsOwnInternalConventionButNotOthersInternalOnes() throws Exception {
		page("Provepharm", "liaison@demo.passerelle")
			.andExpect(content().string(containsString("Accord de recherche Provepharm")));
		page("Aix-Marseille Université", "liaison@demo.passerelle").andExpect(status().isOk())
			.andExpect(content().string(containsString("SmartPort")))
			.andExpect(content().string(not(containsString("zone de défense"))));
	}

	private ResultActions page(String organisation, String reader) throws Exception {
		long id = this.organisations.findByName(organisation).orElseThrow().getId();
		return this.mvc.perform(get("/organisations/{id}", id).header("Accept-Language", "fr")
			.with(user(this.users.loadUserByUsername(reader))));
	}

}
