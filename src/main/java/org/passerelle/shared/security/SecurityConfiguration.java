package org.passerelle.shared.security;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import org.passerelle.shared.Role;
import org.passerelle.shared.web.Assets;

/**
 * Who may reach what. Pages check roles here and ownership in their services; anything
 * not listed needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfiguration {

	/** Where people confirm who they are before a sensitive action. */
	static final String CONFIRM_PAGE = "/account/confirm";

	/**
	 * Sensitive actions, asked for with a recent sign-in ({@link SecuritySettings}): the
	 * password and passkeys, accounts (roles among them), deactivations, and the personal
	 * data of contacts (erasure, export, the directory's export), merging two
	 * organisations and undoing a merge. The pages of their forms are listed too, so that
	 * the confirmation comes before anything is typed.
	 */
	static final String[] RECENT_SIGN_IN = { "/account/password", "/account/passkeys", "/account/passkeys/**",
			"/webauthn/register", "/webauthn/register/**", "/admin/users/new", "/admin/users/*",
			"/admin/users/*/deactivate", "/admin/users/*/reactivate", "/admin/users/*/password-link",
			"/organisations/*/deactivate", "/organisations/*/reactivate", "/organisations/*/contacts/*/erase",
			"/organisations/*/contacts/*/export", "/organisations/export.csv", "/conventions/*/delete",
			"/conventions/*/documents/*/delete", "/conventions/*/axes/*/delete", "/events/*/sessions/*/delete",
			"/admin/pillars/*/delete", "/organisations/merge", "/organisations/merges/*/undo" };

	/** The sensitive actions that only administrators and staff reach. */
	private static final Set<String> MANAGERS_ONLY = Set.of("/conventions/*/delete",
			"/conventions/*/documents/*/delete", "/conventions/*/axes/*/delete");

	/**
	 * Only the portal's own scripts, styles and images; no inline code. Bootstrap's CSS
	 * embeds a few SVG icons as data URIs.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * No observations of the security filters, sign-ins and access decisions: the portal
	 * exposes no metrics or traces, and each filter of every request, assets included,
	 * was wrapped and timed for nothing (issue 13's profile).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's strict firewall with its default rules; only the check of header
	 * names and values is done without a regular expression ({@link HeaderCharacters}).
	 */
	@Bean
	static HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
		firewall.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
		return firewall;
	}

	/**
	 * Assets are answered with the security headers and nothing else: no session is read
	 * (a signed-in person's cookie would otherwise cost a read and a write of the session
	 * in PostgreSQL per asset), no CSRF token, no saved request, no anonymous user.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain assetsFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(Assets.PATTERNS)
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.disable())
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.disable());
		headers(http, CONTENT_SECURITY_POLICY);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			ObjectProvider<ClientRegistrationRepository> identityProviders, SecuritySettings settings,
			UserDetailsService users, WebAuthnRelyingPartyOperations relyingParty,
			ObjectProvider<AuthenticationEventPublisher> authenticationEvents) throws Exception {
		AuthorizationManager<RequestAuthorizationContext> adminRecently = new RecentSignIn(
				AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()), settings.recentAuthentication());
		AuthorizationManager<RequestAuthorizationContext> managerRecently = new RecentSignIn(
				AuthorityAuthorizationManager.hasAnyRole(Role.ADMIN.name(), Role.STAFF.name()),
				settings.recentAuthentication());
		AuthorizationManager<RequestAuthorizationContext> signedInRecently = new RecentSignIn(
				AuthenticatedAuthorizationManager.authenticated(), settings.recentAuthentication());
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/password/forgot", "/password/reset", "/error", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			.requestMatchers(sensitive((path) -> path.startsWith("/admin/")))
			.access(adminRecently)
			.requestMatchers(sensitive(MANAGERS_ONLY::contains))
			.access(managerRecently)
			.requestMatchers(sensitive((path) -> !path.startsWith("/admin/") && !MANAGERS_ONLY.contains(path)))
			.access(signedInRecently)
			// events: published events and the participants' registration are public
			// (EventPermissions decides the rest)
			.requestMatchers(HttpMethod.GET, "/events", "/events.ics", "/events/*")
			.permitAll()
			.requestMatchers("/events/*/sessions/*/register", "/events/registrations/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/conventions/new", "/conventions/*/edit", "/conventions/*/edit/**",
					"/conventions/*/axes/**", "/conventions/*/actions/*/edit", "/conventions/*/status",
					"/conventions/*/renew", "/conventions/*/delete", "/conventions/*/documents/*/delete")
			.hasAnyRole(Role.ADMIN.name(), Role.STAFF.name())
			.anyRequest()
			.authenticated());
		http.csrf((csrf) -> csrf.csrfTokenRepository(new CsrfCookie()));
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.failureHandler(signInFailureHandler())
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"));
		// passkeys: Spring Security's endpoints (/webauthn/register/options,
		// /webauthn/register,
		// /webauthn/authenticate/options, /login/webauthn) with the portal's own pages,
		// and
		// the portal's rules for who may sign in (PasskeyAuthenticationProvider)
		ProviderManager passkeySignIn = new ProviderManager(new PasskeyAuthenticationProvider(relyingParty, users));
		authenticationEvents.ifAvailable(passkeySignIn::setAuthenticationEventPublisher);
		http.webAuthn((passkeys) -> passkeys.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationManager(passkeySignIn);
					return filter;
				}
			}));
		http.exceptionHandling((exceptions) -> {
			for (String factor : RecentSignIn.FACTORS) {
				exceptions.defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint(CONFIRM_PAGE),
						factor);
			}
		});
		if (settings.adminSecondFactor()) {
			http.addFilterBefore(new AdminSecondFactorFilter(new HttpSessionRequestCache()), AuthorizationFilter.class);
		}
		headers(http, contentSecurityPolicy(signOutOrigins(identityProviders.getIfAvailable())));
		return http.build();
	}

	private static String[] sensitive(Predicate<String> which) {
		return Arrays.stream(RECENT_SIGN_IN).filter(which).toArray(String[]::new);
	}

	private static void headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
	}

	/**
	 * The policy, letting the sign-out form continue to the identity providers' own
	 * sign-out pages (form-action also governs where a form's redirects may go).
	 */
	static String contentSecurityPolicy(Collection<String> signOutOrigins) {
		if (signOutOrigins.isEmpty()) {
			return CONTENT_SECURITY_POLICY;
		}
		return CONTENT_SECURITY_POLICY.replace("form-action 'self'",
				"form-action 'self' " + String.join(" ", signOutOrigins));
	}

	/**
	 * The origins of the registered identity providers' RP-initiated logout endpoints
	 * (OpenID Connect {@code end_session_endpoint}).
	 */
	private static Set<String> signOutOrigins(@Nullable ClientRegistrationRepository registrations) {
		Set<String> origins = new TreeSet<>();
		if (registrations instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration) {
					Object endpoint = registration.getProviderDetails()
						.getConfigurationMetadata()
						.get("end_session_endpoint");
					if (endpoint != null) {
						URI uri = URI.create(endpoint.toString());
						origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
					}
				}
			}
		}
		return origins;
	}

	/**
	 * Back to the sign-in page with the reason, or to the confirmation page when the
	 * password was typed there.
	 */
	private AuthenticationFailureHandler signInFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler signIn = new ExceptionMappingAuthenticationFailureHandler();
		signIn.setDefaultFailureUrl("/login?error");
		signIn.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		ExceptionMappingAuthenticationFailureHandler confirm = new ExceptionMappingAuthenticationFailureHandler();
		confirm.setDefaultFailureUrl(CONFIRM_PAGE + "?error");
		confirm.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return (request, response, exception) -> {
			if (request.getParameter("confirm") != null) {
				confirm.onAuthenticationFailure(request, response, exception);
			}
			else {
				signIn.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	/** The id of the current password hashing in stored hashes. */
	static final String CURRENT_HASH = "pbkdf2-sha256-600000";

	/**
	 * New passwords are hashed with PBKDF2-HMAC-SHA256, 600,000 iterations and a 16-byte
	 * random salt (OWASP's figure since 2023; no length limit, unlike bcrypt's 72 bytes;
	 * no cryptography library beyond the JDK, unlike Argon2id, which needs Bouncy
	 * Castle). Stored hashes carry their algorithm, so older ones (Spring Security 5.8's
	 * PBKDF2 with 310,000 iterations, bcrypt) keep working and are hashed again with the
	 * current parameters at the person's next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Pbkdf2PasswordEncoder current = new Pbkdf2PasswordEncoder("", 16, 600_000,
				Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
		return new DelegatingPasswordEncoder(CURRENT_HASH, Map.of(CURRENT_HASH, current, "pbkdf2@SpringSecurity_v5_8",
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
