package org.passerelle.convention.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.passerelle.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partner filter of the conventions list offers the partners of conventions, not the
 * whole directory, and tells a liaison nothing of conventions they may not see.
 */
@PostgresTest
@AutoConfigureMockMvc
class ConventionListFilterTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void staffChooseAmongThePartnersOfConventions() throws Exception {
		list("staff@demo.passerelle").andExpect(status().isOk())
			.andExpect(content().string(containsString(">CMA CGM</option>")))
			.andExpect(content().string(containsString(">Provepharm</option>")))
			.andExpect(content().string(not(containsString(">Innate Pharma</option>"))));
	}

	@Test
	void liaisonsChooseAmongPublicConventionsPartnersAndTheirOwn() throws Exception {
		list("liaison@demo.passerelle").andExpect(status().isOk())
			.andExpect(content().string(containsString(">CMA CGM</option>")))
			.andExpect(content().string(containsString(">Provepharm</option>")))
			.andExpect(content().string(not(containsString(">Eurobiomed</option>"))));
	}

	private ResultActions list(String reader) throws Exception {
		return this.mvc.perform(get("/conventions").with(user(this.users.loadUserByUsername(reader))));
	}

}
