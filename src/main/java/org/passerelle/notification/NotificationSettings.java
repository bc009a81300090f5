package org.passerelle.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail settings.
 *
 * @param from the sender of the portal's mail
 * @param baseUrl the portal's address, for links in mail
 * @param mailServerPause how long mails are not tried after one could not reach the mail
 * server ({@link MailServer}): they wait in the outbox
 */
@ConfigurationProperties("passerelle.notification")
public record NotificationSettings(@DefaultValue("passerelle@localhost") String from,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("30s") Duration mailServerPause) {

	public NotificationSettings {
		if (mailServerPause.isNegative()) {
			throw new IllegalArgumentException("passerelle.notification.mail-server-pause must not be negative");
		}
	}

}
