package org.passerelle.account.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import org.passerelle.BrowserTest;
import org.passerelle.account.AuditEntry;
import org.passerelle.account.AuditKind;
import org.passerelle.account.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in Chromium with a virtual authenticator (a platform authenticator that
 * verifies its user): a person adds one on their passkeys page, signs out, signs in with
 * it from the sign-in page, and removes it; each page passes the accessibility check.
 */
class PasskeyBrowserTests extends BrowserTest {

	@Autowired
	private AuditLog audit;

	private VirtualAuthenticator authenticator() {
		return ((HasVirtualAuthenticator) this.driver).addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true));
	}

	@Test
	void addsAPasskeySignsInWithItAndRemovesIt() throws Exception {
		VirtualAuthenticator authenticator = authenticator();
		signIn("liaison@demo.passerelle", DEMO_PASSWORD);
		open("/account/passkeys");
		assertThat(heading()).isEqualTo("Vos clés d'accès");
		assertThat(this.driver.findElement(By.cssSelector("main")).getText())
			.contains("Vous n'avez pas encore de clé d'accès.");
		assertAccessible();

		// a name is asked for first, next to its field
		this.driver.findElement(By.cssSelector("form[data-passkey-register] button[type=submit]")).click();
		assertThat(waitFor(By.id("passkey-label-error")).getText()).isEqualTo("Donnez un nom à cette clé d'accès.");
		assertThat(authenticator.getCredentials()).isEmpty();

		type(By.id("passkey-label"), "Ordinateur du bureau");
		leavePageBy(() -> this.driver.findElement(By.cssSelector("form[data-passkey-register] button[type=submit]"))
			.click());
		waitFor(By.cssSelector("main h1"));
		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText())
			.startsWith("La clé d'accès a été ajoutée");
		assertThat(labels()).containsExactly("Ordinateur du bureau");
		assertThat(authenticator.getCredentials()).hasSize(1);
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("passkeys");

		signOut();
		open("/login");
		WebElement passkey = waitFor(By.cssSelector("[data-passkey-sign-in]"));
		assertThat(passkey.getText()).isEqualTo("Se connecter avec une clé d'accès");
		assertAccessible();
		leavePageBy(passkey::click);
		waitFor(By.id("user-menu"));
		assertThat(this.driver.findElement(By.id("user-menu")).getText()).contains("Lucas Bernard");
		assertThat(kindsOf("liaison@demo.passerelle")).contains(AuditKind.PASSKEY_ADDED);
		assertThat(this.audit.entries(PageRequest.of(0, 50))
			.stream()
			.filter((entry) -> "liaison@demo.passerelle".equals(entry.email()) && entry.kind() == AuditKind.SIGN_IN)
			.map(AuditEntry::detail)
			.findFirst()).contains("passkey");

		// signed in with the passkey just now: its page opens without asking again
		open("/account/passkeys");
		leavePageBy(() -> this.driver.findElement(By.cssSelector("li.passkey form button")).click());
		waitFor(By.cssSelector("main h1"));
		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText())
			.startsWith("La clé d'accès a été retirée");
		assertThat(labels()).isEmpty();
		assertThat(kindsOf("liaison@demo.passerelle")).contains(AuditKind.PASSKEY_REMOVED);
	}

	@Test
	void anUnknownPasskeySignsNobodyIn() {
		VirtualAuthenticator authenticator = authenticator();
		open("/login");
		// a passkey this portal never registered: the browser finds none to offer
		authenticator.setUserVerified(true);
		this.driver.findElement(By.cssSelector("[data-passkey-sign-in]")).click();
		assertThat(waitFor(By.id("passkey-error")).getText()).startsWith("Cette clé d'accès ne vous a pas connecté");
		assertThat(this.driver.getCurrentUrl()).contains("/login");
		assertAccessible();
	}

	private List<String> labels() {
		return this.driver.findElements(By.cssSelector("li.passkey .passkey-label"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<AuditKind> kindsOf(String email) {
		return this.audit.entries(PageRequest.of(0, 100))
			.stream()
			.filter((entry) -> email.equals(entry.email()))
			.map(AuditEntry::kind)
			.toList();
	}

}
