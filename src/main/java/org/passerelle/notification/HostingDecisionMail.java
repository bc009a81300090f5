package org.passerelle.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.passerelle.account.NotificationTopic;
import org.passerelle.thirdplace.HostingApproved;
import org.passerelle.thirdplace.HostingDeclined;

/**
 * Tells the contact a partner gave in a hosting request what the partnership office
 * decided: approved at which site from when, or declined and why. In the contact's
 * language: their account's, or else that of the page the request was made on.
 */
@Component
class HostingDecisionMail {

	private static final Logger logger = LoggerFactory.getLogger(HostingDecisionMail.class);

	private final Mailbox mail;

	private final MessageSource messages;

	private final NotificationSettings settings;

	HostingDecisionMail(Mailbox mail, MessageSource messages, NotificationSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(HostingApproved approved) {
		send(approved.contactEmail(), approved.language(), "mail.hosting.approved", approved.requestId(),
				approved.contactName(), approved.siteName(), approved.startsOn(), approved.endsOn(), null);
	}

	@ApplicationModuleListener
	void on(HostingDeclined declined) {
		send(declined.contactEmail(), declined.language(), "mail.hosting.declined", declined.requestId(),
				declined.contactName(), "", null, null, declined.reason());
	}

	private void send(String to, Locale language, String key, long requestId, String name, String site,
			@Nullable LocalDate from, @Nullable LocalDate until, @Nullable String reason) {
		this.mail.send(to, language, (locale) -> new Letter(this.messages.getMessage(key + ".subject", null, locale),
				text(key, name, site, from, until, reason, locale)), NotificationTopic.HOSTING_DECISIONS);
		logger.info("Hosting request {}: decision mailed to its contact", requestId);
	}

	private String text(String key, String name, String site, @Nullable LocalDate from, @Nullable LocalDate until,
			@Nullable String reason, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String link = this.settings.baseUrl() + "/sites/requests";
		String last = (until != null) ? dates.format(until)
				: this.messages.getMessage("hosting.openEnded", null, locale);
		return this.messages.getMessage(key + ".body", new Object[] { name, site,
				(from != null) ? dates.format(from) : "", last, (reason != null) ? reason : "", link }, locale);
	}

}
