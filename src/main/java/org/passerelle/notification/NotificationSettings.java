package org.passerelle.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail settings.
 *
 * @param from the sender of the portal's mail
 * @param baseUrl the portal's address, for links in mail
 */
@ConfigurationProperties("passerelle.notification")
public record NotificationSettings(@DefaultValue("passerelle@localhost") String from,
		@DefaultValue("http://localhost:8080") String baseUrl) {

}
