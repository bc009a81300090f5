package org.passerelle.account.web;

import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A university's person signs in through their identity provider's own page (the
 * interactive login page of mock-oauth2-server), in a real Chromium: the account is
 * created on the way, and signing out goes through the provider's sign-out. Every page of
 * the portal on the way passes the accessibility check.
 */
class SingleSignOnBrowserTests extends BrowserTest {

	private static final MockOAuth2Server provider = startProvider();

	@DynamicPropertySource
	static void identityProviders(DynamicPropertyRegistry registry) {
		SingleSignOnTests.registerProviders(registry, provider);
	}

	static MockOAuth2Server startProvider() {
		MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
		server.start();
		return server;
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void aUniversitysPersonSignsInThroughTheirProviderAndOut() throws Exception {
		open("/login");
		assertThat(heading()).isEqualTo("Connexion");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("sso-login");

		this.driver.findElement(By.linkText("Se connecter avec Aix-Marseille Université")).click();
		String email = "nora-" + UUID.randomUUID() + "@univ-amu.fr";
		signInAtProvider("nora-" + UUID.randomUUID(), """
				{"email": "%s", "email_verified": true, "name": "Nora Navette", "eduperson_affiliation": ["staff"]}"""
			.formatted(email));
		waitFor(By.cssSelector("main h1"));
		assertThat(heading()).isEqualTo("Bonjour, Nora Navette");
		assertAccessible();

		signOut();
		assertThat(this.driver.getCurrentUrl()).contains("signedOut");
		open("/account/password");
		assertThat(this.driver.getCurrentUrl()).contains("/login");
	}

	@Test
	void anUnverifiedEmailIsExplainedOnTheSignInPage() throws Exception {
		open("/login");
		this.driver.findElement(By.linkText("Se connecter avec Aix-Marseille Université")).click();
		signInAtProvider("ursula-" + UUID.randomUUID(), """
				{"email": "ursula-%s@univ-amu.fr", "email_verified": false, "eduperson_affiliation": "staff"}"""
			.formatted(UUID.randomUUID()));
		String alert = waitFor(By.cssSelector("main .alert-danger")).getText();
		assertThat(alert).contains("pas vérifié votre adresse e-mail");
		assertAccessible();
		screenshot("sso-unverified");
	}

	@Test
	void administratorsReadTheAuditLog() throws Exception {
		signIn("admin@demo.passerelle", DEMO_PASSWORD);
		open("/admin/audit");
		assertThat(heading()).isEqualTo("Journal d'audit");
		assertThat(this.driver.findElement(By.cssSelector("main table")).getText()).contains("admin@demo.passerelle");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("sso-audit");
	}

	/** Fills the provider's own sign-in page. */
	private void signInAtProvider(String subject, String claims) {
		waitFor(By.name("username"));
		type(By.name("username"), subject);
		type(By.name("claims"), claims);
		this.driver.findElement(By.cssSelector("input[type=submit]")).click();
	}

}
