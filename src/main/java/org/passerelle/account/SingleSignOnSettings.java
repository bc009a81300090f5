package org.passerelle.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.passerelle.shared.Role;

/**
 * Sign-in through identity providers (OpenID Connect). Each provider is a Spring Security
 * client registration ({@code spring.security.oauth2.client.registration.<id>.*}) and,
 * under the same id, what Passerelle makes of the people it signs in.
 *
 * @param passwordSignIn whether the e-mail and password form stays on the sign-in page
 * (it always does when no identity provider is registered)
 * @param identityProviders the providers, by registration id
 */
@ConfigurationProperties("passerelle.account")
public record SingleSignOnSettings(@DefaultValue("true") boolean passwordSignIn,
		@Nullable Map<String, IdentityProvider> identityProviders) {

	public SingleSignOnSettings {
		identityProviders = (identityProviders != null) ? new LinkedHashMap<>(identityProviders) : Map.of();
	}

	@Override
	public Map<String, IdentityProvider> identityProviders() {
		return (this.identityProviders != null) ? this.identityProviders : Map.of();
	}

	/** The provider of a registration id, or {@code null} when it has no settings. */
	@Nullable public IdentityProvider provider(String registrationId) {
		return identityProviders().get(registrationId);
	}

	/**
	 * What Passerelle makes of the people an identity provider signs in.
	 *
	 * @param displayName the name on the "Sign in with …" button, such as "Aix-Marseille
	 * Université"
	 * @param organisationId the institution or partner organisation the provider belongs
	 * to: accounts created on first sign-in belong to it
	 * @param role the role of accounts created on first sign-in when no claim says
	 * otherwise (LIAISON for a company's provider), or nothing
	 * @param roleClaim the claim whose values give the role, such as
	 * {@code eduperson_affiliation}, or nothing
	 * @param roles claim value (any case) to role, such as {@code staff → STAFF}
	 * @param createAccounts whether a first sign-in without an account with the same
	 * verified e-mail creates one
	 */
	public record IdentityProvider(@Nullable String displayName, @Nullable Long organisationId, @Nullable Role role,
			@Nullable String roleClaim, @Nullable Map<String, Role> roles,
			@DefaultValue("true") boolean createAccounts) {

		public IdentityProvider {
			roles = (roles != null) ? lowerCaseKeys(roles) : Map.of();
			if (role == Role.ADMIN || roles.containsValue(Role.ADMIN)) {
				throw new IllegalArgumentException(
						"An identity provider never makes administrators: give the ADMIN role in the portal");
			}
			if ((role != null || !roles.isEmpty()) && organisationId == null) {
				throw new IllegalArgumentException(
						"An identity provider that creates staff or liaison accounts needs an organisation-id");
			}
		}

		/** The role that claim values give, or {@code null} when none does. */
		@Nullable public Role roleFor(Iterable<String> claimValues) {
			for (String value : claimValues) {
				Role mapped = rolesOrEmpty().get(value.strip().toLowerCase(Locale.ROOT));
				if (mapped != null) {
					return mapped;
				}
			}
			return this.role;
		}

		private Map<String, Role> rolesOrEmpty() {
			return (this.roles != null) ? this.roles : Map.of();
		}

		private static Map<String, Role> lowerCaseKeys(Map<String, Role> roles) {
			Map<String, Role> lower = new LinkedHashMap<>();
			roles.forEach((value, role) -> lower.put(value.strip().toLowerCase(Locale.ROOT), role));
			return Map.copyOf(lower);
		}

	}

}
