package org.passerelle.stand.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared SME stand in Chromium, with an accessibility check on each page: the demo
 * liaison of Provepharm opens a shared stand at the company forum and invites HalioDx,
 * found by a search of the directory; HalioDx's liaison joins on their invitations page;
 * the staff approve it with a number at each site and day, and the plan shows it.
 */
class StandBrowserTests extends BrowserTest {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aLeadSmeOpensASharedStandASecondSmeJoinsAndStaffApprove() throws Exception {
		long forum = this.jdbc.sql("select id from event where title_fr = 'Forum Entreprises AMU'")
			.query(Long.class)
			.single();
		signIn("liaison@demo.passerelle", DEMO_PASSWORD);
		open("/events/" + forum);
		leavePageBy(() -> this.driver.findElement(By.linkText("Stands")).click());
		waitFor(By.cssSelector("main h1"));
		assertThat(heading()).isEqualTo("Stands — Forum Entreprises AMU");
		// Chromium reads the no-break space before € as a space
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("600,00 €");
		assertAccessible();
		leavePageBy(() -> this.driver.findElement(By.linkText("Demander un stand")).click());
		waitFor(By.cssSelector("main h1"));
		assertThat(heading()).isEqualTo("Demander un stand");
		this.driver.findElement(By.xpath("//label[contains(., 'Stand standard (2 jours)')]")).click();
		this.driver.findElement(By.xpath("//label[contains(., 'stand PME partagé')]")).click();
		assertAccessible();
		leavePageBy(() -> this.driver.findElement(By.cssSelector("main form button[type=submit]")).click());
		waitFor(By.cssSelector("main .alert-success"));
		assertThat(heading()).isEqualTo("Stand standard (2 jours) de Provepharm");
		String standPage = this.driver.getCurrentUrl().replaceAll("\\?.*", "");
		String standPath = standPage.substring(standPage.indexOf("/stands/"));

		type(By.id("q"), "haliodx");
		leavePageBy(() -> this.driver.findElement(By.xpath("//button[normalize-space()='Rechercher']")).click());
		waitFor(By.cssSelector("main [role=status]"));
		// HalioDx and the demo's near-duplicate of it (HALIODX S.A.S., waiting for a
		// merge)
		assertThat(this.driver.findElement(By.cssSelector("main [role=status]")).getText()).isEqualTo("2 trouvée(s)");
		assertAccessible();
		leavePageBy(() -> this.driver.findElement(By.cssSelector("button[aria-label='Inviter HalioDx']")).click());
		waitFor(By.cssSelector("main .alert-success"));
		assertThat(rowOf("HalioDx")).contains("Invitée");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("stand-invited");
		signOut();

		signIn("liaison2@demo.passerelle", DEMO_PASSWORD);
		open("/stands/invitations");
		assertThat(heading()).isEqualTo("Stands et invitations de mon entreprise");
		assertAccessible();
		List<WebElement> invitations = this.driver.findElements(By.cssSelector("main article"));
		assertThat(invitations).hasSize(1);
		assertThat(invitations.get(0).getText()).contains("Forum Entreprises AMU")
			.contains("Provepharm invite votre entreprise à partager son stand");
		leavePageBy(() -> invitations.get(0)
			.findElement(By.xpath(".//button[normalize-space()='Rejoindre le stand']"))
			.click());
		waitFor(By.cssSelector("main .alert-success"));
		assertThat(this.driver.findElement(By.cssSelector("main .alert-success")).getText())
			.isEqualTo("Votre entreprise a rejoint le stand.");
		assertThat(rowOf("Provepharm")).contains("Chef de file").contains("300,00 €");
		assertThat(rowOf("HalioDx")).contains("A rejoint").contains("300,00 €");
		assertAccessible();
		signOut();

		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open(standPath);
		assertThat(this.driver.findElement(By.tagName("main")).getText())
			.contains("Approuver accepte le partage et la délégation donnée à Provepharm");
		assertAccessible();
		List<WebElement> numbers = this.driver.findElements(By.cssSelector("input[name^='numbers[']"));
		assertThat(numbers).hasSize(2);
		for (int i = 0; i < numbers.size(); i++) {
			numbers.get(i).sendKeys("J" + (i + 7));
		}
		leavePageBy(() -> this.driver.findElement(By.xpath("//button[normalize-space()='Approuver le stand partagé']"))
			.click());
		waitFor(By.cssSelector("main .alert-success"));
		assertThat(this.driver.findElement(By.cssSelector("main .badge")).getText()).isEqualTo("Accepté");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("J7").contains("J8");
		assertAccessible();
		screenshot("stand-approved");

		open("/events/" + forum + "/stands/plan");
		assertThat(heading()).isEqualTo("Plan des stands");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Provepharm, HalioDx");
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("stand-plan");
	}

	private String rowOf(String company) {
		return this.driver.findElement(By.xpath("//table[@id='who-pays']//tr[th[normalize-space()='" + company + "']]"))
			.getText();
	}

}
