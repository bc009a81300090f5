package org.passerelle.convention;

/**
 * Another convention already has this reference number.
 */
public class ReferenceTakenException extends RuntimeException {

	public ReferenceTakenException(String reference) {
		super("Another convention already has the reference " + reference);
	}

}
