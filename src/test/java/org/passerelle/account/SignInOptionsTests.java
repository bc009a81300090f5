package org.passerelle.account;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import org.passerelle.account.SignInOptions.Provider;
import org.passerelle.account.SingleSignOnSettings.IdentityProvider;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the sign-in page offers, and the e-mail and password form turned off.
 */
class SignInOptionsTests {

	private static final ClientRegistration AMU = ClientRegistration.withRegistrationId("amu")
		.clientId("passerelle")
		.clientName("amu-client")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
		.authorizationUri("https://idp.example.org/authorize")
		.tokenUri("https://idp.example.org/token")
		.build();

	@Test
	void withoutAnyProviderThePasswordFormStaysEvenWhenTurnedOff() {
		SignInOptions options = options(null, false);
		assertThat(options.providers()).isEmpty();
		assertThat(options.passwordSignIn()).isTrue();
	}

	@Test
	void eachProviderIsOfferedUnderItsNameAndTheFormCanBeTurnedOff() {
		SignInOptions options = options(new InMemoryClientRegistrationRepository(AMU), false);
		assertThat(options.providers()).containsExactly(new Provider("amu", "Aix-Marseille Université"));
		assertThat(options.passwordSignIn()).isFalse();
		assertThat(options(new InMemoryClientRegistrationRepository(AMU), true).passwordSignIn()).isTrue();
	}

	@Test
	void withTheFormOffItsPostSignsNobodyIn() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		new SingleSignOnConfiguration.PasswordSignInOff().doFilter(new MockHttpServletRequest("POST", "/login"),
				response, chain);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login");
		assertThat(chain.getRequest()).isNull();

		MockFilterChain pages = new MockFilterChain();
		new SingleSignOnConfiguration.PasswordSignInOff().doFilter(new MockHttpServletRequest("GET", "/login"),
				new MockHttpServletResponse(), pages);
		assertThat(pages.getRequest()).isNotNull();
	}

	@Test
	void aProviderNeverMakesAdministratorsAndAnOrganisationIsNeededForOtherRoles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IdentityProvider("X", 1L, Role.ADMIN, null, null, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IdentityProvider("X", 1L, null, "affiliation", Map.of("staff", Role.ADMIN), true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IdentityProvider("X", null, Role.STAFF, null, null, true));
		IdentityProvider university = new IdentityProvider("X", 1L, null, "affiliation", Map.of("Staff", Role.STAFF),
				true);
		assertThat(university.roleFor(SingleSignOn.values("member STAFF"))).isEqualTo(Role.STAFF);
		assertThat(university.roleFor(SingleSignOn.values("student"))).isNull();
	}

	private static SignInOptions options(@Nullable ClientRegistrationRepository registrations, boolean passwordSignIn) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (registrations != null) {
			beans.addBean("registrations", registrations);
		}
		SingleSignOnSettings settings = new SingleSignOnSettings(passwordSignIn,
				Map.of("amu", new IdentityProvider("Aix-Marseille Université", 1L, Role.STAFF, null, null, true)));
		return new SignInOptions(beans.getBeanProvider(ClientRegistrationRepository.class), settings);
	}

}
