package org.passerelle.convention;

import java.io.Serializable;
import java.util.List;

/**
 * Something that keeps a convention from a change, told in the user's words: a message
 * key and its arguments. Serializable: it travels in a flash message, kept in the HTTP
 * session.
 *
 * @param code the message key
 * @param arguments the message's arguments
 */
public record Problem(String code, List<Object> arguments) implements Serializable {

	public static Problem of(String code, Object... arguments) {
		return new Problem(code, List.of(arguments));
	}

	public Object[] args() {
		return this.arguments.toArray();
	}

}
