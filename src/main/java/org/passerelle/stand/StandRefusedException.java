package org.passerelle.stand;

/**
 * A change to a stand or a stand type that its rules refuse; the key of the message that
 * tells the person why.
 */
public class StandRefusedException extends RuntimeException {

	private final String messageKey;

	public StandRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
