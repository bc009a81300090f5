package org.passerelle.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.passerelle.stand.StandAccepted;
import org.passerelle.stand.StandDeclined;

/**
 * Tells every company on a stand what the partnership office decided: accepted, with the
 * stand's number at each site and day and what the company pays, or declined and why. One
 * mail to each company's contact, in their account's language (French for a contact
 * without an account).
 */
@Component
class StandDecisionMail {

	private static final Logger logger = LoggerFactory.getLogger(StandDecisionMail.class);

	private final Mailbox mail;

	private final MessageSource messages;

	private final NotificationSettings settings;

	StandDecisionMail(Mailbox mail, MessageSource messages, NotificationSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(StandAccepted accepted) {
		for (StandAccepted.Payer payer : accepted.payers()) {
			send(payer.contactEmail(), "mail.stand.accepted",
					(locale) -> new Object[] { payer.contactName(), title(accepted, locale),
							"fr".equals(locale.getLanguage()) ? accepted.typeNameFr() : accepted.typeNameEn(),
							places(accepted, locale), payer.amount().format(locale), link(accepted.standId()) });
		}
		logger.info("Stand {}: acceptance mailed to its {} companies", accepted.standId(), accepted.payers().size());
	}

	@ApplicationModuleListener
	void on(StandDeclined declined) {
		for (StandAccepted.Payer recipient : declined.recipients()) {
			send(recipient.contactEmail(), "mail.stand.declined",
					(locale) -> new Object[] { recipient.contactName(),
							"fr".equals(locale.getLanguage()) ? declined.eventTitleFr() : declined.eventTitleEn(),
							declined.reason(), link(declined.standId()) });
		}
		logger.info("Stand {}: decline mailed to its {} companies", declined.standId(), declined.recipients().size());
	}

	private void send(String to, String key, java.util.function.Function<Locale, Object[]> arguments) {
		this.mail.sendAlways(to, Locale.FRENCH,
				(locale) -> new Letter(this.messages.getMessage(key + ".subject", null, locale),
						this.messages.getMessage(key + ".body", arguments.apply(locale), locale)));
	}

	private static String title(StandAccepted accepted, Locale locale) {
		return "fr".equals(locale.getLanguage()) ? accepted.eventTitleFr() : accepted.eventTitleEn();
	}

	private String places(StandAccepted accepted, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		return accepted.places()
			.stream()
			.map((place) -> this.messages.getMessage("mail.stand.place",
					new Object[] { dates.format(place.day()), place.city(), place.venue(), place.number() }, locale))
			.collect(Collectors.joining("\n"));
	}

	private String link(long standId) {
		return this.settings.baseUrl() + "/stands/" + standId;
	}

}
