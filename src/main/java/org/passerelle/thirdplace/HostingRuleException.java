package org.passerelle.thirdplace;

/**
 * A hosting request, allocation or booking breaks a rule; the message key says which, in
 * the reader's language.
 */
public class HostingRuleException extends RuntimeException {

	private final String messageKey;

	public HostingRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
