package org.passerelle.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * "Forgot password" links.
 *
 * @param validity how long a link works (once)
 * @param perAddress requests for one address within {@code window} that send a link; the
 * others are answered the same but send nothing
 * @param perClient requests from one client (IP address) within {@code window} that are
 * taken into account
 * @param window the period the two limits count over
 */
@ConfigurationProperties("passerelle.account.password-reset")
public record PasswordResetSettings(@DefaultValue("30m") Duration validity, @DefaultValue("3") int perAddress,
		@DefaultValue("10") int perClient, @DefaultValue("1h") Duration window) {

}
