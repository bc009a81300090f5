package org.passerelle.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.passerelle.account.NotificationTopic;
import org.passerelle.account.AccountService;
import org.passerelle.convention.ConventionEndingSoon;

/**
 * Tells the owning office — the active staff of the institution that owns the convention
 * — that a convention's end, or its last day to give notice, is near. One mail to each,
 * in their language.
 */
@Component
class RenewalNotice {

	private static final Logger logger = LoggerFactory.getLogger(RenewalNotice.class);

	private final Mailbox mail;

	private final AccountService accounts;

	private final MessageSource messages;

	private final NotificationSettings settings;

	RenewalNotice(Mailbox mail, AccountService accounts, MessageSource messages, NotificationSettings settings) {
		this.mail = mail;
		this.accounts = accounts;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(ConventionEndingSoon event) {
		List<String> office = this.accounts.activeStaffEmails(event.ownerOrganisationId());
		if (office.isEmpty()) {
			logger.warn("Convention {} ends soon but its office (organisation {}) has no active staff to tell",
					event.conventionId(), event.ownerOrganisationId());
			return;
		}
		String body = event.tacitRenewal() ? "mail.renewal.bodyNotice" : "mail.renewal.bodyEnd";
		for (String to : office) {
			this.mail.send(to, Locale.FRENCH,
					(locale) -> new Letter(text("mail.renewal.subject", event, locale), text(body, event, locale)),
					NotificationTopic.CONVENTIONS_ENDING);
		}
		logger.info("Renewal notice for convention {} sent to {} people", event.conventionId(), office.size());
	}

	private String text(String key, ConventionEndingSoon event, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String link = this.settings.baseUrl() + "/conventions/" + event.conventionId();
		return this.messages.getMessage(key, new Object[] { event.title(), event.reference(),
				dates.format(event.watchOn()), (event.endsOn() != null) ? dates.format(event.endsOn()) : "", link },
				locale);
	}

}
