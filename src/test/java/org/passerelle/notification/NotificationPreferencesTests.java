package org.passerelle.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.TestMailServer;
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

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
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
		send("Inscription", this.email, NotificationTopic.REGISTRATIONS);
		send("Inscription", stranger, NotificationTopic.REGISTRATIONS);
		send("Action due", this.email, NotificationTopic.ACTIONS);

		assertThat(received(stranger)).extracting(MimeMessage::getSubject).containsExactly("Inscription");
		assertThat(received(this.email)).extracting(MimeMessage::getSubject).containsExactly("Action due");
		assertThat(waiting()).isZero();
	}

	@Test
	void theLanguageIsTheAccountsOnceKnownAndASignInDoesNotUndoAChoice() {
		assertThat(this.preferences.language(this.accountId)).isEqualTo(Locale.FRENCH);
		assertThat(this.preferences.language(this.email)).isEmpty();
		this.preferences.speaks(this.accountId, Locale.ENGLISH, true);
		assertThat(this.preferences.language(this.email)).contains(Locale.ENGLISH);
		this.preferences.speaks(this.accountId, Locale.FRENCH, true);
		assertThat(this.preferences.language(this.accountId)).isEqualTo(Locale.ENGLISH);
		this.preferences.speaks(this.accountId, Locale.GERMAN, false);
		assertThat(this.preferences.language(this.accountId)).isEqualTo(Locale.FRENCH);
	}

	@Test
	void aDailyDigestGathersTheMailsKeptAndIsSentOnce() throws Exception {
		this.preferences.choose(this.accountId, Map.of(NotificationTopic.ACTIONS, Delivery.DAILY,
				NotificationTopic.HOSTING_DECISIONS, Delivery.WEEKLY));
		send("Action A due", this.email, NotificationTopic.ACTIONS);
		send("Action B due", this.email, NotificationTopic.ACTIONS);
		send("Hosting approved", this.email, NotificationTopic.HOSTING_DECISIONS);
		assertThat(waiting()).isEqualTo(3);
		assertThat(TestMailServer.mailsTo(this.email)).isEmpty();

		assertThat(this.digests.send(EnumSet.of(Delivery.DAILY))).isGreaterThanOrEqualTo(1);
		MimeMessage[] daily = received(this.email);
		assertThat(daily).hasSize(1);
		assertThat(daily[0].getSubject()).isEqualTo("Passerelle\u00A0: votre récapitulatif (2 messages)");
		assertThat(TestMailServer.text(daily[0])).contains("==== Action A due ====")
			.contains("Body of Action B due in fr")
			.doesNotContain("Hosting approved");
		assertThat(TestMailServer.html(daily[0])).contains("lang=\"fr\"")
			.contains("<h2")
			.contains("Action A due")
			.contains("<a href=\"http://localhost:8080/account/notifications\"");
		assertThat(waiting()).isEqualTo(1);

		this.digests.send(EnumSet.of(Delivery.DAILY));
		assertThat(TestMailServer.mailsTo(this.email)).hasSize(1);

		this.preferences.speaks(this.accountId, Locale.ENGLISH, false);
		this.digests.send(EnumSet.of(Delivery.DAILY, Delivery.WEEKLY));
		List<MimeMessage> both = TestMailServer.mailsTo(this.email);
		assertThat(both).hasSize(2);
		assertThat(both.get(1).getSubject()).isEqualTo("Passerelle: your digest (1 messages)");
		assertThat(TestMailServer.text(both.get(1))).contains("Hosting approved").doesNotContain("Action A due");
		assertThat(waiting()).isZero();
	}

	private long waiting() {
		return this.jdbc
			.sql("select count(*) from notification_digest_entry where account_id = :account and sent_at is null")
			.param("account", this.accountId)
			.query(Long.class)
			.single();
	}

	private void send(String subject, String to, NotificationTopic topic) {
		this.mailbox.send(to, Locale.FRENCH,
				(locale) -> new Letter(subject, "Body of " + subject + " in " + locale.getLanguage()), topic);
	}

	private static MimeMessage[] received(String address) {
		TestMailServer.firstMailTo(address);
		return TestMailServer.mailsTo(address).toArray(MimeMessage[]::new);
	}

}
