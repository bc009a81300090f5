package org.passerelle.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.passerelle.account.NotificationTopic;
import org.passerelle.event.PersonPromoted;
import org.passerelle.event.PersonRegistered;
import org.passerelle.event.PersonWaitlisted;
import org.passerelle.event.RegistrationCancelled;
import org.passerelle.event.RegistrationExpired;
import org.passerelle.event.RegistrationFacts;
import org.passerelle.event.RegistrationKind;
import org.passerelle.event.RegistrationLinks;
import org.passerelle.event.RegistrationLinks.Purpose;

/**
 * Mail about a registration to an event, to the person registered, in their language: the
 * link to confirm (participants), a place on the waitlist, a place freed for them, a
 * cancellation or an expiry. Participants' mails carry their signed cancel link.
 */
@Component
class RegistrationMail {

	private static final Logger logger = LoggerFactory.getLogger(RegistrationMail.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final Mailbox mail;

	private final MessageSource messages;

	private final NotificationSettings settings;

	private final RegistrationLinks links;

	RegistrationMail(Mailbox mail, MessageSource messages, NotificationSettings settings, RegistrationLinks links) {
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(PersonRegistered event) {
		RegistrationFacts r = event.registration();
		send(r, r.awaitsEmailConfirmation() ? "mail.event.confirm" : "mail.event.registered");
	}

	@ApplicationModuleListener
	void on(PersonWaitlisted event) {
		RegistrationFacts r = event.registration();
		send(r, r.awaitsEmailConfirmation() ? "mail.event.waitlistedConfirm" : "mail.event.waitlisted");
	}

	@ApplicationModuleListener
	void on(PersonPromoted event) {
		RegistrationFacts r = event.registration();
		send(r, r.awaitsEmailConfirmation() ? "mail.event.promotedConfirm" : "mail.event.promoted");
	}

	@ApplicationModuleListener
	void on(RegistrationCancelled event) {
		send(event.registration(), "mail.event.cancelled");
	}

	@ApplicationModuleListener
	void on(RegistrationExpired event) {
		send(event.registration(), "mail.event.expired");
	}

	/**
	 * Sends the mail whose subject and body are {@code key.subject} and {@code key.body};
	 * the body takes the name, title, day and time, city, the confirm link, the cancel
	 * link (or the liaison note for employees) and the time to confirm by.
	 */
	private void send(RegistrationFacts r, String key) {
		Function<Locale, Letter> letter = (locale) -> letter(r, key, locale);
		if (key.contains("onfirm")) {
			this.mail.sendAlways(r.attendee().email(), r.attendee().language(), letter);
		}
		else {
			this.mail.send(r.attendee().email(), r.attendee().language(), letter, NotificationTopic.REGISTRATIONS);
		}
		logger.info("Event mail {} sent for registration {}", key, r.registration());
	}

	private Letter letter(RegistrationFacts r, String key, Locale locale) {
		String title = r.title().in(locale);
		String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(r.day()) + " "
				+ r.startsAt();
		String confirm = this.settings.baseUrl() + this.links.path(r.registration(), Purpose.CONFIRM);
		String cancel = (r.kind() == RegistrationKind.PARTICIPANT)
				? this.settings.baseUrl() + this.links.path(r.registration(), Purpose.CANCEL)
				: this.messages.getMessage("mail.event.askLiaison", null, locale);
		String until = (r.confirmBy() != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(locale)
			.format(r.confirmBy().atZone(PARIS)) : "";
		return new Letter(this.messages.getMessage(key + ".subject", new Object[] { title }, locale),
				this.messages.getMessage(key + ".body",
						new Object[] { r.attendee().name(), title, when, r.city(), confirm, cancel, until }, locale));
	}

}
