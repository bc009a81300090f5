package org.passerelle.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.passerelle.account.NotificationTopic;
import org.passerelle.account.Account;
import org.passerelle.account.AccountService;
import org.passerelle.convention.ActionDueSoon;

/**
 * Reminds the person who carries a follow-up action that it is due soon (or overdue), in
 * their language, with the link to the action. A deactivated account is not written to.
 */
@Component
class ActionReminderMail {

	private static final Logger logger = LoggerFactory.getLogger(ActionReminderMail.class);

	private final Mailbox mail;

	private final AccountService accounts;

	private final MessageSource messages;

	private final NotificationSettings settings;

	ActionReminderMail(Mailbox mail, AccountService accounts, MessageSource messages, NotificationSettings settings) {
		this.mail = mail;
		this.accounts = accounts;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(ActionDueSoon event) {
		Account owner = this.accounts.get(event.ownerAccountId());
		if (!owner.isActive()) {
			logger.info("Action {} is due soon but its owner's account is deactivated", event.actionId());
			return;
		}
		this.mail.send(owner.getEmail(), Locale.FRENCH,
				(locale) -> new Letter(text("mail.actionDue.subject", event, locale),
						text("mail.actionDue.body", event, locale)),
				NotificationTopic.ACTIONS);
	}

	private String text(String key, ActionDueSoon event, Locale locale) {
		String link = this.settings.baseUrl() + "/conventions/" + event.conventionId() + "/actions/" + event.actionId();
		return this.messages.getMessage(key, new Object[] { event.what(), event.conventionTitle(),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(event.dueOn()), link },
				locale);
	}

}
