package org.passerelle.event;

import java.util.Locale;

/**
 * Where a registration stands. {@link #PENDING} and {@link #CONFIRMED} hold a place in
 * the session; {@link #WAITLISTED} waits for one in arrival order.
 */
public enum RegistrationStatus {

	/** Holds a place until its e-mail is confirmed, for 48 hours at most. */
	PENDING,
	/** Holds a place. */
	CONFIRMED,
	/** Waits for a place. */
	WAITLISTED,
	/** Cancelled by the person, their liaison or staff. */
	CANCELLED,
	/** Its e-mail was not confirmed in time. */
	EXPIRED;

	/** Whether a registration in this status holds a place in its session. */
	public boolean holdsPlace() {
		return this == PENDING || this == CONFIRMED;
	}

	/** Whether the registration still counts (holds a place or waits for one). */
	public boolean isLive() {
		return holdsPlace() || this == WAITLISTED;
	}

	public String messageKey() {
		return "event.registration.status." + name().toLowerCase(Locale.ROOT);
	}

	public String badgeClass() {
		return switch (this) {
			case PENDING -> "text-bg-warning";
			case CONFIRMED -> "text-bg-success";
			case WAITLISTED -> "text-bg-info";
			case CANCELLED, EXPIRED -> "text-bg-secondary";
		};
	}

}
