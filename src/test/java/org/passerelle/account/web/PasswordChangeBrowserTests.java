package org.passerelle.account.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.passerelle.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password change form in Chromium: every problem is shown at once, each by its
 * field, and the page with its errors passes the accessibility check.
 */
class PasswordChangeBrowserTests extends BrowserTest {

	@Test
	void everyProblemIsShownAtOnceByItsField() throws Exception {
		signIn("staff@demo.passerelle", DEMO_PASSWORD);
		open("/account/password");
		type(By.id("currentPassword"), "not my password at all");
		type(By.id("newPassword"), "Password123456");
		type(By.id("confirmation"), "something else entirely");
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.id("error-summary"));

		assertThat(this.driver.findElement(By.id("currentPassword-error")).getText())
			.isEqualTo("Ce n'est pas votre mot de passe actuel.");
		assertThat(this.driver.findElement(By.id("newPassword-error")).getText())
			.contains("fait partie des plus courants");
		assertThat(this.driver.findElement(By.id("confirmation-error")).getText()).isNotBlank();
		assertAccessible();
		assertFitsPhoneWidth();
		screenshot("password-problems");
	}

}
