package org.passerelle.shared.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches what, with the real security configuration and the demo accounts.
 */
@PostgresTest
@AutoConfigureMockMvc
class SecurityTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void anonymousVisitorsSeeTheLandingPageAndAreSentToSignInElsewhere() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("/login")));
		this.mvc.perform(get("/account/password")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesARequestWithAControlCharacterInAHeaderItReads() throws Exception {
		// the portal's firewall (HeaderCharacters) refuses it as Spring Security's
		// default does
		this.mvc.perform(get("/").header("Accept-Language", "fr\u0007")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/").header("Accept-Language", "fr;\tq=1")).andExpect(status().isOk());
	}

	@Test
	void adminReachesUserManagement() throws Exception {
		this.mvc.perform(get("/admin/users").with(user(this.users.loadUserByUsername("admin@demo.passerelle"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("staff@demo.passerelle")));
	}

	@Test
	void staffAndLiaisonsAreRefusedUserManagementWithAFriendlyPage() throws Exception {
		for (String email : new String[] { "staff@demo.passerelle", "liaison@demo.passerelle" }) {
			this.mvc
				.perform(get("/admin/users").header("Accept-Language", "en")
					.with(user(this.users.loadUserByUsername(email))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/users/new").with(user(this.users.loadUserByUsername(email))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void everyRoleReachesItsHomeAndPasswordPage() throws Exception {
		for (String email : new String[] { "admin@demo.passerelle", "staff@demo.passerelle",
				"liaison@demo.passerelle" }) {
			this.mvc.perform(get("/").with(user(this.users.loadUserByUsername(email))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/account/password")));
			this.mvc.perform(get("/account/password").with(user(this.users.loadUserByUsername(email))))
				.andExpect(status().isOk());
		}
	}

	@Test
	void signsInWithTheDemoPasswordOnly() throws Exception {
		this.mvc.perform(formLogin("/login").user("email", "staff@demo.passerelle").password("passerelle-demo"))
			.andExpect(authenticated().withRoles("STAFF"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user("email", "staff@demo.passerelle").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
		this.mvc
			.perform(post("/account/password").with(user(this.users.loadUserByUsername("staff@demo.passerelle")))
				.param("currentPassword", "passerelle-demo")
				.param("newPassword", "a-long-enough-password")
				.param("confirmation", "a-long-enough-password"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("email", "staff@demo.passerelle").param("password", "passerelle-demo"))
			.andExpect(status().isForbidden());
	}

	@Test
	void sendsSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void unknownPagesGetTheNotFoundPageInTheUsersLanguage() throws Exception {
		this.mvc
			.perform(get("/no-such-page").with(user(this.users.loadUserByUsername("staff@demo.passerelle")))
				.header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andExpect(status().isNotFound());
	}

	@Test
	void healthIsPublicButItsComponentsAreForAdministrators() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")))
			.andExpect(content().string(not(containsString("\"db\""))));
		this.mvc.perform(get("/actuator/health").with(user(this.users.loadUserByUsername("staff@demo.passerelle"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"db\""))));
		this.mvc.perform(get("/actuator/health").with(user(this.users.loadUserByUsername("admin@demo.passerelle"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"db\"")));
	}

	@Test
	void readinessSaysTheDemoDataAndTheDatabaseAreThere() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")));
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void csrfTokenIsAcceptedOnSignOut() throws Exception {
		this.mvc
			.perform(post("/logout").with(csrf()).with(user(this.users.loadUserByUsername("staff@demo.passerelle"))))
			.andExpect(redirectedUrl("/?signedOut"));
	}

}
