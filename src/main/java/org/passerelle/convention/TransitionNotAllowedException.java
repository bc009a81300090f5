package org.passerelle.convention;

/**
 * A convention cannot move from its status to the one asked for.
 */
public class TransitionNotAllowedException extends RuntimeException {

	public TransitionNotAllowedException(ConventionStatus from, ConventionStatus to) {
		super("A convention cannot go from " + from + " to " + to);
	}

}
