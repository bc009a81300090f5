package org.passerelle.matchmaking;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.passerelle.event.Event;
import org.passerelle.event.EventPermissions;
import org.passerelle.event.RegistrationLinks;
import org.passerelle.shared.PasserelleUser;

/**
 * Who may see or change a session's speed meeting and workshops (pages, services and
 * templates, as {@code @matchmakingPermissions}, ask here):
 * <ul>
 * <li>the event's editors — administrators and the staff of an organising institution —
 * generate, adjust, publish and print the rotation, define workshops and place
 * people;</li>
 * <li>a liaison sees the page of their company's people's tables at an event holding
 * speed meetings (the tables once the rotation is published);</li>
 * <li>a participant, who has no account, sees their own timetable and ranks workshops
 * through the signed link of their registration.</li>
 * </ul>
 */
@Service("matchmakingPermissions")
public class MatchmakingPermissions {

	private final EventPermissions events;

	private final RegistrationLinks links;

	MatchmakingPermissions(EventPermissions events, RegistrationLinks links) {
		this.events = events;
		this.links = links;
	}

	/** Whether this person plans the event's speed meetings and workshops. */
	public boolean canManage(Event event, @Nullable PasserelleUser user) {
		return this.events.canEdit(event, user);
	}

	/**
	 * Whether this liaison sees the page of their company's tables at the event (which
	 * shows them once the rotation is published).
	 */
	public boolean canSeeCompanyTimetable(Event event, @Nullable PasserelleUser user) {
		return event.getKind().holdsSpeedMeetings() && this.events.canSeeOwnRegistrations(event, user);
	}

	/** Whether the link is the participant's own (signed for their registration). */
	public boolean isOwnLink(UUID registration, @Nullable String signature) {
		return this.links.isValid(registration, RegistrationLinks.Purpose.TIMETABLE, signature);
	}

}
