package org.passerelle.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import org.passerelle.account.NotificationPreferences;
import org.passerelle.account.NotificationPreferences.Recipient;
import org.passerelle.account.NotificationTopic;

/**
 * Where the portal's mails about a topic go, as each recipient chose: sent at once, kept
 * for their daily or weekly {@link Digests digest}, or not sent. Addresses without an
 * account are written to at once. Called from the listeners, inside the event
 * publication: a mail that fails to go leaves the publication failed, and the outbox
 * tries again.
 */
@Component
class Mailbox {

	private static final Logger logger = LoggerFactory.getLogger(Mailbox.class);

	private final JavaMailSender mail;

	private final NotificationPreferences preferences;

	private final JdbcClient jdbc;

	Mailbox(JavaMailSender mail, NotificationPreferences preferences, JdbcClient jdbc) {
		this.mail = mail;
		this.preferences = preferences;
		this.jdbc = jdbc;
	}

	/**
	 * Sends the message to those of its recipients who take this topic at once, keeps it
	 * for those who take it in a digest, and drops it for those who do not take it.
	 */
	void send(SimpleMailMessage message, NotificationTopic topic) {
		List<String> now = new ArrayList<>();
		for (String to : Optional.ofNullable(message.getTo()).orElse(new String[0])) {
			Optional<Recipient> recipient = this.preferences.recipient(to, topic);
			if (recipient.isEmpty() || recipient.get().delivery() == org.passerelle.account.Delivery.IMMEDIATE) {
				now.add(to);
			}
			else if (recipient.get().delivery().isDigest()) {
				keep(recipient.get(), topic, message);
			}
			else {
				logger.debug("Account {} does not take {} mails", recipient.get().accountId(), topic);
			}
		}
		if (!now.isEmpty()) {
			SimpleMailMessage copy = new SimpleMailMessage(message);
			copy.setTo(now.toArray(String[]::new));
			this.mail.send(copy);
		}
	}

	/**
	 * Sends a mail that carries a link to act on at once (confirming an address),
	 * whatever the recipients chose.
	 */
	void sendAlways(SimpleMailMessage message) {
		this.mail.send(message);
	}

	private void keep(Recipient recipient, NotificationTopic topic, SimpleMailMessage message) {
		this.jdbc.sql("""
				insert into notification_digest_entry (account_id, topic, delivery, subject, body)
				values (:account, :topic, :delivery, :subject, :body)
				""")
			.param("account", recipient.accountId())
			.param("topic", topic.name())
			.param("delivery", recipient.delivery().name())
			.param("subject", Optional.ofNullable(message.getSubject()).orElse(""))
			.param("body", Optional.ofNullable(message.getText()).orElse(""))
			.update();
	}

}
