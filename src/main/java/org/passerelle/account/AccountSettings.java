package org.passerelle.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules and the first administrator of a new installation.
 *
 * @param maxFailedSignIns failed sign-ins in a row before an account is locked
 * @param lockDuration how long a locked account stays locked
 * @param initialAdmin the administrator created at start-up when none exists yet
 */
@ConfigurationProperties("passerelle.account")
public record AccountSettings(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue InitialAdmin initialAdmin) {

	/**
	 * Set {@code PASSERELLE_ACCOUNT_INITIAL_ADMIN_EMAIL} and
	 * {@code PASSERELLE_ACCOUNT_INITIAL_ADMIN_PASSWORD} to create the first
	 * administrator.
	 *
	 * @param email the administrator's e-mail, or nothing
	 * @param password the administrator's password (12 characters at least)
	 * @param name the administrator's name as shown in the portal
	 */
	public record InitialAdmin(@Nullable String email, @Nullable String password,
			@DefaultValue("Administrator") String name) {

	}

}
