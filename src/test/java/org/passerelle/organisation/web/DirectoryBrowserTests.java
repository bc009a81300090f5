package org.passerelle.organisation.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff search the directory, open a company and add a contact, in a real Chromium; every
 * page visited passes the accessibility check.
 */
class DirectoryBrowserTests extends BrowserTest {

	@Test
	void staffSearchOpenACompanyAndAddAContact() throws Exception {
		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("header nav a[href$='/organisations']")).click();
		waitFor(By.id("q"));
		assertThat(heading()).isEqualTo("Annuaire");
		assertAccessible();
		assertFitsPhoneWidth();

		type(By.id("q"), "universite marseille");
		this.driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		waitFor(By.linkText("Aix-Marseille Université"));
		assertThat(this.driver.getCurrentUrl()).contains("q=universite+marseille");

		type(By.id("q"), "PROVEPHARM");
		// the filters beside the text are folded (a phone's first screen shows the
		// results), and unfold on demand
		assertThat(this.driver.findElement(By.id("sector")).isDisplayed()).isFalse();
		this.driver.findElement(By.cssSelector("details.directory-filters > summary")).click();
		new Select(this.driver.findElement(By.id("sector"))).selectByValue("HEALTH_BIOTECH");
		this.driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		waitFor(By.linkText("Provepharm"));
		assertThat(this.driver.getCurrentUrl()).contains("sector=HEALTH_BIOTECH");
		assertThat(this.driver.findElements(By.cssSelector("main tbody tr"))).hasSize(1);
		// a filter in use keeps the filters unfolded
		assertThat(this.driver.findElement(By.id("sector")).isDisplayed()).isTrue();
		screenshot("organisations-list");

		this.driver.findElement(By.linkText("Provepharm")).click();
		waitFor(By.id("contacts"));
		assertThat(heading()).isEqualTo("Provepharm");
		assertThat(this.driver.findElement(By.id("activity")).getText())
			.contains("Conventions, événements et hébergement");
		assertAccessible();

		this.driver.findElement(By.linkText("Ajouter un contact")).click();
		waitFor(By.id("lastName"));
		submit();
		waitFor(By.id("error-summary"));
		assertThat(this.driver.findElement(By.id("lastName")).getAttribute("aria-describedby"))
			.isEqualTo("lastName-error");
		assertAccessible();

		type(By.id("firstName"), "Camille");
		type(By.id("lastName"), "Lefèvre");
		type(By.id("jobTitle"), "Responsable des stages");
		type(By.id("email"), "camille.lefevre@example.org");
		new Select(this.driver.findElement(By.id("purpose"))).selectByValue("INTERNSHIPS");
		submit();
		waitFor(By.cssSelector(".alert-success"));
		assertThat(this.driver.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Le contact a été ajouté.");
		assertThat(this.driver.findElement(By.id("contacts")).getText()).contains("Camille Lefèvre",
				"Responsable des stages", "camille.lefevre@example.org", "Stages et alternance");
		assertThat(this.driver.findElement(By.id("history")).getText()).contains("Contact ajouté", "par Sophie Martin")
			.doesNotContain("staff@demo.passerelle");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("organisation-page");
	}

	@Test
	void theImportAndFormPagesAreAccessible() throws Exception {
		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/organisations/import");
		waitFor(By.id("file"));
		assertAccessible();
		java.nio.file.Path csv = java.nio.file.Files.createTempFile("organisations", ".csv");
		java.nio.file.Files.writeString(csv,
				"Raison sociale;Commune;SIREN;Secteur\nAtelier Lumière;Arles;;Numérique et logiciel\n"
						+ "Chiffres Faux;Arles;562024423;Numérique et logiciel\n");
		this.driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		submit();
		waitFor(By.id("defaultKind"));
		assertThat(heading()).isEqualTo("Associer les colonnes");
		assertAccessible();
		new Select(this.driver.findElement(By.id("defaultKind"))).selectByValue("COMPANY");
		submit();
		waitFor(By.cssSelector("table.import-values"));
		assertThat(heading()).isEqualTo("Associer les valeurs");
		assertAccessible();
		submit();
		waitFor(By.id("import-rows"));
		assertThat(this.driver.findElement(By.id("import-rows")).getText())
			.contains("Ligne 3, colonne « SIREN » : « 562024423 » n'est pas un SIREN valide");
		assertThat(this.driver.findElements(By.cssSelector("form[action$='/confirm']"))).isEmpty();
		assertAccessible();
		screenshot("import-preview");
		java.nio.file.Files.delete(csv);
		open("/organisations/new");
		waitFor(By.id("name"));
		submit();
		waitFor(By.id("error-summary"));
		assertAccessible();
		screenshot("organisation-form");
		open("/organisations?q=aix");
		this.driver.findElement(By.linkText("Aix-Marseille Université")).click();
		waitFor(By.id("figures-title"));
		assertThat(this.driver.findElement(By.cssSelector(".key-figures")).getText()).contains("80");
		assertAccessible();
		screenshot("institution-page");
		// deactivating asks first, and cancelling changes nothing
		String institutionPage = this.driver.getCurrentUrl();
		this.driver.findElement(By.cssSelector("main a[href$='/deactivate']")).click();
		waitFor(By.cssSelector("main form button.btn-danger"));
		assertThat(heading()).contains("Aix-Marseille Université");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("organisation-deactivate");
		this.driver.findElement(By.cssSelector("main form a.btn-outline-secondary")).click();
		waitFor(By.id("figures-title"));
		assertThat(this.driver.getCurrentUrl()).isEqualTo(institutionPage);
	}

	/** Submits the page's main form, scrolling its button into view first. */
	private void submit() {
		WebElement button = this.driver.findElement(By.cssSelector("main form button[type=submit]"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, java.time.Duration.ofSeconds(5))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(button));
		leavePageBy(() -> ((JavascriptExecutor) this.driver).executeScript("arguments[0].click();", button));
	}

}
