package org.passerelle.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.passerelle.account.AccountUnlocked;
import org.passerelle.account.PasswordResetRequested;

/**
 * Mail about a person's access to the portal: the link to choose a new password, the news
 * that an administrator unlocked their account. In the language the person used.
 */
@Component
class AccountAccessMail {

	private static final Logger logger = LoggerFactory.getLogger(AccountAccessMail.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final NotificationSettings settings;

	AccountAccessMail(JavaMailSender mail, MessageSource messages, NotificationSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		String link = this.settings.baseUrl() + "/password/reset?token=" + event.token();
		String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(event.locale())
			.format(event.expiresAt().atZone(PARIS));
		send(event.email(), this.messages.getMessage("mail.passwordReset.subject", null, event.locale()),
				this.messages.getMessage(
						event.byAdministrator() ? "mail.passwordReset.bodyAdministrator" : "mail.passwordReset.body",
						new Object[] { event.displayName(), link, until }, event.locale()));
		logger.info("Password link sent to {}", event.email());
	}

	@ApplicationModuleListener
	void on(AccountUnlocked event) {
		send(event.email(), this.messages.getMessage("mail.unlocked.subject", null, event.locale()),
				this.messages.getMessage("mail.unlocked.body",
						new Object[] { event.displayName(), this.settings.baseUrl() + "/login" }, event.locale()));
	}

	private void send(String to, String subject, String text) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		this.mail.send(message);
	}

}
