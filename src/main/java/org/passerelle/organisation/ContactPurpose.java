package org.passerelle.organisation;

import java.util.Locale;

/**
 * Why a contact's personal data is kept (GDPR, article 5: purpose limitation).
 */
public enum ContactPurpose {

	PARTNERSHIP, EVENTS, INTERNSHIPS, RESEARCH, HOSTING;

	public String messageKey() {
		return "contact.purpose." + name().toLowerCase(Locale.ROOT);
	}

}
