package org.passerelle.shared.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import org.passerelle.shared.Role;

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

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/password/forgot", "/password/reset", "/error", "/webjars/**", "/css/**",
					"/images/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
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
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	private ExceptionMappingAuthenticationFailureHandler signInFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return handler;
	}

	/**
	 * New passwords are hashed with PBKDF2 (no length limit, unlike bcrypt's 72 bytes);
	 * stored hashes carry their algorithm, so older ones keep working.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
		return new DelegatingPasswordEncoder(pbkdf2, Map.of(pbkdf2,
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
