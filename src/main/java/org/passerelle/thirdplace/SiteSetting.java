package org.passerelle.thirdplace;

import java.util.Locale;

/** Where a site stands: in a city centre or in the suburbs. */
public enum SiteSetting {

	URBAN, SUBURBAN;

	public String messageKey() {
		return "site.setting." + name().toLowerCase(Locale.ROOT);
	}

}
