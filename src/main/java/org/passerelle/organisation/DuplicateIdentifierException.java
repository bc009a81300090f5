package org.passerelle.organisation;

/**
 * Another organisation already has this SIRET or UAI, which identify one establishment.
 */
public class DuplicateIdentifierException extends RuntimeException {

	private final Identifier identifier;

	private final long otherId;

	private final String otherName;

	public DuplicateIdentifierException(Identifier identifier, long otherId, String otherName) {
		super(identifier + " already belongs to " + otherName);
		this.identifier = identifier;
		this.otherId = otherId;
		this.otherName = otherName;
	}

	public Identifier getIdentifier() {
		return this.identifier;
	}

	public long getOtherId() {
		return this.otherId;
	}

	/** The name of the organisation that has it. */
	public String getOtherName() {
		return this.otherName;
	}

}
