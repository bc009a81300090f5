package org.passerelle.organisation.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.BrowserTest;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OpenDataFile;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.PublicProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partnership office imports an extract of the SIRENE register in a real Chromium:
 * columns recognised (the SIRET too), values mapped (one chosen by hand, one left
 * unmapped), a row shown as "probably the same as" an organisation of the directory and
 * the person choosing to update it, the preview filtered to the rows with errors, the
 * valid rows imported and the others given back; every page passes the accessibility
 * check.
 */
class ImportBrowserTests extends BrowserTest {

	@Autowired
	private OrganisationDirectory directory;

	@Test
	void staffImportTheValidRowsOfARegisterExtractAndGetTheOthersBack() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		Organisation biscuits = this.directory
			.create(new OrganisationDetails("Biscuiteries " + word, OrganisationKind.COMPANY, null, null, Set.of(),
					new PublicProfile(null, null, null, "Aubagne", null, null, null, Set.of())));
		Path csv = Files.createTempFile("sirene", ".csv");
		Files.writeString(csv,
				"siren;siret;denominationUniteLegale;categorieEntreprise;libelleCommuneEtablissement;"
						+ "Région;Secteur;Site internet;codePostalEtablissement\n"
						+ row(word, "Savonnerie du Panier", "PME", "Marseille", "Région Sud", "Cosmétique",
								"https://savonnerie.example", "13002")
						+ row(word, "Chantier naval", "Très grande", "La Seyne-sur-Mer", "PACA", "Construction navale",
								"", "83500")
						+ row(word, "Biscuiterie", "ETI", "Aubagne", "Provence-Alpes-Côte d'Azur", "Agroalimentaire",
								"", "13400")
						+ row(word, "Mauvais site", "PME", "Arles", "Région Sud", "Cosmétique", "ftp://arles.example",
								"13200"));
		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/organisations/import");
		waitFor(By.id("file"));
		this.driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		press(By.cssSelector("main form button[type=submit]"));

		waitFor(By.id("defaultKind"));
		assertThat(heading()).isEqualTo("Associer les colonnes");
		assertThat(this.driver.findElement(By.cssSelector("main")).getText()).contains("4 lignes, 9 colonnes");
		assertThat(selected("fields[1]")).isEqualTo("SIRET");
		assertThat(selected("fields[2]")).isEqualTo("Nom");
		assertThat(selected("fields[4]")).isEqualTo("Ville");
		assertThat(selected("fields[8]")).as("no postcode field").isEqualTo("Laisser de côté");
		assertAccessible();
		new Select(this.driver.findElement(By.id("defaultKind"))).selectByValue("COMPANY");
		press(By.cssSelector("main form button[type=submit]"));

		waitFor(By.cssSelector("table.import-values"));
		assertThat(heading()).isEqualTo("Associer les valeurs");
		String values = this.driver.findElement(By.cssSelector("main")).getText();
		assertThat(values).contains("Taille d'entreprise", "Très grande", "Construction navale",
				"3 valeurs dans le fichier, une à choisir");
		WebElement large = this.driver
			.findElement(By.xpath("//th[normalize-space()='Très grande']/following-sibling::td//select"));
		assertThat(new Select(large).getFirstSelectedOption().getText())
			.isEqualTo("Non associée (les lignes sont en erreur)");
		new Select(large).selectByValue("LARGE");
		WebElement agrifood = this.driver
			.findElement(By.xpath("//th[normalize-space()='Agroalimentaire']/following-sibling::td//select"));
		assertThat(new Select(agrifood).getFirstSelectedOption().getText()).isEqualTo("Agriculture et agroalimentaire");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("import-values");
		press(By.cssSelector("main form button[type=submit]"));

		waitFor(By.id("import-rows"));
		assertThat(heading()).isEqualTo("Vérifier et confirmer");
		assertThat(this.driver.findElement(By.id("import-summary")).getText()).contains("2 avec des erreurs");
		assertThat(this.driver.findElements(By.cssSelector("form[action$='/confirm']"))).isEmpty();
		WebElement similar = this.driver.findElement(By.cssSelector(".import-similar"));
		assertThat(similar.getText()).contains("Probablement la même que Biscuiteries " + word,
				"Une nouvelle organisation sera créée.");
		assertThat(similar.findElement(By.linkText("Biscuiteries " + word)).getAttribute("href"))
			.endsWith("/organisations/" + biscuits.getId());
		assertAccessible();
		press(By.cssSelector(".import-similar button"));

		waitFor(By.id("import-rows"));
		assertThat(this.driver.findElement(By.cssSelector(".import-similar")).getText())
			.contains("Cette organisation sera mise à jour.", "Créer une nouvelle organisation à la place");
		assertThat(this.driver.findElement(By.id("import-summary")).getText()).contains("1 nouvelle",
				"1 à mettre à jour");
		assertAccessible();
		screenshot("import-preview-similar");
		press(By.linkText("N'afficher que les 2 lignes en erreur"));

		waitFor(By.id("import-rows"));
		String errors = this.driver.findElement(By.id("import-rows")).getText();
		assertThat(errors)
			.contains("Chantier naval " + word, "« Construction navale » ne fait pas partie des valeurs",
					"Valeurs acceptées : Aéronautique et défense", "Mauvais site " + word)
			.doesNotContain("Biscuiterie");
		assertThat(this.driver.findElements(By.cssSelector("#import-rows tbody tr"))).hasSize(2);
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("import-preview-errors");
		press(By.cssSelector("#confirm-valid button"));

		waitFor(By.id("import-done"));
		assertThat(heading()).isEqualTo("Import terminé");
		assertThat(this.driver.findElement(By.id("import-done")).getText())
			.startsWith("Import terminé : une organisation créée, une mise à jour");
		assertThat(this.driver.findElement(By.id("import-rejected")).getText())
			.contains("2 lignes ont été écartées à cause d'erreurs");
		WebElement download = this.driver.findElement(By.linkText("Télécharger les lignes écartées (CSV)"));
		Object rejected = ((JavascriptExecutor) this.driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done(String(e)));",
				download.getAttribute("href"));
		assertThat(String.valueOf(rejected)).contains("Motif du rejet", "Chantier naval " + word,
				"Mauvais site " + word, "ftp://arles.example", "n'est pas une adresse web");
		assertAccessible();
		screenshot("import-done");

		open("/organisations?q=" + word);
		waitFor(By.linkText("Biscuiterie " + word));
		assertThat(this.driver.findElements(By.linkText("Chantier naval " + word))).isEmpty();
		assertThat(this.driver.findElements(By.linkText("Biscuiteries " + word))).as("updated, not duplicated")
			.isEmpty();
		assertThat(this.directory.get(biscuits.getId()).getName()).isEqualTo("Biscuiterie " + word);
		Files.delete(csv);
	}

	private static String row(String word, String name, String size, String city, String region, String sector,
			String website, String postcode) {
		String siren = DirectoryTestData.uniqueSiren();
		return String.join(";", siren, OpenDataFile.siret(siren, "0001"), name + " " + word, size, city, region, sector,
				website, postcode) + "\n";
	}

	private String selected(String name) {
		return new Select(this.driver.findElement(By.name(name))).getFirstSelectedOption().getText();
	}

	/** Clicks what leads to the next page, once it is in view and clickable. */
	private void press(By locator) {
		WebElement target = this.driver.findElement(locator);
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
		new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(target));
		leavePageBy(() -> ((JavascriptExecutor) this.driver).executeScript("arguments[0].click();", target));
	}

}
