package org.passerelle.event;

import java.util.Locale;

/**
 * Whom an event is for.
 */
public enum Audience {

	STUDENTS, RESEARCHERS, COMPANIES, PUBLIC;

	public String messageKey() {
		return "event.audience." + name().toLowerCase(Locale.ROOT);
	}

}
