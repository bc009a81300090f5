package org.passerelle.account;

/**
 * Another account already signs in with this e-mail.
 */
public class EmailAlreadyUsedException extends RuntimeException {

	public EmailAlreadyUsedException(String email) {
		super("An account already uses " + email);
	}

}
