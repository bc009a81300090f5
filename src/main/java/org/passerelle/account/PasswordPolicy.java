package org.passerelle.account;

/**
 * What a password must be: long rather than complicated (ANSSI and NIST both favour
 * length).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

}
