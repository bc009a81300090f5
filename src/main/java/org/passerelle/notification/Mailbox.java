package org.passerelle.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import org.passerelle.account.Delivery;
import org.passerelle.account.NotificationPreferences;
import org.passerelle.account.NotificationPreferences.Recipient;
import org.passerelle.account.NotificationTopic;

/**
 * Where the portal's mails go, in each recipient's language, as a plain-text and an HTML
 * part: for a topic, as each recipient chose (sent at once, kept for their daily or
 * weekly {@link Digests digest}, or not sent); addresses without an account are written
 * to at once. A person with an account reads their mail in the language of their account;
 * others in the language of the page that caused the mail (given by the caller). Called
 * from the listeners, inside the event publication: a mail that fails to go leaves the
 * publication failed, and the outbox tries again.
 */
@Component
class Mailbox {

	private static final Logger logger = LoggerFactory.getLogger(Mailbox.class);

	private static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

	static {
		// Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader for every
		// message and multipart it makes (jakartaee/mail-api#699, #861), reading the
		// service files of every jar: a sixth of a mail's processor time in the
		// registration burst (issue 13). Naming the provider (Angus Mail's, which Spring
		// Boot's mail starter brings at run time), as the API allows, skips the lookup.
		if (System.getProperty(StreamProvider.class.getName()) == null
				&& ClassUtils.isPresent(ANGUS_STREAMS, Mailbox.class.getClassLoader())) {
			System.setProperty(StreamProvider.class.getName(), ANGUS_STREAMS);
		}
	}

	private final JavaMailSender mail;

	private final NotificationPreferences preferences;

	private final JdbcClient jdbc;

	private final MailTemplates templates;

	private final NotificationSettings settings;

	private final MailServer server;

	Mailbox(JavaMailSender mail, NotificationPreferences preferences, JdbcClient jdbc, MailTemplates templates,
			NotificationSettings settings, MailServer server) {
		this.mail = mail;
		this.server = server;
		this.preferences = preferences;
		this.jdbc = jdbc;
		this.templates = templates;
		this.settings = settings;
	}

	/**
	 * Sends the letter to its recipient if they take this topic at once, keeps it for
	 * their digest if they take it so, and drops it if they do not take it.
	 * @param to the address
	 * @param fallback the language for an address without an account, or whose account's
	 * language is not known
	 * @param letter the mail in a language
	 * @param topic what it is about
	 */
	void send(String to, @Nullable Locale fallback, Function<Locale, Letter> letter, NotificationTopic topic) {
		Optional<Recipient> recipient = this.preferences.recipient(to, topic);
		Locale locale = recipient.map(Recipient::language).orElse(orFrench(fallback));
		if (recipient.isEmpty() || recipient.get().delivery() == Delivery.IMMEDIATE) {
			deliverNow(to, letter, locale);
		}
		else if (recipient.get().delivery().isDigest()) {
			keep(recipient.get(), topic, letter.apply(locale));
		}
		else {
			logger.debug("Account {} does not take {} mails", recipient.get().accountId(), topic);
		}
	}

	/**
	 * Sends a mail that carries a link to act on at once (confirming an address, choosing
	 * a password) or a decision to know at once, whatever the recipient chose.
	 */
	void sendAlways(String to, @Nullable Locale fallback, Function<Locale, Letter> letter) {
		Locale locale = this.preferences.language(to).orElse(orFrench(fallback));
		deliverNow(to, letter, locale);
	}

	/**
	 * Renders the letter and sends it, unless the mail server could not be reached a
	 * moment ago (then it fails before rendering: the outbox sends it later).
	 */
	private void deliverNow(String to, Function<Locale, Letter> letter, Locale locale) {
		this.server.send(() -> transmit(to, this.templates.letter(letter.apply(locale), locale)));
	}

	/**
	 * Sends a mail already rendered (a digest).
	 * @throws MailServer.DownException if the mail server could not be reached a moment
	 * ago
	 */
	void deliver(String to, MailTemplates.Rendered rendered) {
		this.server.send(() -> transmit(to, rendered));
	}

	private void transmit(String to, MailTemplates.Rendered rendered) {
		MimeMessage message = this.mail.createMimeMessage();
		try {
			message.setFrom(this.settings.from());
			message.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
			message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
			MimeBodyPart text = new MimeBodyPart();
			text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
			MimeBodyPart html = new MimeBodyPart();
			html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
			MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
			message.setContent(alternatives);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		this.mail.send(message);
	}

	/**
	 * The portal's own language when a mail's fallback is not known (an event kept from
	 * before).
	 */
	private static Locale orFrench(@Nullable Locale fallback) {
		return (fallback != null) ? NotificationPreferences.supported(fallback) : Locale.FRENCH;
	}

	private void keep(Recipient recipient, NotificationTopic topic, Letter letter) {
		this.jdbc.sql("""
				insert into notification_digest_entry (account_id, topic, delivery, subject, body)
				values (:account, :topic, :delivery, :subject, :body)
				""")
			.param("account", recipient.accountId())
			.param("topic", topic.name())
			.param("delivery", recipient.delivery().name())
			.param("subject", letter.subject())
			.param("body", letter.body())
			.update();
	}

}
