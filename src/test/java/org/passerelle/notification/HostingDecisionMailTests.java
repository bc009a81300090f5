package org.passerelle.notification;

import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.thirdplace.HostingKind;
import org.passerelle.thirdplace.HostingNeed;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SpaceKind;
import org.passerelle.thirdplace.ThirdPlaceFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact of a hosting request is told by mail, in French then in English, when it is
 * approved (where and from when) or declined (why).
 */
@PostgresTest
class HostingDecisionMailTests {

	/**
	 * One SMTP server on a free port for the whole class (the application context keeps
	 * its port).
	 */
	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@Autowired
	private HostingService hosting;

	@Autowired
	private ThirdPlaceFixtures fixtures;

	@Test
	void theContactHearsOfTheApprovalAndOfADecline() throws Exception {
		Site site = this.fixtures.site(10);
		LocalDate from = LocalDate.now().plusDays(30);
		String approvedContact = "approved-" + UUID.randomUUID() + "@example.org";
		HostingRequest request = request(site, from, approvedContact);
		this.hosting.approve(request.getId(), 0, site.getId(), this.fixtures.spaceOf(site, SpaceKind.DESKS),
				this.fixtures.staff());
		String declinedContact = "declined-" + UUID.randomUUID() + "@example.org";
		HostingRequest other = request(site, from, declinedContact);
		this.hosting.decline(other.getId(), 0, "Plus de place cet été", this.fixtures.staff());

		MimeMessage approved = mailTo(approvedContact);
		assertThat(approved.getSubject())
			.isEqualTo("Votre demande d'accueil est acceptée / Your hosting request is approved");
		assertThat(GreenMailUtil.getBody(approved)).contains("Ann Lee").contains(site.getName());
		MimeMessage declined = mailTo(declinedContact);
		assertThat(declined.getSubject())
			.isEqualTo("Votre demande d'accueil est refusée / Your hosting request is declined");
		assertThat(GreenMailUtil.getBody(declined)).contains("Plus de place");
	}

	/**
	 * The first mail to the address, once it has come (the listeners send after the
	 * commit; mail for other tests' events may come first).
	 */
	private static MimeMessage mailTo(String address) throws InterruptedException {
		for (int tries = 0; tries < 100; tries++) {
			MimeMessage[] received = mail.getReceivedMessagesForDomain(address);
			if (received.length > 0) {
				return received[0];
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no mail to " + address);
	}

	private HostingRequest request(Site site, LocalDate from, String contact) {
		return this.hosting.submit(this.fixtures.provepharm(),
				new HostingNeed(site.getId(), HostingKind.DESKS, 2, from, null, "A team", "Ann Lee", contact, null),
				this.fixtures.liaison());
	}

}
