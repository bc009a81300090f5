package org.passerelle.event.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.BrowserTest;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participants' import in Chromium: upload, suggested mapping, preview with the
 * waitlist, each page checked with axe-core and at a phone's width.
 */
class ParticipantImportBrowserTests extends BrowserTest {

	@Autowired
	private EventFixtures fixtures;

	@Test
	void staffImportAListLongerThanThePlacesLeft() throws Exception {
		Event event = this.fixtures.published("Atelier import", this.fixtures.people().amu(), 1);
		long session = this.fixtures.sessionOf(event);
		Path file = Files.createTempFile("participants", ".csv");
		Files
			.writeString(
					file, "Prénom;Nom;Courriel\nZoé;Martin;zoe-" + System.nanoTime()
							+ "@etu.example.org\nLiam;Smith;liam-" + System.nanoTime() + "@etu.example.org\n",
					StandardCharsets.UTF_8);
		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/events/" + event.getId() + "/sessions/" + session + "/import");
		assertThat(heading()).isEqualTo("Importer des participants");
		assertAccessible();
		assertFitsPhoneWidth();
		this.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.name("fields"));
		assertAccessible();
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		String rows = waitFor(By.id("import-rows")).getText();
		assertThat(rows).contains("Zoé Martin").contains("Obtient une place").contains("Liste d'attente, rang 1");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("event-import-preview");
		this.driver.findElement(By.cssSelector("form[action$='/confirm'] button")).click();
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("Les participants sont importés.");
		Files.deleteIfExists(file);
	}

}
