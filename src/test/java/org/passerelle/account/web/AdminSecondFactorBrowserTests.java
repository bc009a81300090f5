package org.passerelle.account.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.test.context.TestPropertySource;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code passerelle.security.admin-second-factor} on, in Chromium with a virtual
 * authenticator: an administrator who signed in with their password is held on the
 * second-factor page, adds a passkey, confirms with it and only then reaches the users.
 */
@TestPropertySource(properties = "passerelle.security.admin-second-factor=true")
class AdminSecondFactorBrowserTests extends BrowserTest {

	@Test
	void anAdministratorConfirmsWithAPasskeyBeforeGoingOn() throws Exception {
		((HasVirtualAuthenticator) this.driver).addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true));
		signIn("admin@demo.passerelle", DEMO_PASSWORD);
		assertThat(this.driver.getCurrentUrl()).endsWith("/account/second-factor");
		assertThat(heading()).isEqualTo("Confirmez avec une clé d'accès");
		assertThat(this.driver.findElement(By.cssSelector("main")).getText())
			.contains("Vous n'avez pas encore de clé d'accès");
		assertAccessible();
		assertFitsPhoneWidth();

		leavePageBy(() -> this.driver.findElement(By.cssSelector("main a.btn")).click());
		waitFor(By.id("passkey-label"));
		type(By.id("passkey-label"), "Clé de l'administrateur");
		leavePageBy(() -> this.driver.findElement(By.cssSelector("form[data-passkey-register] button[type=submit]"))
			.click());
		waitFor(By.cssSelector("li.passkey"));

		open("/admin/users");
		assertThat(this.driver.getCurrentUrl()).endsWith("/account/second-factor");
		assertAccessible();
		leavePageBy(() -> waitFor(By.cssSelector("[data-passkey-sign-in]")).click());
		waitFor(By.cssSelector("main h1"));
		assertThat(heading()).isEqualTo("Utilisateurs");
		assertThat(this.driver.getCurrentUrl()).contains("/admin/users");
		screenshot("admin-second-factor");
	}

}
