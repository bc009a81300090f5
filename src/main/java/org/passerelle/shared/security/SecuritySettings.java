package org.passerelle.shared.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sure the portal must be of who is there.
 *
 * @param adminSecondFactor whether administrators confirm their sign-in with a passkey
 * before doing anything else (a password or an identity provider, then a passkey)
 * @param recentAuthentication how recent a sign-in must be for sensitive actions
 * (password change, passkeys, role changes, deactivations, personal data erasure and
 * exports); older ones are asked to confirm who they are again
 */
@ConfigurationProperties("passerelle.security")
public record SecuritySettings(@DefaultValue("false") boolean adminSecondFactor,
		@DefaultValue("10m") Duration recentAuthentication) {

	public SecuritySettings {
		if (recentAuthentication.isNegative() || recentAuthentication.isZero()) {
			throw new IllegalArgumentException("passerelle.security.recent-authentication must be positive");
		}
	}

}
