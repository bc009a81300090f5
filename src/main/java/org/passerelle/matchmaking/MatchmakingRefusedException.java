package org.passerelle.matchmaking;

/**
 * A change that the matchmaking rules refuse, with the message key (and its arguments)
 * that tells the person why.
 */
public class MatchmakingRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public MatchmakingRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	MatchmakingRefusedException(RuleBreak broken) {
		this(broken.messageKey(), broken.messageArguments());
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
