package org.passerelle.report.web;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's sections for administrators (accounts locked, pillars in use, mail and
 * jobs) and for liaisons (their organisation's registrations and hosting requests), each
 * shown to its role only.
 */
@PostgresTest
@AutoConfigureMockMvc
class RoleHomesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Test
	void administratorsSeeLockedAccountsPillarsMailAndJobs() throws Exception {
		this.jdbc.sql("update account set locked_until = :until where email = :email")
			// locked for ten minutes from the portal's "now" (other tests move the shared
			// clock on)
			.param("until", java.sql.Timestamp.from(this.clock.instant().plus(Duration.ofMinutes(10))))
			.param("email", "liaison@demo.passerelle")
			.update();
		long pillars = this.jdbc.sql("select count(*) from pillar").query(Long.class).single();
		try {
			this.mvc
				.perform(get("/").with(user(this.users.loadUserByUsername("admin@demo.passerelle")))
					.header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("To watch")))
				.andExpect(content().string(containsString("(liaison@demo.passerelle)")))
				.andExpect(content().string(matchesPattern("(?s).*\\d+ of " + pillars + " pillars in use.*")))
				.andExpect(content().string(containsString("mails kept for the people&#39;s digests")))
				.andExpect(content().string(containsString("Scheduled jobs")))
				.andExpect(content().string(not(containsString("??"))));
		}
		finally {
			this.jdbc.sql("update account set locked_until = null where email = :email")
				.param("email", "liaison@demo.passerelle")
				.update();
		}
	}

	@Test
	void liaisonsSeeTheirOrganisationsRegistrationsAndHostingRequests() throws Exception {
		this.mvc
			.perform(get("/").with(user(this.users.loadUserByUsername("liaison@demo.passerelle")))
				.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Les inscriptions à venir de votre organisation")))
			.andExpect(content().string(containsString("Vos demandes d&#39;hébergement")))
			.andExpect(content().string(not(containsString("À surveiller"))))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void staffSeeNeitherSection() throws Exception {
		this.mvc
			.perform(get("/").with(user(this.users.loadUserByUsername("staff@demo.passerelle")))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("To watch"))))
			.andExpect(content().string(not(containsString("Your hosting requests"))))
			.andExpect(content().string(containsString("/account/notifications")));
	}

}
