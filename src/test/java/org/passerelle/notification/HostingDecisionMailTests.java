package org.passerelle.notification;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.TestMailServer;
import org.passerelle.thirdplace.HostingKind;
import org.passerelle.thirdplace.HostingNeed;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SpaceKind;
import org.passerelle.thirdplace.ThirdPlaceFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact of a hosting request is told by mail, in the language of the page the
 * request was made on (they have no account), when it is approved (where and from when)
 * or declined (why).
 */
@PostgresTest
class HostingDecisionMailTests {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	private HostingService hosting;

	@Autowired
	private ThirdPlaceFixtures fixtures;

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theContactHearsOfTheApprovalAndOfADeclineInTheLanguageOfTheRequest() throws Exception {
		Site site = this.fixtures.site(10);
		LocalDate from = LocalDate.now().plusDays(30);
		String approvedContact = "approved-" + UUID.randomUUID() + "@example.org";
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		HostingRequest request = request(site, from, approvedContact);
		this.hosting.approve(request.getId(), 0, site.getId(), this.fixtures.spaceOf(site, SpaceKind.DESKS),
				this.fixtures.staff());
		String declinedContact = "declined-" + UUID.randomUUID() + "@example.org";
		LocaleContextHolder.setLocale(Locale.FRENCH);
		HostingRequest other = request(site, from, declinedContact);
		this.hosting.decline(other.getId(), 0, "Plus de place cet été", this.fixtures.staff());

		MimeMessage approved = TestMailServer.onlyMailTo(approvedContact);
		assertThat(approved.getSubject()).isEqualTo("Your hosting request is approved");
		assertThat(TestMailServer.text(approved)).contains("Hello Ann Lee").contains(site.getName());
		assertThat(TestMailServer.html(approved)).contains("lang=\"en\"")
			.contains("<h1")
			.contains("Ann Lee")
			.contains("<a href=\"http://localhost:8080/sites/requests\"");
		MimeMessage declined = TestMailServer.onlyMailTo(declinedContact);
		assertThat(declined.getSubject()).isEqualTo("Votre demande d'accueil est refusée");
		assertThat(TestMailServer.text(declined)).contains("Plus de place").doesNotContain("Hello");
		assertThat(TestMailServer.html(declined)).contains("lang=\"fr\"").contains("Plus de place");
	}

	private HostingRequest request(Site site, LocalDate from, String contact) {
		return this.hosting.submit(this.fixtures.provepharm(),
				new HostingNeed(site.getId(), HostingKind.DESKS, 2, from, null, "A team", "Ann Lee", contact, null),
				this.fixtures.liaison());
	}

}
