package org.passerelle.stand;

import java.util.Locale;

/** Where a company stands on a shared stand: invited, joined, or it said no. */
public enum MembershipStatus {

	INVITED, JOINED, REFUSED;

	public String messageKey() {
		return "stand.membership." + name().toLowerCase(Locale.ROOT);
	}

}
