package org.passerelle.account.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.passerelle.PostgresTest;
import org.passerelle.TestMailServer;
import org.passerelle.TestClockConfiguration.MutableClock;
import org.passerelle.account.Account;
import org.passerelle.account.AccountDetails;
import org.passerelle.account.AccountService;
import org.passerelle.shared.Role;

import static org.passerelle.TestMailServer.mailsTo;
import static org.passerelle.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * "Forgot password" and the administrators' help, as people meet them: the link arrives
 * by mail, works once and for a limited time, and the answer never tells whether an
 * address has an account.
 */
@PostgresTest
@AutoConfigureMockMvc
class PasswordResetTests {

	private static final Pattern LINK = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

	private static final String PASSWORD = "the first password, long";

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private MutableClock clock;

	private String email;

	private Account account;

	@BeforeEach
	void createAccount() throws Exception {
		TestMailServer.server().purgeEmailFromAllMailboxes();
		this.email = "forgetful-" + UUID.randomUUID() + "@example.org";
		this.account = this.accounts.create(new AccountDetails(this.email, "Flora Forgetful", Role.STAFF, 1L),
				PASSWORD);
	}

	@Test
	void aForgottenPasswordIsChangedThroughALinkThatWorksOnce() throws Exception {
		ask(this.email, "10.0.0.1").andExpect(redirectedUrl("/password/forgot?sent"));
		String body = onlyMailTo(this.email);
		// the mail says until when the link works (its 30 minutes are checked below, when
		// the clock moves past them)
		assertThat(body).contains("Flora Forgetful")
			.containsPattern("before \\d{1,2}/\\d{1,2}/\\d{2}, \\d{1,2}:\\d{2}");
		String token = token(body);

		this.mvc.perform(get("/password/reset").param("token", token).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a new password")));
		String chosen = "a brand new password, long enough";
		this.mvc
			.perform(post("/password/reset").param("token", token)
				.param("newPassword", "short")
				.param("confirmation", "short")
				.with(csrf()))
			.andExpect(view().name("account/reset"));
		this.mvc
			.perform(post("/password/reset").param("token", token)
				.param("newPassword", chosen)
				.param("confirmation", chosen)
				.with(csrf()))
			.andExpect(redirectedUrl("/login?reset"));

		this.mvc.perform(formLogin("/login").userParameter("email").user(this.email).password(chosen))
			.andExpect(authenticated());
		this.mvc.perform(formLogin("/login").userParameter("email").user(this.email).password(PASSWORD))
			.andExpect(unauthenticated());
		// a second use of the same link
		this.mvc
			.perform(post("/password/reset").param("token", token)
				.param("newPassword", "yet another password, long")
				.param("confirmation", "yet another password, long")
				.with(csrf()))
			.andExpect(view().name("account/reset-invalid"));
		this.mvc.perform(get("/password/reset").param("token", token)).andExpect(view().name("account/reset-invalid"));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
		ask(unknown, "10.0.0.2").andExpect(redirectedUrl("/password/forgot?sent"));
		ask(this.email, "10.0.0.2").andExpect(redirectedUrl("/password/forgot?sent"));
		onlyMailTo(this.email);
		assertThat(mailsTo(unknown)).isEmpty();
	}

	@Test
	void aLinkExpires() throws Exception {
		ask(this.email, "10.0.0.3");
		String token = token(onlyMailTo(this.email));
		this.clock.advance(Duration.ofMinutes(31));
		this.mvc.perform(get("/password/reset").param("token", token).header("Accept-Language", "fr"))
			.andExpect(view().name("account/reset-invalid"))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
	}

	@Test
	void requestsAreThrottledPerAddressWithoutSayingSo() throws Exception {
		for (int i = 0; i < 5; i++) {
			ask(this.email, "10.0.1." + i).andExpect(redirectedUrl("/password/forgot?sent"));
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(this.email)).hasSize(3));
		Thread.sleep(1000);
		assertThat(mailsTo(this.email)).hasSize(3);
	}

	@Test
	void anAdministratorSendsALinkAndUnlocksAnAccount() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.accounts.signInFailed(this.email);
		}
		this.mvc.perform(formLogin("/login").userParameter("email").user(this.email).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/admin/users/{id}", this.account.getId()).with(admin()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("/admin/users/" + this.account.getId() + "/unlock")))
			.andExpect(content().string(containsString("Send a password link")));
		this.mvc
			.perform(post("/admin/users/{id}/unlock", this.account.getId()).with(admin())
				.with(csrf())
				.header("Accept-Language", "fr"))
			.andExpect(redirectedUrl("/admin/users/" + this.account.getId()));
		assertThat(onlyMailTo(this.email)).contains("débloqué");
		this.mvc.perform(formLogin("/login").userParameter("email").user(this.email).password(PASSWORD))
			.andExpect(authenticated());

		this.mvc
			.perform(post("/admin/users/{id}/password-link", this.account.getId()).with(admin())
				.with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(redirectedUrl("/admin/users/" + this.account.getId()));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(this.email)).hasSize(2));
		// in Flora's language (her account's, set when she signed in in French), not the
		// administrator's
		assertThat(text(mailsTo(this.email).get(1))).contains("Un administrateur").containsPattern(LINK);
	}

	@Test
	void onlyAdministratorsHelpOthers() throws Exception {
		this.mvc
			.perform(post("/admin/users/{id}/password-link", this.account.getId())
				.with(user(this.users.loadUserByUsername("staff@demo.passerelle")))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/unlock", this.account.getId())
				.with(user(this.users.loadUserByUsername("liaison@demo.passerelle")))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions ask(String address, String client) throws Exception {
		return this.mvc.perform(post("/password/forgot").param("email", address)
			.with(csrf())
			.with(from(client))
			.header("Accept-Language", "en"));
	}

	private RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin@demo.passerelle"));
	}

	private static RequestPostProcessor from(String client) {
		return (request) -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

	private static String token(String body) {
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group(1);
	}

	private static String onlyMailTo(String address) {
		return text(TestMailServer.onlyMailTo(address));
	}

}
