package org.passerelle.thirdplace;

import java.util.Locale;

/**
 * A space of a site: an open-desk area (its capacity is its number of desks), a private
 * office or a meeting room (their capacity is a number of people).
 */
public enum SpaceKind {

	DESKS, OFFICE, MEETING_ROOM;

	public String messageKey() {
		return "space.kind." + name().toLowerCase(Locale.ROOT);
	}

}
