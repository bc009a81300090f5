package org.passerelle.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the mail outbox tries again the mails that could not be sent.
 *
 * @param retryEvery how often the outbox looks for mails to try again
 * @param firstRetry how long after start-up it looks for the first time
 * @param retryAfter how long after failing a mail is tried again (administrators see it
 * as "not sent" on their home page after that time)
 */
@ConfigurationProperties("passerelle.notification.outbox")
public record MailOutboxSettings(@DefaultValue("10m") Duration retryEvery, @DefaultValue("2m") Duration firstRetry,
		@DefaultValue("5m") Duration retryAfter) {

	public MailOutboxSettings {
		if (retryEvery.isNegative() || retryEvery.isZero() || firstRetry.isNegative() || retryAfter.isNegative()) {
			throw new IllegalArgumentException(
					"passerelle.notification.outbox: retry-every must be positive, first-retry and retry-after not negative");
		}
	}

}
