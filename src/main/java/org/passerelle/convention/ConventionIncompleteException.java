package org.passerelle.convention;

import java.util.List;

/**
 * A convention cannot take a status yet: a party, a pillar, an axis or a date is missing.
 */
public class ConventionIncompleteException extends RuntimeException {

	private final List<Problem> problems;

	public ConventionIncompleteException(List<Problem> problems) {
		super("Convention incomplete: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

}
