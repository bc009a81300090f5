package org.passerelle.account;

/**
 * A password link that does not work: unknown, already used, expired, or its account
 * deactivated.
 */
public class ResetLinkInvalidException extends RuntimeException {

	public ResetLinkInvalidException() {
		super("This password link is unknown, used or expired");
	}

}
