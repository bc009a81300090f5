package org.passerelle.matchmaking.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.BrowserTest;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationLinks;
import org.passerelle.event.Registrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff generate, publish and print a session's speed meeting; a student then opens their
 * own timetable from their link. Every page checked with axe-core.
 */
class MatchmakingBrowserTests extends BrowserTest {

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Autowired
	private RegistrationLinks links;

	@Test
	void staffGenerateAndPrintTheSpeedMeetingAndAStudentSeesTheirTimetable() throws Exception {
		Event event = this.fixtures.published("Journée rotation", this.fixtures.people().amu(), 30);
		long session = this.fixtures.sessionOf(event);
		this.registrations.registerEmployees(event.getId(), session,
				List.of(new Attendee("Paul Girard", "Responsable R&D", unique(), Locale.FRENCH),
						new Attendee("Sarah Klein", "Chercheuse", unique(), Locale.FRENCH)),
				this.fixtures.people().liaison());
		Registration lea = null;
		for (String name : List.of("Léa Garcia", "Hugo Martin", "Chloé Bernard", "Lucas Petit")) {
			Registration student = this.registrations.registerParticipant(event.getId(), session,
					new Attendee(name, null, unique(), Locale.FRENCH), null);
			lea = (lea == null) ? student : lea;
		}

		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/events/" + event.getId() + "/sessions/" + session + "/speed-meeting");
		waitFor(By.id("rounds"));
		assertThat(heading()).isEqualTo("Speed meeting");
		assertThat(this.driver.findElement(By.cssSelector("p[role=status]")).getText())
			.isEqualTo("4 participants et 2 industriels ont une place.");
		assertAccessible();
		WebElement rounds = this.driver.findElement(By.id("rounds"));
		rounds.clear();
		rounds.sendKeys("2");
		leavePageBy(
				() -> this.driver.findElement(By.cssSelector("main form[action$='/speed-meeting'] button[type=submit]"))
					.click());
		WebElement met = waitFor(By.id("wishes-met"));
		assertThat(met.getText()).startsWith("Souhaits respectés");
		assertThat(this.driver.findElement(By.id("by-table")).getText()).isEqualTo("Par table");
		assertThat(this.driver.getPageSource()).contains("Table 1 · Paul Girard").contains("Léa Garcia");
		assertAccessible();
		screenshot("matchmaking-speed-meeting");

		leavePageBy(() -> this.driver.findElement(By.xpath("//button[text()='Publier']")).click());
		assertThat(waitFor(By.cssSelector(".alert-success")).getText())
			.isEqualTo("La rotation est publiée : participants et entreprises voient leur planning.");
		leavePageBy(() -> this.driver.findElement(By.id("print-link")).click());
		waitFor(By.cssSelector(".print-page"));
		assertThat(this.driver.findElements(By.cssSelector(".print-page"))).hasSize(2);
		assertThat(heading()).isEqualTo("Speed meeting à imprimer");
		assertAccessible();
		screenshot("matchmaking-print");

		signOut();
		open(this.links.path(lea.getPublicId(), RegistrationLinks.Purpose.TIMETABLE));
		WebElement timetable = waitFor(By.id("my-timetable"));
		assertThat(heading()).isEqualTo("Mon planning");
		assertThat(timetable.getText()).contains("Table ").containsAnyOf("Paul Girard", "Sarah Klein");
		assertThat(this.driver.getPageSource()).contains("Vous êtes dans le groupe");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("matchmaking-timetable");
	}

	private static String unique() {
		return "p-" + UUID.randomUUID() + "@example.com";
	}

}
