package org.passerelle.organisation.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.BrowserTest;
import org.passerelle.organisation.ContactDetails;
import org.passerelle.organisation.ContactPurpose;
import org.passerelle.organisation.Contacts;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.PublicProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff find two records of one company among the probable duplicates, compare them and
 * merge them choosing a field, in a real Chromium; every page passes the accessibility
 * check, and the merged one's address leads to the kept one. An administrator undoes a
 * merge: both organisations are back, each with its own records.
 */
class DuplicateBrowserTests extends BrowserTest {

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private Contacts contacts;

	@Test
	void staffMergeTwoRecordsOfOneCompany() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		long kept = this.directory.create(company("Calanques Robotique " + word, "Marseille", null)).getId();
		long merged = this.directory
			.create(company("CALANQUES ROBOTIQUE SAS " + word, "Marseille 7e", "https://calanques.example"))
			.getId();
		this.contacts.add(merged,
				new ContactDetails("Inès", "Durand", null, null, null, null, ContactPurpose.PARTNERSHIP));

		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/organisations/duplicates");
		waitFor(By.cssSelector("ul.duplicates"));
		assertThat(heading()).isEqualTo("Doublons probables");
		assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("Calanques Robotique " + word,
				"CALANQUES ROBOTIQUE SAS " + word, "Marseille 7e");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("organisations-duplicates");

		WebElement compare = this.driver
			.findElement(By.cssSelector("a[href*='kept=" + kept + "'][href*='merged=" + merged + "']"));
		leavePageBy(() -> click(compare));
		waitFor(By.id("choice-WEBSITE-merged"));
		assertThat(heading()).isEqualTo("Fusionner deux organisations");
		assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("Site web",
				"https://calanques.example", "(vide)");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("organisations-merge");

		click(this.driver.findElement(By.id("choice-WEBSITE-merged")));
		WebElement submit = this.driver.findElement(By.cssSelector("main form button[type=submit]"));
		assertThat(submit.getText())
			.isEqualTo("Fusionner CALANQUES ROBOTIQUE SAS " + word + " dans Calanques Robotique " + word);
		leavePageBy(() -> click(submit));
		waitFor(By.cssSelector(".alert-success"));
		assertThat(this.driver.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Les organisations ont été fusionnées.");
		assertThat(heading()).isEqualTo("Calanques Robotique " + word);
		assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("https://calanques.example");
		assertThat(this.driver.findElement(By.id("contacts")).getText()).contains("Inès Durand");
		assertThat(this.driver.findElement(By.id("history")).getText()).contains("Fusion avec un doublon",
				"par Sophie Martin", "Contacts déplacés");
		assertThat(this.driver.findElements(By.cssSelector(".recent-merge"))).as("staff do not undo merges").isEmpty();
		assertAccessible();

		open("/organisations/" + merged);
		waitFor(By.cssSelector(".alert-info"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/organisations/" + kept);
		// the browser reads the no-break space before the colon as a space
		assertThat(this.driver.findElement(By.cssSelector(".alert-info")).getText())
			.isEqualTo("CALANQUES ROBOTIQUE SAS " + word + " a été fusionnée dans Calanques Robotique " + word
					+ " : vous êtes sur sa page.");
		assertAccessible();
	}

	@Test
	void anAdministratorUndoesAMerge() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		long kept = this.directory.create(company("Estérel Drones " + word, "Fréjus", null)).getId();
		long merged = this.directory.create(company("ESTEREL DRONES SARL " + word, "Fréjus", "https://esterel.example"))
			.getId();
		this.contacts.add(merged,
				new ContactDetails("Hugo", "Lemaire", null, null, null, null, ContactPurpose.PARTNERSHIP));

		signIn("admin@demo.passerelle", DEMO_PASSWORD);
		open("/organisations/merge?kept=" + kept + "&merged=" + merged);
		waitFor(By.id("choice-WEBSITE-merged"));
		click(this.driver.findElement(By.id("choice-WEBSITE-merged")));
		WebElement submit = this.driver.findElement(By.cssSelector("main form button[type=submit]"));
		leavePageBy(() -> click(submit));
		waitFor(By.cssSelector(".recent-merge"));
		assertThat(this.driver.findElement(By.cssSelector(".recent-merge")).getText()).contains(
				"ESTEREL DRONES SARL " + word + " a été fusionnée dans cette organisation le", "Défaire cette fusion");
		assertThat(this.driver.findElement(By.id("contacts")).getText()).contains("Hugo Lemaire");
		assertAccessible();

		open("/organisations/merges");
		waitFor(By.cssSelector("table.merges"));
		assertThat(heading()).isEqualTo("Fusions récentes");
		assertThat(this.driver.findElement(By.cssSelector("table.merges")).getText())
			.contains("ESTEREL DRONES SARL " + word, "Estérel Drones " + word, "admin@demo.passerelle");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("organisations-merges");

		WebElement undo = this.driver.findElement(By.cssSelector("table.merges a[href$='/undo']"));
		leavePageBy(() -> click(undo));
		waitFor(By.cssSelector("main form button[type=submit]"));
		// the browser reads the no-break space before the question mark as a space
		assertThat(heading())
			.isEqualTo("Défaire la fusion de ESTEREL DRONES SARL " + word + " dans Estérel Drones " + word + " ?");
		WebElement confirm = this.driver.findElement(By.cssSelector("main form button[type=submit]"));
		assertThat(confirm.getText()).isEqualTo("Défaire la fusion");
		assertThat(this.driver.findElement(By.cssSelector("main form a.btn")).getText()).isEqualTo("Annuler");
		assertThat(this.driver.findElement(By.cssSelector("main .alert-warning")).getText())
			.contains("redeviendra une organisation distincte", "journal d’audit");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("organisations-merge-undo");

		leavePageBy(() -> click(confirm));
		waitFor(By.cssSelector(".alert-success"));
		assertThat(this.driver.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("La fusion a été défaite : les deux organisations sont de nouveau distinctes.");
		assertThat(this.driver.getCurrentUrl()).endsWith("/organisations/" + kept);
		assertThat(this.driver.findElements(By.cssSelector(".recent-merge"))).isEmpty();
		assertThat(this.driver.findElement(By.cssSelector("[aria-labelledby=identity-title]")).getText())
			.as("the website taken in the merge is gone (the history still tells of it)")
			.doesNotContain("https://esterel.example");
		assertThat(this.driver.findElement(By.id("contacts")).getText()).doesNotContain("Hugo Lemaire");
		assertThat(this.driver.findElement(By.id("history")).getText()).contains("Fusion défaite",
				"N’est plus fusionnée avec");
		assertAccessible();

		open("/organisations/" + merged);
		waitFor(By.id("contacts"));
		assertThat(this.driver.getCurrentUrl()).as("no longer a redirect").endsWith("/organisations/" + merged);
		assertThat(heading()).isEqualTo("ESTEREL DRONES SARL " + word);
		assertThat(this.driver.findElement(By.id("contacts")).getText()).contains("Hugo Lemaire");
		assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("https://esterel.example");
		assertAccessible();
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		((JavascriptExecutor) this.driver).executeScript("arguments[0].click();", element);
	}

	private static OrganisationDetails company(String name, String city, String website) {
		return new OrganisationDetails(name, OrganisationKind.COMPANY, null, null, Set.of(),
				new PublicProfile(null, null, null, city, null, website, null, Set.of()));
	}

}
