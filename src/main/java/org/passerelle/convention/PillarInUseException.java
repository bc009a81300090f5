package org.passerelle.convention;

/**
 * A pillar that conventions use cannot be deleted; it can be retired.
 */
public class PillarInUseException extends RuntimeException {

	public PillarInUseException(long id) {
		super("Pillar " + id + " is used by conventions");
	}

}
