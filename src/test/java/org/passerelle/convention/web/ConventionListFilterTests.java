package org.passerelle.convention.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.Organisations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The institution and partner filters of the conventions list are search fields, not
 * lists of every party (thousands on a university's data): words of a name find the
 * conventions of the organisations the directory finds, an id from an older link still
 * filters, and a liaison learns nothing of conventions they may not see.
 */
@PostgresTest
@AutoConfigureMockMvc
class ConventionListFilterTests {

	private static final String PROVEPHARM = "Accord de recherche Provepharm – AMU sur les colorants";

	private static final String CMA_CGM = "Polytech Marseille – CMA CGM";

	private static final String EUROBIOMED = "Partenariat AMU – Eurobiomed pour l&#39;innovation en santé";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Organisations organisations;

	@Test
	void staffFindTheConventionsOfAPartnerByWordsOfItsName() throws Exception {
		list("staff@demo.passerelle", get("/conventions").param("partnerName", "provepharm")).andExpect(status().isOk())
			.andExpect(content().string(containsString(PROVEPHARM)))
			.andExpect(content().string(not(containsString(CMA_CGM))))
			.andExpect(content().string(containsString("value=\"provepharm\"")))
			.andExpect(content().string(not(containsString("<select class=\"form-select\" id=\"partner\""))));
		list("staff@demo.passerelle", get("/conventions").param("institutionName", "no such institution"))
			.andExpect(content().string(not(containsString(PROVEPHARM))));
	}

	@Test
	void anOrganisationsIdFromAnOlderLinkStillFiltersAndShowsItsName() throws Exception {
		long cmaCgm = this.organisations.findByName("CMA CGM").orElseThrow().getId();
		list("staff@demo.passerelle", get("/conventions").param("partner", String.valueOf(cmaCgm)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CMA_CGM)))
			.andExpect(content().string(not(containsString(PROVEPHARM))))
			.andExpect(content().string(containsString("value=\"CMA CGM\"")));
	}

	@Test
	void liaisonsFindNothingOfConventionsTheyMayNotSee() throws Exception {
		list("staff@demo.passerelle", get("/conventions").param("partnerName", "eurobiomed"))
			.andExpect(content().string(containsString(EUROBIOMED)));
		list("liaison@demo.passerelle", get("/conventions").param("partnerName", "eurobiomed"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(EUROBIOMED))));
	}

	private ResultActions list(String reader, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(reader))));
	}

}
