package org.passerelle.thirdplace;

import java.util.Locale;

/** Whether a site hosts anyone yet, still or no more. */
public enum SiteStatus {

	PLANNED, OPEN, CLOSED;

	public String messageKey() {
		return "site.status." + name().toLowerCase(Locale.ROOT);
	}

}
