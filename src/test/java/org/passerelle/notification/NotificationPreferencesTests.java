package org.passerelle.notification;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.account.AccountDetails;
import org.passerelle.account.AccountService;
import org.passerelle.account.Delivery;
import org.passerelle.account.NotificationPreferences;
import org.passerelle.account.NotificationTopic;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each person's choice of mail is respected: at once, kept for a daily or weekly digest
 * sent once, or not at all; an address without an account is written to at once.
 */
@PostgresTest
class NotificationPreferencesTests {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private Digests digests;

	@Autowired
	private NotificationPreferences preferences;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcClient jdbc;

	private String email;

	private long accountId;

	@BeforeEach
	void aPerson() {
		this.email = "person-" + UUID.randomUUID() + "@example.org";
		this.accountId = this.accounts
			.create(new AccountDetails(this.email, "Camille Martin", Role.ADMIN, null),
					"a long and quiet river of stones 42")
			.getId();
	}

	@Test
	void everyTopicIsSentAtOnceUntilChosenOtherwise() {
		assertThat(this.preferences.of(this.accountId)).containsOnlyKeys(NotificationTopic.values())
			.allSatisfy((topic, delivery) -> assertThat(delivery).isEqualTo(Delivery.IMMEDIATE));
		this.preferences.choose(this.accountId,
				Map.of(NotificationTopic.ACTIONS, Delivery.WEEKLY, NotificationTopic.REGISTRATIONS, Delivery.NONE));
		this.preferences.choose(this.accountId, Map.of(NotificationTopic.ACTIONS, Delivery.DAILY));
		assertThat(this.preferences.of(this.accountId)).containsEntry(NotificationTopic.ACTIONS, Delivery.DAILY)
			.containsEntry(NotificationTopic.REGISTRATIONS, Delivery.NONE)
			.containsEntry(NotificationTopic.HOSTING_DECISIONS, Delivery.IMMEDIATE);
	}

	@Test
	void aMailTakenAtOnceGoesAtOnceAndOneNotTakenNeverGoes() throws Exception {
		this.preferences.choose(this.accountId, Map.of(NotificationTopic.REGISTRATIONS, Delivery.NONE));
		String stranger = "stranger-" + UUID.randomUUID() + "@example.org";
		this.mailbox.send(message("Inscription", this.email, stranger), NotificationTopic.REGISTRATIONS);
		this.mailbox.send(message("Action due", this.email), NotificationTopic.ACTIONS);

		assertThat(received(stranger)).extracting(MimeMessage::getSubject).containsExactly("Inscription");
		assertThat(received(this.email)).extracting(MimeMessage::getSubject).containsExactly("Action due");
		assertThat(waiting()).isZero();
	}

	@Test
	void aDailyDigestGathersTheMailsKeptAndIsSentOnce() throws Exception {
		this.preferences.choose(this.accountId, Map.of(NotificationTopic.ACTIONS, Delivery.DAILY,
				NotificationTopic.HOSTING_DECISIONS, Delivery.WEEKLY));
		this.mailbox.send(message("Action A due", this.email), NotificationTopic.ACTIONS);
		this.mailbox.send(message("Action B due", this.email), NotificationTopic.ACTIONS);
		this.mailbox.send(message("Hosting approved", this.email), NotificationTopic.HOSTING_DECISIONS);
		assertThat(waiting()).isEqualTo(3);
		assertThat(mail.getReceivedMessagesForDomain(this.email)).isEmpty();

		assertThat(this.digests.send(EnumSet.of(Delivery.DAILY))).isGreaterThanOrEqualTo(1);
		MimeMessage[] daily = received(this.email);
		assertThat(daily).hasSize(1);
		assertThat(daily[0].getSubject())
			.isEqualTo("Passerelle\u00A0: votre récapitulatif (2 messages) / Passerelle: your digest (2 messages)");
		assertThat(GreenMailUtil.getBody(daily[0])).contains("Action A due")
			.contains("Action B due")
			.doesNotContain("Hosting approved");
		assertThat(waiting()).isEqualTo(1);

		this.digests.send(EnumSet.of(Delivery.DAILY));
		assertThat(mail.getReceivedMessagesForDomain(this.email)).hasSize(1);

		this.digests.send(EnumSet.of(Delivery.DAILY, Delivery.WEEKLY));
		MimeMessage[] both = mail.getReceivedMessagesForDomain(this.email);
		assertThat(both).hasSize(2);
		assertThat(GreenMailUtil.getBody(both[1])).contains("Hosting approved").doesNotContain("Action A due");
		assertThat(waiting()).isZero();
	}

	private long waiting() {
		return this.jdbc
			.sql("select count(*) from notification_digest_entry where account_id = :account and sent_at is null")
			.param("account", this.accountId)
			.query(Long.class)
			.single();
	}

	private static SimpleMailMessage message(String subject, String... to) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("passerelle@localhost");
		message.setTo(to);
		message.setSubject(subject);
		message.setText("Body of " + subject);
		return message;
	}

	private static MimeMessage[] received(String address) throws InterruptedException {
		for (int tries = 0; tries < 50; tries++) {
			MimeMessage[] received = mail.getReceivedMessagesForDomain(address);
			if (received.length > 0) {
				return received;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail to " + address);
	}

}
