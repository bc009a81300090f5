package org.passerelle.thirdplace.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of the issue, in a real Chromium: a liaison asks for desks at the
 * Château-Gombert site, staff approve the request holding desks of its open space, the
 * site's occupancy calendar shows them taken, and the liaison, now hosted there, books a
 * meeting room, then is told in French when the same hours are taken. Every page passes
 * the accessibility check.
 */
class ThirdPlaceBrowserTests extends BrowserTest {

	private static final String SITE = "Tiers-lieu de Château-Gombert";

	@Test
	void aLiaisonRequestsDesksStaffApproveTheCalendarShowsThemAndTheLiaisonBooksARoom() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		LocalDate firstDay = today.plusDays(14);

		signIn("liaison@demo.passerelle", DEMO_PASSWORD);
		this.driver.findElement(By.linkText("Tiers-lieux")).click();
		waitFor(By.cssSelector("main form[role=search]"));
		assertThat(heading()).isEqualTo("Tiers-lieux");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("sites-list");
		clickInView(this.driver.findElement(By.linkText(SITE)));
		waitFor(By.id("occupancy-calendar"));
		assertAccessible();
		clickInView(this.driver.findElement(By.linkText("Demander un accueil")));

		waitFor(By.id("people"));
		assertThat(new Select(this.driver.findElement(By.id("siteId"))).getFirstSelectedOption().getText())
			.startsWith(SITE);
		assertAccessible();
		submitForm();
		waitFor(By.id("error-summary"));
		assertThat(this.driver.findElement(By.id("people-error")).getText()).isEqualTo("Ce champ est obligatoire.");
		assertAccessible();
		type(By.id("people"), "4");
		type(By.id("purpose"), "Équipe data travaillant avec le laboratoire de mécanique");
		submitForm();

		waitFor(By.cssSelector("[role=status].alert-success"));
		assertThat(heading()).isEqualTo("Demandes d'accueil");
		WebElement card = this.driver.findElement(By.cssSelector("main article"));
		assertThat(card.getText()).contains("4 postes", SITE, "Envoyée");
		String requestId = card.getAttribute("id");
		assertAccessible();
		screenshot("hosting-requests-liaison");
		signOut();

		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/sites/requests");
		WebElement pending = waitFor(By.id(requestId));
		new Select(pending.findElement(By.cssSelector("select[name=space]")))
			.selectByVisibleText(SITE + " – Open space (20)");
		assertAccessible();
		WebElement accept = pending.findElement(By.xpath(".//button[normalize-space()='Accepter']"));
		leavePageBy(() -> clickInView(accept));
		waitFor(By.cssSelector("[role=status].alert-success"));
		assertThat(this.driver.findElement(By.id(requestId)).getText()).contains("Acceptée");

		open("/sites");
		clickInView(this.driver.findElement(By.linkText(SITE)));
		WebElement calendar = waitFor(By.id("occupancy-calendar"));
		String day = firstDay.format(DateTimeFormatter.ofPattern("dd/MM"));
		assertThat(calendar.findElement(By.cssSelector("td[title='" + day + "']")).getText()).isEqualTo("4");
		assertThat(calendar
			.findElement(By
				.cssSelector("td[title='" + firstDay.minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM")) + "']"))
			.getText()).isEqualTo("0");
		assertThat(this.driver.findElement(By.id("hosted")).findElement(By.xpath("following-sibling::ul")).getText())
			.contains("Provepharm — 4 postes");
		assertAccessible();
		screenshot("site-calendar-staff");
		signOut();

		signIn("liaison@demo.passerelle", DEMO_PASSWORD);
		open("/sites");
		clickInView(this.driver.findElement(By.linkText(SITE)));
		waitFor(By.id("roomId"));
		book(firstDay, "10", "2");
		waitFor(By.cssSelector("[role=status].alert-success"));
		assertThat(this.driver.findElement(By.id("booking-list")).getText()).contains("Salle Garlaban",
				firstDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:00 à 12:00");
		assertAccessible();
		book(firstDay, "11", "1");
		waitFor(By.id("error-summary"));
		assertThat(this.driver.findElement(By.id("error-summary")).getText()).contains("Cette salle est déjà réservée");
		assertThat(this.driver.findElement(By.id("fromHour")).getAttribute("value")).isEqualTo("11");
		assertAccessible();
		screenshot("site-booking-taken");
	}

	private void book(LocalDate day, String fromHour, String hours) {
		WebElement date = this.driver.findElement(By.id("day"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];", date, day.toString());
		type(By.id("fromHour"), fromHour);
		type(By.id("hours"), hours);
		WebElement button = this.driver.findElement(By.xpath("//main//button[normalize-space()='Réserver']"));
		leavePageBy(() -> clickInView(button));
	}

	private void submitForm() {
		WebElement button = this.driver.findElement(By.cssSelector("main form[method=post] button[type=submit]"));
		leavePageBy(() -> clickInView(button));
	}

}
