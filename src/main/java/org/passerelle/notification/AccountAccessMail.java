package org.passerelle.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.passerelle.account.AccountUnlocked;
import org.passerelle.account.PasswordResetRequested;

/**
 * Mail about a person's access to the portal: the link to choose a new password, the news
 * that an administrator unlocked their account. In the language of their account, or else
 * of the page they used.
 */
@Component
class AccountAccessMail {

	private static final Logger logger = LoggerFactory.getLogger(AccountAccessMail.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final Mailbox mail;

	private final MessageSource messages;

	private final NotificationSettings settings;

	AccountAccessMail(Mailbox mail, MessageSource messages, NotificationSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		String link = this.settings.baseUrl() + "/password/reset?token=" + event.token();
		this.mail.sendAlways(event.email(), event.locale(), (locale) -> new Letter(
				this.messages.getMessage("mail.passwordReset.subject", null, locale),
				this.messages.getMessage(
						event.byAdministrator() ? "mail.passwordReset.bodyAdministrator" : "mail.passwordReset.body",
						new Object[] { event.displayName(), link,
								DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
									.withLocale(locale)
									.format(event.expiresAt().atZone(PARIS)) },
						locale)));
		logger.info("Password link sent to {}", event.email());
	}

	@ApplicationModuleListener
	void on(AccountUnlocked event) {
		this.mail.sendAlways(event.email(), event.locale(),
				(locale) -> new Letter(this.messages.getMessage("mail.unlocked.subject", null, locale),
						this.messages.getMessage("mail.unlocked.body",
								new Object[] { event.displayName(), this.settings.baseUrl() + "/login" }, locale)));
	}

}
