package org.passerelle.account;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.TestClockConfiguration.MutableClock;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Repeated failed sign-ins lock the account for a while, with a message that says so.
 */
@PostgresTest
@AutoConfigureMockMvc
class SignInThrottlingTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private AccountSettings settings;

	@Autowired
	private MutableClock clock;

	private String email;

	@BeforeEach
	void createAccount() {
		this.email = "throttled-" + UUID.randomUUID() + "@example.org";
		this.accounts.create(new AccountDetails(this.email, "Throttled Person", Role.ADMIN, null), PASSWORD);
	}

	@Test
	void locksAfterFiveFailuresEvenForTheRightPasswordThenUnlocksLater() throws Exception {
		assertThat(this.settings.maxFailedSignIns()).isEqualTo(5);
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn("wrong password " + attempt).andExpect(redirectedUrl("/login?error"));
		}
		signIn("wrong password 5").andExpect(redirectedUrl("/login?error"));
		signIn(PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));

		this.clock.advance(this.settings.lockDuration().plus(Duration.ofSeconds(1)));
		signIn(PASSWORD).andExpect(authenticated()).andExpect(redirectedUrl("/"));
	}

	@Test
	void aSuccessfulSignInClearsTheCount() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn("wrong password " + attempt);
		}
		signIn(PASSWORD).andExpect(authenticated());
		signIn("wrong again").andExpect(redirectedUrl("/login?error"));
		signIn(PASSWORD).andExpect(authenticated());
		assertThat(this.accounts.findByEmail(this.email)).get().extracting(Account::getFailedSignIns).isEqualTo(0);
	}

	@Test
	void deactivatedAccountsCannotSignIn() throws Exception {
		Account account = this.accounts.findByEmail(this.email).orElseThrow();
		this.accounts.deactivate(account.getId(), -1);
		signIn(PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?disabled"));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user("email", this.email.toUpperCase()).password(password));
	}

}
