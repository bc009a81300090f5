package org.passerelle.account.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.passerelle.PostgresTest;
import org.passerelle.SessionCookie;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sensitive actions ask for a sign-in of the last ten minutes (the default window), and,
 * with {@code passerelle.security.admin-second-factor} on, administrators go nowhere but
 * to their passkeys until they have confirmed with one.
 */
@PostgresTest
@AutoConfigureMockMvc
@TestPropertySource(
		properties = { "passerelle.security.admin-second-factor=true", "passerelle.test.context=recent-sign-in" })
class RecentSignInTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void aSignInOlderThanTheWindowConfirmsBeforeASensitiveAction() throws Exception {
		this.mvc
			.perform(get("/account/password").with(signedIn("staff@demo.passerelle", Duration.ofMinutes(11),
					FactorGrantedAuthority.PASSWORD_AUTHORITY)))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", startsWith("/account/confirm")));
		this.mvc
			.perform(post("/organisations/1/contacts/1/erase").with(csrf())
				.with(signedIn("staff@demo.passerelle", Duration.ofMinutes(11),
						FactorGrantedAuthority.PASSWORD_AUTHORITY)))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", startsWith("/account/confirm")));
		// within the window, and pages that are not sensitive
		this.mvc
			.perform(get("/account/password").with(signedIn("staff@demo.passerelle", Duration.ofMinutes(9),
					FactorGrantedAuthority.PASSWORD_AUTHORITY)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/organisations").with(
					signedIn("staff@demo.passerelle", Duration.ofHours(1), FactorGrantedAuthority.PASSWORD_AUTHORITY)))
			.andExpect(status().isOk());
		// a passkey or an identity provider counts as much as a password
		this.mvc.perform(get("/account/passkeys").with(signedIn("staff@demo.passerelle", Duration.ofMinutes(2),
				FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)))
			.andExpect(status().isOk());
	}

	@Test
	void aSignInWithoutAnyFactorIsNeverRecent() throws Exception {
		this.mvc.perform(get("/account/password").with(signedIn("staff@demo.passerelle", Duration.ZERO)))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", startsWith("/account/confirm")));
	}

	@Test
	void confirmingWithThePasswordGoesBackToTheAction() throws Exception {
		SessionCookie session = new SessionCookie();
		this.mvc
			.perform(get("/account/password").with(session)
				.with(signedIn("staff@demo.passerelle", Duration.ofMinutes(30),
						FactorGrantedAuthority.PASSWORD_AUTHORITY)))
			.andDo(session)
			.andExpect(header().string("Location", startsWith("/account/confirm")));
		this.mvc
			.perform(get("/account/confirm").with(session)
				.with(signedIn("staff@demo.passerelle", Duration.ofMinutes(30),
						FactorGrantedAuthority.PASSWORD_AUTHORITY))
				.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirmez que c&#39;est bien vous")))
			.andExpect(content().string(containsString("value=\"staff@demo.passerelle\"")));
		// a wrong password comes back to the confirmation, with its message
		this.mvc
			.perform(post("/login").with(session)
				.with(csrf())
				.param("email", "staff@demo.passerelle")
				.param("password", "not the password")
				.param("confirm", "true"))
			.andDo(session)
			.andExpect(redirectedUrl("/account/confirm?error"));
		this.mvc
			.perform(post("/login").with(session)
				.with(csrf())
				.param("email", "staff@demo.passerelle")
				.param("password", "passerelle-demo")
				.param("confirm", "true"))
			.andDo(session)
			.andExpect(header().string("Location", endsWith("/account/password?continue")));
		this.mvc.perform(get("/account/password").with(session)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorWithoutASecondFactorReachesOnlyTheirPasskeys() throws Exception {
		RequestPostProcessor passwordOnly = signedIn("admin@demo.passerelle", Duration.ofMinutes(1),
				FactorGrantedAuthority.PASSWORD_AUTHORITY);
		this.mvc.perform(get("/admin/users").with(passwordOnly))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account/second-factor"));
		this.mvc.perform(get("/organisations").with(passwordOnly)).andExpect(redirectedUrl("/account/second-factor"));
		this.mvc.perform(get("/account/second-factor").with(passwordOnly).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vous n&#39;avez pas encore de clé d&#39;accès")));
		this.mvc.perform(get("/account/passkeys").with(passwordOnly)).andExpect(status().isOk());
		// with a passkey as well, everything
		this.mvc
			.perform(get("/admin/users").with(signedIn("admin@demo.passerelle", Duration.ofMinutes(1),
					FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)))
			.andExpect(status().isOk());
		// other people are not concerned
		this.mvc
			.perform(get("/organisations").with(signedIn("staff@demo.passerelle", Duration.ofMinutes(1),
					FactorGrantedAuthority.PASSWORD_AUTHORITY)))
			.andExpect(status().isOk());
	}

	/** Someone signed in {@code ago} with these factors. */
	private RequestPostProcessor signedIn(String email, Duration ago, String... factors) {
		UserDetails user = this.users.loadUserByUsername(email);
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		for (String factor : factors) {
			authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(Instant.now().minus(ago)).build());
		}
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
	}

}
