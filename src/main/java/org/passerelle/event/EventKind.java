package org.passerelle.event;

import java.util.Locale;

/**
 * What sort of event it is.
 */
public enum EventKind {

	FORUM, STUDENT_INDUSTRY_DAY, SPEED_MEETING, WORKSHOP, BUSINESS_WEEK, TOUR, CONFERENCE, OTHER;

	public String messageKey() {
		return "event.kind." + name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether its sessions seat students and companies' people at tables in rounds (a
	 * speed-meeting rotation).
	 */
	public boolean holdsSpeedMeetings() {
		return this == SPEED_MEETING || this == STUDENT_INDUSTRY_DAY;
	}

}
