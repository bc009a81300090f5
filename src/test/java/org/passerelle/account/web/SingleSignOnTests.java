package org.passerelle.account.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import org.passerelle.PostgresTest;
import org.passerelle.SessionCookie;
import org.passerelle.account.Account;
import org.passerelle.account.AccountDetails;
import org.passerelle.account.AccountService;
import org.passerelle.account.AuditEntry;
import org.passerelle.account.AuditKind;
import org.passerelle.account.AuditLog;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Single sign-on against a real OpenID Connect server started for the test
 * (mock-oauth2-server): a university's provider ({@code amu}, roles from the affiliation
 * claim) and a company's ({@code acme}, every person a liaison).
 */
@PostgresTest
@AutoConfigureMockMvc
class SingleSignOnTests {

	/** Aix-Marseille Université in the demo data. */
	static final long UNIVERSITY = 1;

	/**
	 * The organisation of the company's provider (any organisation of the demo data
	 * does).
	 */
	static final long PARTNER = 2;

	private static final MockOAuth2Server provider = startProvider();

	private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@DynamicPropertySource
	static void identityProviders(DynamicPropertyRegistry registry) {
		registerProviders(registry, provider);
	}

	/** The university's and the company's providers, both served by {@code server}. */
	static void registerProviders(DynamicPropertyRegistry registry, MockOAuth2Server server) {
		for (String id : List.of("amu", "acme")) {
			String registration = "spring.security.oauth2.client.registration." + id;
			registry.add(registration + ".client-id", () -> "passerelle");
			registry.add(registration + ".client-secret", () -> "secret");
			registry.add(registration + ".scope", () -> "openid,profile,email");
			registry.add("spring.security.oauth2.client.provider." + id + ".issuer-uri",
					() -> server.issuerUrl(id).toString());
		}
		String amu = "passerelle.account.identity-providers.amu.";
		registry.add(amu + "display-name", () -> "Aix-Marseille Université");
		registry.add(amu + "organisation-id", () -> UNIVERSITY);
		registry.add(amu + "role-claim", () -> "eduperson_affiliation");
		registry.add(amu + "roles.staff", () -> "STAFF");
		registry.add(amu + "roles.employee", () -> "STAFF");
		String acme = "passerelle.account.identity-providers.acme.";
		registry.add(acme + "display-name", () -> "Acme Corporation");
		registry.add(acme + "organisation-id", () -> PARTNER);
		registry.add(acme + "role", () -> "LIAISON");
	}

	static MockOAuth2Server startProvider() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private AuditLog audit;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSignInPageOffersEachProviderBesideTheForm() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in with Aix-Marseille Université")))
			.andExpect(content().string(containsString("href=\"/oauth2/authorization/amu\"")))
			.andExpect(content().string(containsString("Sign in with Acme Corporation")))
			.andExpect(content().string(containsString("id=\"password\"")));
	}

	@Test
	void aFirstSignInCreatesAStaffAccountFromTheAffiliation() throws Exception {
		String email = "new-staff-" + UUID.randomUUID() + "@univ-amu.fr";
		SessionCookie session = signInThrough("amu", "sub-" + UUID.randomUUID(), Map.of("email", email,
				"email_verified", true, "name", "Nina Nouvelle", "eduperson_affiliation", List.of("member", "staff")),
				"/");
		assertSignedIn(session, "Nina Nouvelle");
		Account account = this.accounts.findByEmail(email).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.STAFF);
		assertThat(account.getOrganisationId()).isEqualTo(UNIVERSITY);
		assertThat(account.getDisplayName()).isEqualTo("Nina Nouvelle");
		assertThat(auditOf(email)).contains(AuditKind.SSO_ACCOUNT_CREATED, AuditKind.SIGN_IN);
	}

	@Test
	void aCompanyProviderMakesLiaisonsOfItsPartner() throws Exception {
		String email = "hr-" + UUID.randomUUID() + "@acme.example";
		SessionCookie session = signInThrough("acme", "sub-" + UUID.randomUUID(),
				Map.of("email", email, "email_verified", true, "given_name", "Léa", "family_name", "Liaison"), "/");
		assertSignedIn(session, "Léa Liaison");
		Account account = this.accounts.findByEmail(email).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.LIAISON);
		assertThat(account.getOrganisationId()).isEqualTo(PARTNER);
	}

	@Test
	void noAccountIsCreatedWhenNoClaimGivesARole() throws Exception {
		String email = "student-" + UUID.randomUUID() + "@univ-amu.fr";
		signInThrough("amu", "sub-" + UUID.randomUUID(),
				Map.of("email", email, "email_verified", true, "eduperson_affiliation", "student member"),
				"/login?sso=no_account");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
		this.mvc.perform(get("/login").param("sso", "no_account").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("There is no Passerelle account for this address")));
	}

	@Test
	void anExistingAccountWithTheSameVerifiedEmailIsLinked() throws Exception {
		String email = "existing-" + UUID.randomUUID() + "@univ-amu.fr";
		Account existing = this.accounts.create(new AccountDetails(email, "Eric Existing", Role.STAFF, UNIVERSITY),
				"a password long enough");
		String subject = "sub-" + UUID.randomUUID();
		SessionCookie session = signInThrough("amu", subject,
				Map.of("email", email.toUpperCase(), "email_verified", true, "eduperson_affiliation", "staff"), "/");
		assertSignedIn(session, "Eric Existing");
		assertThat(this.jdbc.sql("select account_id from account_identity_link where subject = ?")
			.param(subject)
			.query(Long.class)
			.single()).isEqualTo(existing.getId());
		assertThat(auditOf(email)).contains(AuditKind.SSO_LINKED);
		// later, the link finds the account even when the provider's e-mail changed
		SessionCookie later = signInThrough("amu", subject, Map.of("email", "renamed-" + email, "email_verified", true),
				"/");
		assertSignedIn(later, "Eric Existing");
	}

	@Test
	void laterSignInsKeepTheRoleAndOrganisationInStepWithTheClaims() throws Exception {
		String email = "later-" + UUID.randomUUID() + "@univ-amu.fr";
		Account account = this.accounts.create(new AccountDetails(email, "Léon Later", Role.LIAISON, UNIVERSITY),
				"a password long enough");
		String subject = "sub-" + UUID.randomUUID();
		Map<String, Object> staff = Map.of("email", email, "email_verified", true, "eduperson_affiliation", "staff");
		assertSignedIn(signInThrough("amu", subject, staff, "/"), "Léon Later");
		account = this.accounts.get(account.getId());
		assertThat(account.getRole()).isEqualTo(Role.STAFF);
		assertThat(auditOf(email)).containsOnlyOnce(AuditKind.SSO_ROLE_CHANGED);

		// an administrator moved them to a partner as its liaison: the university's
		// provider, at their next sign-in, says they are its staff
		this.accounts.update(account.getId(), account.getVersion(),
				new AccountDetails(email, "Léon Later", Role.LIAISON, PARTNER));
		signInThrough("amu", subject, staff, "/");
		account = this.accounts.get(account.getId());
		assertThat(account.getRole()).isEqualTo(Role.STAFF);
		assertThat(account.getOrganisationId()).isEqualTo(UNIVERSITY);
		assertThat(auditOf(email).stream().filter(AuditKind.SSO_ROLE_CHANGED::equals)).hasSize(2);
		assertThat(this.audit.entries(PageRequest.of(0, 200))
			.stream()
			.filter((entry) -> email.equals(entry.email()) && entry.kind() == AuditKind.SSO_ROLE_CHANGED)
			.map(AuditEntry::detail)
			.findFirst()).contains("amu: LIAISON → STAFF, organisation " + PARTNER + " → " + UNIVERSITY);

		// claims that give no role leave the account as it is
		signInThrough("amu", subject,
				Map.of("email", email, "email_verified", true, "eduperson_affiliation", "student"), "/");
		assertThat(this.accounts.get(account.getId()).getRole()).isEqualTo(Role.STAFF);
		assertThat(auditOf(email).stream().filter(AuditKind.SSO_ROLE_CHANGED::equals)).hasSize(2);
	}

	@Test
	void aProviderOfOneOrganisationReachesNoAdministratorNorAnotherOrganisationsAccount() throws Exception {
		String admin = "admin-" + UUID.randomUUID() + "@univ-amu.fr";
		this.accounts.create(new AccountDetails(admin, "Ada Admin", Role.ADMIN, null), "a password long enough");
		signInThrough("amu", "sub-" + UUID.randomUUID(), Map.of("email", admin, "email_verified", true),
				"/login?sso=other_organisation");
		String partner = "partner-" + UUID.randomUUID() + "@acme.example";
		this.accounts.create(new AccountDetails(partner, "Paul Partner", Role.LIAISON, PARTNER),
				"a password long enough");
		SessionCookie session = signInThrough("amu", "sub-" + UUID.randomUUID(),
				Map.of("email", partner, "email_verified", true, "eduperson_affiliation", "staff"),
				"/login?sso=other_organisation");
		assertSignedOut(session);
		assertThat(auditOf(admin)).containsExactly(AuditKind.SIGN_IN_FAILED);
	}

	@Test
	void anUnverifiedEmailIsRefusedWithAClearMessage() throws Exception {
		String email = "unverified-" + UUID.randomUUID() + "@univ-amu.fr";
		Account existing = this.accounts.create(new AccountDetails(email, "Uma Unverified", Role.STAFF, UNIVERSITY),
				"a password long enough");
		SessionCookie session = signInThrough("amu", "sub-" + UUID.randomUUID(),
				Map.of("email", email, "email_verified", false, "eduperson_affiliation", "staff"),
				"/login?sso=unverified_email");
		assertSignedOut(session);
		assertThat(this.jdbc.sql("select count(*) from account_identity_link where account_id = ?")
			.param(existing.getId())
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/login").param("sso", "unverified_email").header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("pas vérifié votre adresse e-mail")));
	}

	@Test
	void aDeactivatedAccountStaysRefused() throws Exception {
		String email = "gone-" + UUID.randomUUID() + "@univ-amu.fr";
		Account gone = this.accounts.create(new AccountDetails(email, "Gaston Gone", Role.STAFF, UNIVERSITY),
				"a password long enough");
		String subject = "sub-" + UUID.randomUUID();
		signInThrough("amu", subject, Map.of("email", email, "email_verified", true), "/");
		this.accounts.deactivate(gone.getId(), -1);
		SessionCookie session = signInThrough("amu", subject, Map.of("email", email, "email_verified", true),
				"/login?sso=deactivated");
		assertSignedOut(session);
		assertThat(auditOf(email)).contains(AuditKind.SIGN_IN_FAILED);
	}

	@Test
	void aForgedStateIsRefused() throws Exception {
		SessionCookie session = new SessionCookie();
		// no token is asked for: the provider's default person answers
		UriComponents callback = authorize(session, "amu", null, null);
		this.mvc
			.perform(get("/login/oauth2/code/amu").with(session)
				.param("code", param(callback, "code"))
				.param("state", "forged-" + UUID.randomUUID()))
			.andExpect(redirectedUrl("/login?sso=failed"));
		assertSignedOut(session);
	}

	@Test
	void signingOutEndsTheSessionAndGoesToTheProvidersSignOut() throws Exception {
		String email = "leaving-" + UUID.randomUUID() + "@univ-amu.fr";
		SessionCookie session = signInThrough("amu", "sub-" + UUID.randomUUID(),
				Map.of("email", email, "email_verified", true, "eduperson_affiliation", "staff"), "/");
		MvcResult result = this.mvc.perform(post("/logout").with(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith(provider.endSessionEndpointUrl("amu").toString())
			.contains("id_token_hint=")
			.contains("post_logout_redirect_uri=");
		assertSignedOut(session);
		// and the pages let the form go there
		this.mvc.perform(get("/login"))
			.andExpect(result2 -> assertThat(result2.getResponse().getHeader("Content-Security-Policy"))
				.contains("form-action 'self' " + provider.baseUrl().scheme() + "://localhost:"));
	}

	@Test
	void administratorsReadTheAuditLog() throws Exception {
		String email = "audited-" + UUID.randomUUID() + "@univ-amu.fr";
		signInThrough("amu", "sub-" + UUID.randomUUID(),
				Map.of("email", email, "email_verified", true, "eduperson_affiliation", "staff"), "/");
		this.mvc
			.perform(get("/admin/audit")
				.with(user(new PasserelleUser(1, "admin@example.org", "", "Admin", Role.ADMIN, null, true, true)))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Account created on first sign-in")));
	}

	/**
	 * Goes through the provider's sign-in as the person {@code subject} with these
	 * claims, and expects the portal to send them on to {@code expectedRedirect}.
	 */
	private SessionCookie signInThrough(String registrationId, String subject, Map<String, Object> claims,
			String expectedRedirect) throws Exception {
		SessionCookie session = new SessionCookie();
		UriComponents callback = authorize(session, registrationId, subject, claims);
		this.mvc
			.perform(get(callback.getPath()).with(session)
				.param("code", param(callback, "code"))
				.param("state", param(callback, "state")))
			.andDo(session)
			.andExpect(redirectedUrl(expectedRedirect));
		return session;
	}

	/** Starts the sign-in at the portal and passes the provider; answers its callback. */
	private UriComponents authorize(SessionCookie session, String registrationId, @Nullable String subject,
			@Nullable Map<String, Object> claims) throws Exception {
		MvcResult start = this.mvc.perform(get("/oauth2/authorization/" + registrationId).with(session))
			.andDo(session)
			.andExpect(status().is3xxRedirection())
			.andReturn();
		if (subject != null && claims != null) {
			provider.enqueueCallback(new DefaultOAuth2TokenCallback(registrationId, subject,
					JOSEObjectType.JWT.getType(), null, claims, 3600));
		}
		HttpResponse<String> answer = http.send(
				HttpRequest.newBuilder(URI.create(start.getResponse().getRedirectedUrl())).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		return UriComponentsBuilder.fromUriString(answer.headers().firstValue("Location").orElseThrow()).build(true);
	}

	private static String param(UriComponents uri, String name) {
		return UriUtils.decode(uri.getQueryParams().getFirst(name), StandardCharsets.UTF_8);
	}

	/** Whether the portal's session of this cookie is signed in, and shows this name. */
	private void assertSignedIn(SessionCookie session, String displayName) throws Exception {
		this.mvc.perform(get("/").with(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(displayName)));
		this.mvc.perform(get("/account/password").with(session)).andExpect(status().isOk());
	}

	private void assertSignedOut(SessionCookie session) throws Exception {
		this.mvc.perform(get("/account/password").with(session)).andExpect(status().is3xxRedirection());
	}

	private List<AuditKind> auditOf(String email) {
		return this.audit.entries(PageRequest.of(0, 200))
			.stream()
			.filter((entry) -> email.equalsIgnoreCase(entry.email()))
			.map(AuditEntry::kind)
			.toList();
	}

}
