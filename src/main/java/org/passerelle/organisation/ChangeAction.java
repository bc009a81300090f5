package org.passerelle.organisation;

import java.util.Locale;

/**
 * What a recorded change did.
 */
public enum ChangeAction {

	CREATED, UPDATED, DEACTIVATED, REACTIVATED, IMPORTED, FIGURES_SAVED, CONTACT_ADDED, CONTACT_UPDATED, CONTACT_ERASED;

	public String messageKey() {
		return "change.action." + name().toLowerCase(Locale.ROOT);
	}

}
