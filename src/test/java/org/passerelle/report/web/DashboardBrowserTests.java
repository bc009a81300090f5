package org.passerelle.report.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures with the events and third places, the administrator's and the liaison's
 * home sections (their conventions and open actions, the events for their sector) and the
 * e-mail choices in Chromium, in French: charts drawn and labelled, pages accessible and
 * within a phone's width.
 */
class DashboardBrowserTests extends BrowserTest {

	@Test
	void theFiguresShowEventsAndThirdPlacesWithLabelledCharts() throws Exception {
		signIn("admin@demo.passerelle", DEMO_PASSWORD);
		open("/reports?from=2025-01-01&to=2026-11-30");
		waitFor(By.id("events-by-kind-title"));
		assertThat(this.driver.findElement(By.id("events-by-kind-title")).getText()).isEqualTo("Événements par type");
		assertThat(this.driver.findElement(By.id("occupancy-title")).getText())
			.isEqualTo("Occupation des tiers-lieux par mois");
		assertThat(this.driver.findElements(By.cssSelector("svg.bar-chart[role=img][aria-labelledby]")))
			.hasSizeGreaterThanOrEqualTo(3);
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("reports-events-sites");

		open("/");
		waitFor(By.id("admin-watch-title"));
		assertThat(this.driver.findElement(By.id("admin-watch-title")).getText()).isEqualTo("À surveiller");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("home-admin");
	}

	@Test
	void aLiaisonSeesTheirSectionsAndChoosesADigest() throws Exception {
		signIn("liaison@demo.passerelle", DEMO_PASSWORD);
		open("/");
		waitFor(By.id("our-hosting-title"));
		assertThat(this.driver.findElement(By.id("our-registrations-title")).getText())
			.isEqualTo("Les inscriptions à venir de votre organisation");
		assertThat(this.driver.findElement(By.id("our-conventions-title")).getText())
			.isEqualTo("Les conventions de votre organisation");
		assertThat(this.driver.findElement(By.cssSelector("[aria-labelledby=our-conventions-title]")).getText())
			.contains("Accord de recherche Provepharm – AMU sur les colorants")
			.contains("Quatre stages de master en R&D");
		assertThat(this.driver.findElement(By.id("events-for-us-title")).getText())
			.isEqualTo("Les événements auxquels vous pouvez vous inscrire");
		assertThat(this.driver.findElement(By.cssSelector("[aria-labelledby=events-for-us-title]")).getText())
			.contains("Pour votre secteur")
			.contains("Santé, pharmacie et biotechnologies")
			.contains("Journée étudiants–industriels")
			.contains("Ouverts à tous les secteurs")
			.doesNotContain("Semaine économique de la Méditerranée");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("home-liaison");

		open("/account/notifications");
		waitFor(By.id("ACTIONS-WEEKLY"));
		this.driver.findElement(By.cssSelector("label[for=ACTIONS-WEEKLY]")).click();
		assertAccessible();
		assertFitsPhoneWidth();
		leavePageBy(() -> this.driver.findElement(By.cssSelector("main form button[type=submit]")).click());
		waitFor(By.id("ACTIONS-WEEKLY"));
		assertThat(this.driver.findElement(By.tagName("main")).getText())
			.contains("Vos choix d'e-mails sont enregistrés.");
		assertThat(this.driver.findElement(By.id("ACTIONS-WEEKLY")).isSelected()).isTrue();
		screenshot("notifications-saved");
	}

}
