package org.passerelle.account;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys in PostgreSQL (Spring Security's JDBC repositories, tables from V18) and the
 * relying party that checks them (webauthn4j), for the configured host and origins.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	JdbcPublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	Passkeys passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users, AuditLog audit,
			AccountRepository accounts) {
		return new Passkeys(new JdbcUserCredentialRepository(jdbc), users, audit, accounts);
	}

	@Bean
	PasskeyOrigins passkeyOrigins(PasskeySettings settings) {
		return new PasskeyOrigins(settings.allowedOrigins());
	}

	@Bean
	Webauthn4JRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, PasskeySettings settings, PasskeyOrigins origins) {
		return new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build(),
				origins.origins());
	}

	/**
	 * The origins passkeys are accepted from. Without configured ones, the portal's own
	 * local address once its port is known (development, tests on a random port).
	 */
	static final class PasskeyOrigins {

		private final boolean configured;

		private final Set<String> origins;

		PasskeyOrigins(Set<String> configured) {
			this.configured = !configured.isEmpty();
			this.origins = new CopyOnWriteArraySet<>(configured);
		}

		Set<String> origins() {
			return this.origins;
		}

		@EventListener
		void onStarted(WebServerInitializedEvent event) {
			if (!this.configured) {
				this.origins.add("http://localhost:" + event.getWebServer().getPort());
			}
		}

	}

}
