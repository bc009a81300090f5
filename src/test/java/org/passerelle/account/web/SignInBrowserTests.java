package org.passerelle.account.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role signs in, finds its way, switches language and signs out, in a real
 * Chromium; every page visited passes the accessibility check.
 */
class SignInBrowserTests extends BrowserTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "admin@demo.passerelle, Alice Admin, true", "staff@demo.passerelle, Sophie Martin, false",
			"liaison@demo.passerelle, Lucas Bernard, false" })
	void signsInSwitchesLanguageAndSignsOut(String email, String name, boolean admin) throws Exception {
		open("/");
		assertThat(pageLanguage()).isEqualTo("fr");
		assertThat(heading()).isEqualTo("Passerelle");
		assertAccessible();

		this.driver.findElement(By.linkText("Se connecter")).click();
		waitFor(By.id("email"));
		assertThat(heading()).isEqualTo("Connexion");
		assertAccessible();

		assertThat(this.driver.manage().getCookieNamed("PASSERELLE_SESSION")).as("no session before signing in")
			.isNull();
		Cookie anonymousToken = this.driver.manage().getCookieNamed("passerelle-csrf");
		assertThat(anonymousToken.isHttpOnly()).isTrue();
		assertThat(anonymousToken.getSameSite()).isEqualTo("Lax");
		signIn(email, DEMO_PASSWORD);
		assertThat(heading()).isEqualTo("Bonjour, " + name);
		Cookie session = this.driver.manage().getCookieNamed("PASSERELLE_SESSION");
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");
		assertThat(this.driver.manage().getCookieNamed("passerelle-csrf").getValue())
			.as("the form token changes at sign-in")
			.isNotEqualTo(anonymousToken.getValue());
		assertThat(this.driver.findElements(By.cssSelector("header nav a[href$='/admin/users']")))
			.hasSize(admin ? 1 : 0);
		assertAccessible();
		assertFitsPhoneWidth();
		assertNavigationOnOneLine();
		screenshot("home-" + email.substring(0, email.indexOf('@')));

		this.driver.findElement(By.linkText("English")).click();
		waitFor(By.cssSelector("html[lang=en]"));
		assertThat(heading()).isEqualTo("Hello, " + name);
		assertAccessible();

		open("/account/password");
		assertThat(heading()).isEqualTo("Change your password");
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.id("error-summary"));
		assertThat(this.driver.findElement(By.id("currentPassword")).getAttribute("aria-describedby"))
			.isEqualTo("currentPassword-error");
		assertAccessible();

		if (admin) {
			open("/admin/users");
			assertThat(heading()).isEqualTo("Users");
			assertAccessible();
			this.driver.findElement(By.linkText("New user")).click();
			waitFor(By.id("displayName"));
			assertAccessible();
			this.driver.findElement(By.cssSelector("main form button.btn-primary[type=submit]")).click();
			waitFor(By.id("error-summary"));
			assertAccessible();
			screenshot("admin-new-user-errors");
		}

		signOut();
		assertThat(this.driver.findElement(By.cssSelector("main [role=status]")).getText())
			.isEqualTo("You are signed out.");
		open("/account/password");
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
	}

	/**
	 * In French at 1280 px (the browser's width), the navigation's entries, the name and
	 * the languages stand on one line, none cut in two nor out of the bar; at 1100 px
	 * they are behind the menu button, which shows them.
	 */
	private void assertNavigationOnOneLine() {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		@SuppressWarnings("unchecked")
		List<Number> tops = (List<Number>) script.executeScript(
				"return [...document.querySelectorAll('#main-nav .nav-link')].map((l) => l.getBoundingClientRect().top);");
		assertThat(tops).hasSizeGreaterThan(3);
		assertThat(tops).allSatisfy((top) -> assertThat(top.doubleValue()).isCloseTo(tops.get(0).doubleValue(),
				org.assertj.core.data.Offset.offset(2.0)));
		@SuppressWarnings("unchecked")
		List<Number> lines = (List<Number>) script.executeScript(
				"return [...document.querySelectorAll('#main-nav .nav-link')].map((l) => l.getClientRects().length);");
		assertThat(lines).allSatisfy((count) -> assertThat(count.intValue()).isEqualTo(1));
		Number overflow = (Number) script.executeScript(
				"const bar = document.querySelector('header nav .container'); return bar.scrollWidth - bar.clientWidth;");
		assertThat(overflow.intValue()).as("the navigation's overflow at 1280 px").isLessThanOrEqualTo(0);
		Dimension before = this.driver.manage().window().getSize();
		try {
			this.driver.manage().window().setSize(new Dimension(1100, 800));
			WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(5));
			WebElement button = wait
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header .navbar-toggler")));
			By events = By.cssSelector("#main-nav a[href$='/events']");
			assertThat(this.driver.findElement(events).isDisplayed()).isFalse();
			button.click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(events));
			assertThat(this.driver.findElement(events).getText()).isEqualTo("Événements");
			// Bootstrap ignores the button while the menu is still opening: wait until it
			// is open
			wait.until(ExpectedConditions.attributeContains(By.id("main-nav"), "class", "show"));
			button.click();
			wait.until(ExpectedConditions.invisibilityOfElementLocated(events));
		}
		finally {
			this.driver.manage().window().setSize(before);
		}
	}

	@Test
	void aForgottenPasswordIsAskedForFromTheSignInPage() throws Exception {
		open("/login");
		this.driver.findElement(By.cssSelector("main a[href$='/password/forgot']")).click();
		waitFor(By.id("email"));
		assertThat(heading().replace('\u00a0', ' ')).isEqualTo("Mot de passe oublié ?");
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.id("error-summary"));
		assertAccessible();
		type(By.id("email"), "quelquun@example.org");
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("main [role=status]")).getText()).startsWith("Si un compte a cette adresse");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("password-forgot-sent");
		open("/password/reset?token=not-a-real-token");
		assertThat(heading()).isEqualTo("Ce lien ne fonctionne plus");
		assertAccessible();
	}

	@Test
	void wrongPasswordIsExplainedAndTheEmailKept() {
		open("/login");
		type(By.id("email"), "staff@demo.passerelle");
		type(By.id("password"), "not the password");
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.cssSelector("main [role=alert]"));
		assertThat(this.driver.findElement(By.cssSelector("main [role=alert]")).getText())
			.isEqualTo("Adresse e-mail ou mot de passe incorrect.");
		assertAccessible();
	}

	@Test
	void forbiddenAndUnknownPagesAreFriendlyAndTranslated() throws Exception {
		signIn("liaison@demo.passerelle", DEMO_PASSWORD);
		open("/admin/users");
		assertThat(heading()).isEqualTo("Accès refusé");
		assertAccessible();
		screenshot("error-403");

		open("/no-such-page?lang=en");
		assertThat(heading()).isEqualTo("Page not found");
		assertThat(this.driver.getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
		assertAccessible();

		open("/admin/users/123456789");
		assertThat(heading()).isEqualTo("Access denied");
	}

}
