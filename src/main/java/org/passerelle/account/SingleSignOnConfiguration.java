package org.passerelle.account;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in through the identity providers of {@code spring.security.oauth2.client.*}
 * (OpenID Connect), added to the portal's security configuration only when at least one
 * is registered: without any, sign-in is the e-mail and password form alone.
 */
@Configuration(proxyBeanMethods = false)
class SingleSignOnConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SingleSignOnConfiguration.class);

	/**
	 * Refusals that the sign-in page explains; any other failure gets a general message.
	 */
	private static final Set<String> EXPLAINED = Set.of(SingleSignOnRefusedException.NO_EMAIL,
			SingleSignOnRefusedException.UNVERIFIED_EMAIL, SingleSignOnRefusedException.DEACTIVATED,
			SingleSignOnRefusedException.NO_ACCOUNT, SingleSignOnRefusedException.OTHER_ORGANISATION);

	@Bean
	Customizer<HttpSecurity> singleSignOnSecurity(ObjectProvider<ClientRegistrationRepository> registrations,
			SingleSignOn singleSignOn, SignInOptions options, AuditLog audit, Optional<Clock> clock) {
		return (http) -> {
			ClientRegistrationRepository repository = registrations.getIfAvailable();
			if (repository == null) {
				return;
			}
			Clock time = clock.orElseGet(Clock::systemUTC);
			OidcUserService oidc = new OidcUserService();
			http.oauth2Login((login) -> login.loginPage("/login")
				.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
				.userInfoEndpoint((userInfo) -> userInfo
					.oidcUserService((request) -> toPasserelleUser(request, oidc.loadUser(request), singleSignOn, time))
					.userAuthoritiesMapper(SingleSignOnConfiguration::withSignInFactor))
				.failureHandler(failureHandler(audit)));
			OidcClientInitiatedLogoutSuccessHandler signOut = new OidcClientInitiatedLogoutSuccessHandler(repository);
			signOut.setPostLogoutRedirectUri("{baseUrl}/?signedOut");
			signOut.setDefaultTargetUrl("/?signedOut");
			http.logout((logout) -> logout.logoutSuccessHandler(signOut));
			if (!options.passwordSignIn()) {
				http.addFilterBefore(new PasswordSignInOff(), UsernamePasswordAuthenticationFilter.class);
			}
		};
	}

	private static OidcUser toPasserelleUser(OidcUserRequest request, OidcUser user, SingleSignOn singleSignOn,
			Clock clock) {
		Account account = singleSignOn.signIn(request.getClientRegistration().getRegistrationId(),
				user.getIdToken().getIssuer().toString(), user.getSubject(), user.getClaims());
		return new PasserelleOidcUser(account.toUser(clock.instant()), user.getIdToken(), user.getUserInfo());
	}

	/**
	 * The person's authorities and the sign-in factor, dated now (Spring Security's
	 * OpenID Connect sign-in does not add it): sensitive actions ask for a recent one.
	 */
	private static Collection<? extends GrantedAuthority> withSignInFactor(
			Collection<? extends GrantedAuthority> authorities) {
		List<GrantedAuthority> withFactor = new ArrayList<>(authorities);
		withFactor.removeIf(
				(authority) -> FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY.equals(authority.getAuthority()));
		withFactor.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		return withFactor;
	}

	private static AuthenticationFailureHandler failureHandler(AuditLog audit) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			String code = (ex instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
					: "failed";
			String detail = "single sign-on: " + code;
			String email = null;
			if (ex instanceof SingleSignOnRefusedException refused) {
				detail = refused.getRegistrationId() + ": " + code;
				email = refused.getEmail();
			}
			logger.info("Sign-in through an identity provider refused: {}", ex.getMessage());
			audit.record(AuditKind.SIGN_IN_FAILED, null, email, detail);
			String reason = EXPLAINED.contains(code) ? code : "failed";
			response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
		};
	}

	/** With the e-mail and password form turned off, its POST signs nobody in. */
	static final class PasswordSignInOff extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("POST".equals(request.getMethod())
					&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
				response.sendRedirect(request.getContextPath() + "/login");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
