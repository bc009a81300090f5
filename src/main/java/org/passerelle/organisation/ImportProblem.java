package org.passerelle.organisation;

/**
 * A file that cannot be imported at all, with the message key that says why.
 */
public class ImportProblem extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public ImportProblem(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
