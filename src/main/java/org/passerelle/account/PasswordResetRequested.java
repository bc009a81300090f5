package org.passerelle.account;

import java.time.Instant;
import java.util.Locale;

/**
 * Someone asked for a link to choose a new password (themselves, from the sign-in page,
 * or an administrator for them): the notification module mails it.
 *
 * @param email where to send the link
 * @param displayName the person's name
 * @param token the link's secret (only its hash is stored)
 * @param expiresAt when the link stops working
 * @param locale the language of the mail
 * @param byAdministrator whether an administrator asked for it
 */
public record PasswordResetRequested(String email, String displayName, String token, Instant expiresAt, Locale locale,
		boolean byAdministrator) {

	@Override
	public String toString() {
		return "PasswordResetRequested[email=" + this.email + ", expiresAt=" + this.expiresAt + "]";
	}

}
