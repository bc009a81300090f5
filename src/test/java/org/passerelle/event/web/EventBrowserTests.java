package org.passerelle.event.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.BrowserTest;
import org.passerelle.event.Events;
import org.passerelle.event.RegistrationLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people do with events, in Chromium, with an accessibility check on each page: an
 * anonymous student registers to the student–industry day and confirms by the link they
 * were sent; a liaison registers two employees to the company forum.
 */
class EventBrowserTests extends BrowserTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RegistrationLinks links;

	@Autowired
	private Events events;

	@Test
	void anAnonymousStudentRegistersAndConfirmsByTheLink() throws Exception {
		open("/events");
		assertThat(heading()).isEqualTo("Événements");
		assertAccessible();
		leavePageBy(() -> this.driver.findElement(By.linkText("Journée étudiants–industriels")).click());
		waitFor(By.cssSelector("main h1"));
		assertThat(heading()).isEqualTo("Journée étudiants–industriels");
		assertAccessible();
		assertFitsPhoneWidth();
		this.driver.findElement(By.cssSelector("a[href$='/register']")).click();
		waitFor(By.id("name"));
		assertAccessible();
		// nothing typed: the form says what is missing
		WebElement send = this.driver.findElement(By.cssSelector("main form button[type=submit]"));
		clickInView(send);
		waitFor(By.id("error-summary"));
		assertAccessible();
		String email = "etudiant-" + UUID.randomUUID() + "@etu.example.org";
		type(By.id("name"), "Camille Étudiante");
		type(By.id("email"), email);
		WebElement register = this.driver.findElement(By.cssSelector("main form button[type=submit]"));
		clickInView(register);
		waitFor(By.cssSelector("main .alert-success"));
		assertThat(heading()).isEqualTo("Consultez votre messagerie");
		assertAccessible();

		UUID registration = this.jdbc.sql("select public_id from event_registration where email = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
		open(this.links.path(registration, RegistrationLinks.Purpose.CONFIRM));
		assertThat(heading()).isEqualTo("Confirmer votre inscription");
		assertAccessible();
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		WebElement done = waitFor(By.cssSelector("main .alert-success"));
		assertThat(done.getText()).contains("Votre inscription est confirmée");
		assertThat(this.jdbc.sql("select status from event_registration where email = :email")
			.param("email", email)
			.query(String.class)
			.single()).isEqualTo("CONFIRMED");
		screenshot("event-confirmed");
	}

	@Test
	void aLiaisonRegistersTwoEmployees() throws Exception {
		long forum = this.jdbc.sql("select id from event where title_fr = 'Forum Entreprises AMU'")
			.query(Long.class)
			.single();
		signIn("liaison@demo.passerelle", DEMO_PASSWORD);
		open("/events/" + forum);
		assertAccessible();
		this.driver.findElement(By.cssSelector("a[href$='/employees']")).click();
		waitFor(By.name("people[0].name"));
		assertThat(heading()).isEqualTo("Inscrire des collaborateurs");
		assertAccessible();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		type(By.name("people[0].name"), "Alice Durand");
		type(By.name("people[0].jobTitle"), "Ingénieure");
		type(By.name("people[0].email"), "alice-" + suffix + "@example.com");
		type(By.name("people[1].name"), "Bruno Caron");
		type(By.name("people[1].email"), "bruno-" + suffix + "@example.com");
		// Enter in the last field submits the form (the button is below the fold)
		this.driver.findElement(By.name("people[1].email")).sendKeys(org.openqa.selenium.Keys.ENTER);
		waitFor(By.cssSelector("main .alert-success"));
		assertThat(heading()).isEqualTo("Inscriptions de mon organisation");
		String page = this.driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Alice Durand", "Bruno Caron");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("event-my-registrations");
	}

	@Test
	void staffSeeAFullSessionsWaitlistAndTheEditorsPages() throws Exception {
		long workshop = this.jdbc
			.sql("select s.id from event_session s join event e on e.id = s.event_id "
					+ "where e.title_fr = 'Journée étudiants–industriels' and s.capacity = 6")
			.query(Long.class)
			.single();
		long event = this.jdbc.sql("select event_id from event_session where id = :id")
			.param("id", workshop)
			.query(Long.class)
			.single();
		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/events/" + event + "/sessions/" + workshop + "/registrations");
		assertThat(heading()).isEqualTo("Inscriptions");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Liste d'attente");
		assertAccessible();
		screenshot("event-registrations");
		open("/events/" + event + "/edit/sessions/" + workshop);
		assertAccessible();
		open("/events/" + event + "/edit");
		assertAccessible();
	}

	@Test
	void staffCreateAnEventThroughTheFourSteps() throws Exception {
		String title = "Atelier " + UUID.randomUUID().toString().substring(0, 8);
		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/events/new");
		assertThat(currentStep()).isEqualTo("1. Présentation");
		assertAccessible();
		assertFitsPhoneWidth();
		// nothing typed: the step says what is missing
		clickInView(this.driver.findElement(By.cssSelector("main form button[name=continue]")));
		waitFor(By.id("error-summary"));
		assertAccessible();
		type(By.id("titleFr"), title);
		new Select(this.driver.findElement(By.id("kind"))).selectByValue("WORKSHOP");
		screenshot("event-editor-1-general");
		leavePageBy(() -> clickInView(this.driver.findElement(By.cssSelector("main form button[name=continue]"))));

		// step 2: a partner found by search and ticked
		waitFor(By.id("partnerIdsQuery"));
		assertThat(currentStep()).isEqualTo("2. Organisateurs et partenaires");
		assertThat(heading()).isEqualTo(title);
		type(By.id("partnerIdsQuery"), "cma cgm");
		leavePageBy(() -> clickInView(this.driver.findElement(By.cssSelector("button[name=find][value=partnerIds]"))));
		WebElement found = waitFor(By.xpath("//label[contains(., 'CMA CGM')]"));
		clickInView(found);
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("event-editor-2-organisers");
		leavePageBy(() -> clickInView(this.driver.findElement(By.cssSelector("main form button[name=continue]"))));

		// step 3: a session
		waitFor(By.cssSelector("a[href$='/edit/sessions/new']"));
		assertThat(currentStep()).isEqualTo("3. Sessions");
		assertAccessible();
		leavePageBy(() -> clickInView(this.driver.findElement(By.cssSelector("a[href$='/edit/sessions/new']"))));
		waitFor(By.id("venue"));
		setValue(By.id("day"), this.events.today().plusMonths(2).toString());
		setValue(By.id("startsAt"), "14:00");
		setValue(By.id("endsAt"), "17:30");
		type(By.id("venue"), "Campus de Luminy, amphi 8");
		type(By.id("city"), "Marseille");
		type(By.id("capacity"), "25");
		type(By.id("programme"), "14:00 Accueil | Welcome");
		assertAccessible();
		assertFitsPhoneWidth();
		leavePageBy(() -> clickInView(this.driver.findElement(By.cssSelector("main form button[type=submit]"))));
		waitFor(By.cssSelector("main .alert-success"));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Campus de Luminy, amphi 8",
				"0 places prises sur 25");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("event-editor-3-sessions");
		leavePageBy(() -> clickInView(this.driver.findElement(By.cssSelector("a[href$='/edit/registration']"))));

		// step 4: the window, and publication
		waitFor(By.id("closesAt"));
		assertThat(currentStep()).isEqualTo("4. Inscriptions");
		setValue(By.id("closesAt"), this.events.today().plusMonths(2).minusDays(1) + "T18:00");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("event-editor-4-registration");
		leavePageBy(() -> clickInView(this.driver.findElement(By.cssSelector("main form button[name=publish]"))));
		waitFor(By.cssSelector("main .alert-success"));
		assertThat(heading()).isEqualTo(title);
		assertAccessible();
		assertThat(this.jdbc.sql("select status from event where title_fr = :title")
			.param("title", title)
			.query(String.class)
			.single()).isEqualTo("PUBLISHED");
		assertThat(this.jdbc
			.sql("select o.name from event_partner p join event e on e.id = p.event_id "
					+ "join organisation o on o.id = p.organisation_id where e.title_fr = :title")
			.param("title", title)
			.query(String.class)
			.list()).containsExactly("CMA CGM");
	}

	private String currentStep() {
		return this.driver.findElement(By.cssSelector("main [aria-current=step]")).getText();
	}

	/** Sets a date or time field (typed keys depend on the browser's locale). */
	private void setValue(By field, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];",
				this.driver.findElement(field), value);
	}

}
