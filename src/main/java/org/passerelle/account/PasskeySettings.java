package org.passerelle.account;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkeys (WebAuthn): the relying party that browsers and authenticators see.
 *
 * @param rpId the relying party id: the portal's host name, such as
 * {@code passerelle.example.org} (a passkey works on that host and its subdomains)
 * @param rpName the name authenticators show beside the passkey
 * @param allowedOrigins the origins the portal is reached at, such as
 * {@code https://passerelle.example.org}; when none is given, only the portal's own local
 * address ({@code http://localhost:<port>}), for development
 */
@ConfigurationProperties("passerelle.account.passkeys")
public record PasskeySettings(@DefaultValue("localhost") String rpId, @DefaultValue("Passerelle") String rpName,
		@Nullable Set<String> allowedOrigins) {

	public PasskeySettings {
		allowedOrigins = (allowedOrigins != null) ? new LinkedHashSet<>(allowedOrigins) : Set.of();
	}

	@Override
	public Set<String> allowedOrigins() {
		return (this.allowedOrigins != null) ? this.allowedOrigins : Set.of();
	}

}
