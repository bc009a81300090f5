package org.passerelle.convention;

/**
 * Another pillar already has this name, in French or in English.
 *
 * @see Pillars
 */
public class PillarNameTakenException extends RuntimeException {

	private final String field;

	public PillarNameTakenException(String field) {
		super("Another pillar already has this " + field);
		this.field = field;
	}

	/** The form field that holds the name: {@code nameFr} or {@code nameEn}. */
	public String getField() {
		return this.field;
	}

}
