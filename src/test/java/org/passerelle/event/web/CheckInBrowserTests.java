package org.passerelle.event.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.BrowserTest;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.Registrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-in on the day, on a phone (375 px wide): staff type "zoe", find Zoé and mark her
 * present; every page checked with axe-core.
 */
class CheckInBrowserTests extends BrowserTest {

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Test
	void staffFindZoeByTypingZoeAndCheckHerInOnAPhone() throws Exception {
		Event event = this.fixtures.published("Journée accueil", this.fixtures.people().amu(), 30);
		long session = this.fixtures.sessionOf(event);
		for (String name : List.of("Zoé Martin", "Chloé Bernard", "Louis Zola")) {
			this.registrations.registerEmployees(event.getId(), session,
					List.of(new Attendee(name, "Ingénieur", "p-" + UUID.randomUUID() + "@example.com", Locale.FRENCH)),
					this.fixtures.people().liaison());
		}
		this.driver.manage().window().setSize(new Dimension(375, 800));
		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/events/" + event.getId());
		String link = this.driver.findElement(By.linkText("Accueil")).getAttribute("href");
		assertThat(link).endsWith("/events/" + event.getId() + "/sessions/" + session + "/check-in");
		this.driver.get(link);
		waitFor(By.id("q"));
		assertThat(heading()).isEqualTo("Accueil des participants");
		assertAccessible();
		assertFitsPhoneWidth();

		type(By.id("q"), "zoe");
		this.driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		WebElement results = waitFor(By.id("check-in-results"));
		assertThat(results.getText()).contains("Zoé Martin").doesNotContain("Chloé Bernard");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("event-check-in-search-375");

		results.findElement(By.cssSelector("button[aria-label='Noter Zoé Martin présent(e)']")).click();
		WebElement done = waitFor(By.cssSelector(".alert-success"));
		assertThat(done.getText()).isEqualTo("Zoé Martin est noté(e) présent(e).");
		assertThat(this.driver.findElement(By.id("attendance")).getText())
			.endsWith(": 1 sur 3 avec une place (capacité 30)");
		assertThat(this.driver.findElement(By.id("check-in-results")).getText()).contains("Présent(e) depuis");
		assertThat(this.driver.findElement(By.id("last-checked-in")).getText()).contains("Zoé Martin");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("event-check-in-done-375");
	}

}
