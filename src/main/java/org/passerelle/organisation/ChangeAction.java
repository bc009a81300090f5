package org.passerelle.organisation;

import java.util.Locale;

/**
 * What a recorded change did.
 */
public enum ChangeAction {

	CREATED, UPDATED, DEACTIVATED, REACTIVATED, IMPORTED, FIGURES_SAVED, CONTACT_ADDED, CONTACT_UPDATED, CONTACT_ERASED,
	/** Another organisation was merged into this one. */
	MERGED,
	/** This organisation was merged into another one. */
	MERGED_INTO, MERGE_UNDONE;

	public String messageKey() {
		return "change.action." + name().toLowerCase(Locale.ROOT);
	}

}
