package org.passerelle.convention;

import java.util.List;

/**
 * An uploaded file was refused: empty, too large, or not of an accepted type (judged from
 * its content, not its name).
 */
public class DocumentRejectedException extends RuntimeException {

	private final Problem problem;

	public DocumentRejectedException(String code, Object... arguments) {
		super("Document refused: " + code);
		this.problem = new Problem(code, List.of(arguments));
	}

	public Problem getProblem() {
		return this.problem;
	}

}
