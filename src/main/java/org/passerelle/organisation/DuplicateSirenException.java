package org.passerelle.organisation;

/**
 * Another organisation already has this SIREN.
 */
public class DuplicateSirenException extends RuntimeException {

	private final String otherName;

	public DuplicateSirenException(String siren, String otherName) {
		super("SIREN " + siren + " already belongs to " + otherName);
		this.otherName = otherName;
	}

	/** The name of the organisation that has this SIREN. */
	public String getOtherName() {
		return this.otherName;
	}

}
