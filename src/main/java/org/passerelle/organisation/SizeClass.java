package org.passerelle.organisation;

import java.util.Locale;

/**
 * A company's size class, as INSEE defines them (micro-enterprise, SME, mid-cap, large
 * group).
 */
public enum SizeClass {

	MICRO, SME, MID_CAP, LARGE;

	public String messageKey() {
		return "organisation.size." + name().toLowerCase(Locale.ROOT);
	}

}
