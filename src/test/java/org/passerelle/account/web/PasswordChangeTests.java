package org.passerelle.account.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.passerelle.PostgresTest;
import org.passerelle.account.AccountDetails;
import org.passerelle.account.AccountService;
import org.passerelle.shared.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The password policy, as people meet it on {@code /account/password}.
 */
@PostgresTest
@AutoConfigureMockMvc
class PasswordChangeTests {

	private static final String PASSWORD = "first password, long";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private UserDetailsService users;

	private String email;

	@BeforeEach
	void createAccount() {
		this.email = "password-" + UUID.randomUUID() + "@example.org";
		this.accounts.create(new AccountDetails(this.email, "Pat Password", Role.ADMIN, null), PASSWORD);
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() throws Exception {
		change(PASSWORD, "elevenchars", "elevenchars").andExpect(view().name("account/password"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "Size"));
	}

	@Test
	void refusesAMismatchedConfirmation() throws Exception {
		change(PASSWORD, "a new long password", "a new long passwore")
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmation", "account.password.mismatch"));
	}

	@Test
	void refusesAWrongCurrentPassword() throws Exception {
		change("not my password at all", "a new long password", "a new long password")
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "account.password.wrong"));
	}

	@Test
	void refusesTheEmailAsPassword() throws Exception {
		change(PASSWORD, this.email, this.email).andExpect(
				model().attributeHasFieldErrorCode("passwordForm", "newPassword", "account.password.sameAsEmail"));
	}

	@Test
	void changesThePasswordAndTheNewOneSignsIn() throws Exception {
		change(PASSWORD, "a new long password", "a new long password").andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user("email", this.email).password("a new long password"))
			.andExpect(authenticated());
	}

	private ResultActions change(String current, String next, String confirmation) throws Exception {
		UserDetails user = this.users.loadUserByUsername(this.email);
		return this.mvc.perform(post("/account/password").with(user(user))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", confirmation));
	}

}
