package org.passerelle.thirdplace;

import java.util.Locale;

/** What a site offers besides desks. */
public enum Amenity {

	MEETING_ROOMS, LAB_ACCESS, PARKING, PUBLIC_TRANSPORT, ACCESSIBLE_ENTRANCE;

	public String messageKey() {
		return "site.amenity." + name().toLowerCase(Locale.ROOT);
	}

}
