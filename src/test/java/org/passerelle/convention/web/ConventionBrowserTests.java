package org.passerelle.convention.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of the issue, in a real Chromium: a staff member draws up a convention with
 * two pillars and an action, step by step; a liaison of a party finds it, cannot edit it,
 * and comments on the action. Every page passes the accessibility check.
 */
class ConventionBrowserTests extends BrowserTest {

	@Test
	void staffCreatesAConventionWithTwoPillarsAndAnActionAndALiaisonOfAPartyComments() throws Exception {
		String title = "Convention de stages Provepharm " + UUID.randomUUID().toString().substring(0, 6);
		String reference = "PRV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		assertThat(this.driver.findElement(By.cssSelector("[aria-labelledby=renewal-watch-title]")).getText())
			.contains("Conventions arrivant à échéance", "Accord de recherche Provepharm – AMU sur les colorants");
		assertAccessible();
		screenshot("home-staff-renewal-watch");
		this.driver.findElement(By.linkText("Conventions")).click();
		waitFor(By.cssSelector("main form[role=search]"));
		assertThat(heading()).isEqualTo("Conventions de partenariat");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("conventions-list");
		this.driver.findElement(By.linkText("Nouvelle convention")).click();

		waitFor(By.id("title"));
		assertThat(this.driver.findElement(By.cssSelector("[aria-current=step]")).getText())
			.isEqualTo("1. Présentation");
		assertAccessible();
		type(By.id("title"), title);
		type(By.id("reference"), reference);
		type(By.id("summary"), "Stages de fin d'études et projets de recherche sur les colorants.");
		submit();

		waitFor(By.cssSelector("[aria-current=step]"));
		assertThat(this.driver.findElement(By.cssSelector("[aria-current=step]")).getText()).isEqualTo("2. Parties");
		submitAndExpectError(() -> clickInView(label("Aix-Marseille Université")));
		assertThat(this.driver.findElement(By.id("institutionIds-error")).getText())
			.isEqualTo("Choisissez au moins un établissement.");
		assertThat(this.driver.findElement(By.id("partnerIds-error")).getText())
			.startsWith("Choisissez au moins une organisation partenaire");
		assertAccessible();
		clickInView(label("Aix-Marseille Université"));
		type(By.id("partnerQuery"), "provepharm");
		clickInView(this.driver.findElement(By.cssSelector("button[name=search]")));
		waitFor(By.cssSelector("fieldset [role=status]"));
		assertAccessible();
		clickInView(label("Provepharm (Marseille)"));
		submit();

		waitFor(By.id("startsOn"));
		assertThat(this.driver.findElement(By.cssSelector("[aria-current=step]")).getText())
			.isEqualTo("3. Dates et signataires");
		assertAccessible();
		submit();

		waitFor(By.cssSelector("[aria-current=step]"));
		assertThat(this.driver.findElement(By.cssSelector("[aria-current=step]")).getText())
			.isEqualTo("4. Piliers et axes");
		assertAccessible();
		choosePillar("Recrutement et insertion professionnelle", null);
		choosePillar("Recherche et innovation", "Mener une recherche commune sur les colorants");
		submit();
		waitFor(By.id("error-summary"));
		WebElement missingAxis = statementOf("Recrutement et insertion professionnelle");
		assertThat(missingAxis.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.driver.findElement(By.id(missingAxis.getAttribute("aria-describedby"))).getText())
			.startsWith("Le pilier « Recrutement et insertion professionnelle » n’a pas d’axe");
		assertAccessible();
		screenshot("convention-step-pillars-error");
		statementOf("Recrutement et insertion professionnelle").sendKeys("Accueillir des stagiaires de master");
		submit();

		waitFor(By.id("pillars-title"));
		assertThat(heading()).isEqualTo(title);
		assertAccessible();
		clickInView(this.driver.findElement(
				By.cssSelector("a[aria-label='Ajouter une action\u00a0: Accueillir des stagiaires de master']")));
		waitFor(By.id("what"));
		assertAccessible();
		type(By.id("what"), "Quatre stages de master en R&D");
		type(By.id("owner"), "Ressources humaines de Provepharm");
		submit();
		waitFor(By.linkText("Quatre stages de master en R&D"));
		assertThat(this.driver.findElement(By.cssSelector("main")).getText())
			.contains("Ressources humaines de Provepharm", "Prévue");
		assertAccessible();
		screenshot("convention-detail-staff");
		clickInView(this.driver.findElement(
				By.xpath("//form[contains(@action,'/status')]//button[normalize-space()='Ouvrir la négociation']")));
		waitFor(By.cssSelector("main [role=status]"));
		assertThat(this.driver.findElement(By.cssSelector("main .badge")).getText()).isEqualTo("En négociation");
		signOut();

		signIn("liaison@demo.passerelle", DEMO_PASSWORD);
		open("/conventions?q=" + reference);
		clickInView(waitFor(By.linkText(title)));
		waitFor(By.id("pillars-title"));
		assertThat(heading()).isEqualTo(title);
		assertThat(this.driver.findElements(By.linkText("Modifier"))).isEmpty();
		assertThat(this.driver.findElements(By.cssSelector("form[action$='/status']"))).isEmpty();
		assertAccessible();
		screenshot("convention-detail-liaison");
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(this.driver.findElement(By.cssSelector("header")).isDisplayed()).isFalse();
		assertThat(this.driver.findElement(By.id("history-title")).isDisplayed()).isFalse();
		assertThat(this.driver.findElement(By.id("pillars-title")).isDisplayed()).isTrue();
		screenshot("convention-print");
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		clickInView(this.driver.findElement(By.linkText("Quatre stages de master en R&D")));
		waitFor(By.id("body"));
		assertAccessible();
		type(By.id("body"), "Nous pouvons accueillir deux stagiaires de plus en mars.");
		submit();
		waitFor(By.cssSelector("main [role=status]"));
		assertThat(this.driver.findElement(By.id("comments")).getText())
			.contains("Nous pouvons accueillir deux stagiaires de plus en mars.", "Lucas Bernard", "Provepharm");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("convention-action-comment");

		open("/conventions/" + this.driver.getCurrentUrl().split("/conventions/")[1].split("/")[0] + "/edit");
		assertThat(heading()).isEqualTo("Accès refusé");
	}

	@Test
	void aConventionWithItsSignatoriesFitsAPhoneAndItsTerminationAsksFirst() throws Exception {
		signIn("admin@demo.passerelle", DEMO_PASSWORD);
		open("/conventions?q=zone");
		clickInView(waitFor(By.partialLinkText("État-major de zone de défense Sud")));
		waitFor(By.id("signatories-title"));
		assertAccessible();
		assertFitsPhoneWidth();
		clickInView(this.driver.findElement(By.linkText("Résilier")));
		waitFor(By.id("reason"));
		assertThat(heading()).isEqualTo("Résilier cette convention");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("convention-terminate");
	}

	@Test
	void anAdministratorKeepsThePillars() throws Exception {
		String name = "Santé " + UUID.randomUUID().toString().substring(0, 6);
		signIn("admin@demo.passerelle", DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("header a[href$='/admin/pillars']")).click();
		waitFor(By.linkText("Nouveau pilier"));
		assertThat(heading()).isEqualTo("Piliers");
		assertAccessible();
		clickInView(this.driver.findElement(By.linkText("Nouveau pilier")));
		waitFor(By.id("nameFr"));
		assertAccessible();
		submit();
		waitFor(By.id("error-summary"));
		assertThat(this.driver.findElement(By.id("nameFr-error")).getText()).isEqualTo("Ce champ est obligatoire.");
		assertAccessible();
		type(By.id("nameFr"), name);
		type(By.id("nameEn"), "Health " + name);
		type(By.id("descriptionFr"), "Santé et bien-être au travail.");
		clickInView(label("Prune"));
		submit();
		waitFor(By.cssSelector("main [role=status]"));
		assertThat(this.driver.findElement(By.cssSelector("main table")).getText()).contains(name);
		clickInView(this.driver.findElement(By.cssSelector("button[aria-label='Monter " + name + "']")));
		waitFor(By.cssSelector("main table"));
		clickInView(this.driver.findElement(By.cssSelector("button[aria-label='Retirer\u00a0: " + name + "']")));
		waitFor(By.cssSelector("main [role=status]"));
		assertThat(this.driver.findElement(By.cssSelector("main [role=status]")).getText())
			.startsWith("Le pilier est retiré");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("admin-pillars");
	}

	/**
	 * Submits the page's form from the keyboard, as many people do, and waits until the
	 * browser has left that page.
	 */
	private void submit() {
		WebElement button = this.driver
			.findElement(By.cssSelector("main form[method=post] button[type=submit]:not([name=search])"));
		leavePageBy(() -> button.sendKeys(Keys.ENTER));
	}

	private void submitAndExpectError(Runnable untick) {
		untick.run();
		submit();
		waitFor(By.id("error-summary"));
	}

	private WebElement label(String text) {
		return this.driver.findElement(By.xpath("//main//label[normalize-space()=\"" + text + "\"]"));
	}

	private void choosePillar(String name, String statement) {
		clickInView(label(name));
		if (statement != null) {
			statementOf(name).sendKeys(statement);
		}
	}

	private WebElement statementOf(String pillar) {
		return this.driver.findElement(By
			.xpath("//fieldset[.//label[normalize-space()=\"" + pillar + "\"]]//textarea[contains(@id,'statement')]"));
	}

}
