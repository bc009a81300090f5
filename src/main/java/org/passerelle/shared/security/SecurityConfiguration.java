package org.passerelle.shared.security;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import org.passerelle.shared.Role;
import org.passerelle.shared.web.Assets;

/**
 * Who may reach what. Pages check roles here and ownership in their services; anything
 * not listed needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Only the portal's own scripts, styles and images; no inline code. Bootstrap's CSS
	 * embeds a few SVG icons as data URIs.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

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
			ObjectProvider<ClientRegistrationRepository> identityProviders) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/password/forgot", "/password/reset", "/error", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
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
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.failureHandler(signInFailureHandler())
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"));
		headers(http, contentSecurityPolicy(signOutOrigins(identityProviders.getIfAvailable())));
		return http.build();
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

	private ExceptionMappingAuthenticationFailureHandler signInFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return handler;
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
