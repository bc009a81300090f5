package org.passerelle.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

import org.passerelle.account.SingleSignOnSettings.IdentityProvider;

/**
 * How people may sign in: the identity providers in configuration, and whether the e-mail
 * and password form stays on.
 */
@Component
public class SignInOptions {

	private final List<Provider> providers;

	private final boolean passwordSignIn;

	SignInOptions(ObjectProvider<ClientRegistrationRepository> registrations, SingleSignOnSettings settings) {
		List<Provider> found = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration) {
					IdentityProvider provider = settings.provider(registration.getRegistrationId());
					String name = (provider != null && provider.displayName() != null) ? provider.displayName()
							: registration.getClientName();
					found.add(new Provider(registration.getRegistrationId(), name));
				}
			}
		}
		this.providers = List.copyOf(found);
		this.passwordSignIn = settings.passwordSignIn() || this.providers.isEmpty();
	}

	/** The identity providers people may sign in with, in configuration order. */
	public List<Provider> providers() {
		return this.providers;
	}

	/**
	 * Whether the e-mail and password form is on: always when no identity provider is
	 * registered.
	 */
	public boolean passwordSignIn() {
		return this.passwordSignIn;
	}

	/**
	 * An identity provider on the sign-in page.
	 *
	 * @param registrationId its Spring Security registration id (the path
	 * {@code /oauth2/authorization/<id>} starts its sign-in)
	 * @param displayName its name on the button
	 */
	public record Provider(String registrationId, String displayName) {

	}

}
