package org.passerelle.stand;

import java.util.Locale;

/** How a shared stand's fee is split: equally, or by the shares the companies agreed. */
public enum Split {

	EQUAL, SHARES;

	public String messageKey() {
		return "stand.split." + name().toLowerCase(Locale.ROOT);
	}

}
