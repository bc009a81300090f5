package org.passerelle.shared;

/**
 * What a signed-in person may do in Passerelle.
 */
public enum Role {

	/** Manages users, pillars and reference data. */
	ADMIN,

	/** Works in a university partnership office; belongs to an institution. */
	STAFF,

	/** Company HR or partner contact; belongs to one partner organisation. */
	LIAISON;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's label. */
	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
