package org.passerelle.account.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.passerelle.PostgresTest;
import org.passerelle.account.AccountDetails;
import org.passerelle.account.AccountService;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

	@Autowired
	private JdbcClient jdbc;

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

	@Test
	void listsEveryProblemAtOnce() throws Exception {
		String common = "password123456";
		change("not my password at all", common, "something else entirely").andExpect(view().name("account/password"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "account.password.wrong"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "account.password.common"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmation", "account.password.mismatch"))
			.andExpect(model().attributeErrorCount("passwordForm", 3));
	}

	@Test
	void refusesACommonPasswordInTheUsersLanguage() throws Exception {
		UserDetails user = this.users.loadUserByUsername(this.email);
		this.mvc
			.perform(post("/account/password").with(user(user))
				.with(csrf())
				.header("Accept-Language", "fr")
				.param("currentPassword", PASSWORD)
				.param("newPassword", "azertyazerty")
				.param("confirmation", "azertyazerty"))
			.andExpect(view().name("account/password"))
			.andExpect(content().string(containsString("fait partie des plus courants")));
	}

	@Test
	void anOlderHashIsUpgradedAtSignIn() throws Exception {
		String old = "{pbkdf2@SpringSecurity_v5_8}"
				+ Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("an older password, long");
		this.jdbc.sql("update account set password_hash = ? where email = ?").params(old, this.email).update();
		this.mvc.perform(formLogin("/login").user("email", this.email).password("an older password, long"))
			.andExpect(authenticated());
		String hash = this.jdbc.sql("select password_hash from account where email = ?")
			.param(this.email)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{pbkdf2-sha256-600000}");
		this.mvc.perform(formLogin("/login").user("email", this.email).password("an older password, long"))
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
