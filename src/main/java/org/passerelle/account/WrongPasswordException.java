package org.passerelle.account;

/**
 * The current password given to confirm a change is not the account's.
 */
public class WrongPasswordException extends RuntimeException {

	public WrongPasswordException() {
		super("The current password does not match");
	}

}
