package org.passerelle.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the registration events tell about a registration: enough for a mail, the history
 * or a dashboard without reading the event again.
 *
 * @param eventId the event
 * @param sessionId the session
 * @param registration the registration's stable public id
 * @param kind an organisation's employee or a participant
 * @param status the registration's status after the change
 * @param attendee the person
 * @param organisationId the employee's organisation (organisation registrations)
 * @param title the event's title
 * @param day the session's day
 * @param startsAt the session's start (Europe/Paris)
 * @param city the session's city
 * @param confirmBy until when an unconfirmed participant keeps their registration
 */
public record RegistrationFacts(long eventId, long sessionId, UUID registration, RegistrationKind kind,
		RegistrationStatus status, Attendee attendee, @Nullable Long organisationId, EventTitle title, LocalDate day,
		LocalTime startsAt, String city, @Nullable Instant confirmBy) {

	/** Whether the person still has to confirm their e-mail address by the link. */
	public boolean awaitsEmailConfirmation() {
		return this.kind == RegistrationKind.PARTICIPANT && this.confirmBy != null;
	}

}
