package org.passerelle.event;

/**
 * A change that the event's rules refuse, with the message key that tells the person why
 * (for instance {@code event.refused.registrationClosed}).
 */
public class EventRefusedException extends RuntimeException {

	private final String messageKey;

	public EventRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
