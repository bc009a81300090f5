package org.passerelle.stand;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.passerelle.event.Event;
import org.passerelle.event.EventPermissions;
import org.passerelle.event.EventStatus;
import org.passerelle.shared.PasserelleUser;

/**
 * Who may see or do what with an event's stands: the one place the pages, the services
 * and the templates ({@code @standPermissions}) ask.
 * <ul>
 * <li>The event's editors (administrators, staff of an organising institution) add stand
 * types, see every stand, accept or decline them, see the plan and the payments
 * file.</li>
 * <li>Liaisons see the stand types of an event they see, apply for a stand for their
 * organisation while the event is published, and see the stands their organisation leads,
 * has joined or is invited to.</li>
 * <li>The lead company's liaisons invite companies and set the split; an invited
 * company's liaisons join or say no.</li>
 * <li>Nobody else sees stands: anonymous visitors are asked to sign in, other staff are
 * refused.</li>
 * </ul>
 */
@Service("standPermissions")
public class StandPermissions {

	private final EventPermissions events;

	StandPermissions(EventPermissions events) {
		this.events = events;
	}

	/** Whether this person adds stand types and decides stands of the event. */
	public boolean canManage(Event event, @Nullable PasserelleUser user) {
		return this.events.canEdit(event, user);
	}

	/** Whether this person sees the event's stand page. */
	public boolean canSeeStands(Event event, @Nullable PasserelleUser user) {
		return this.events.canSee(event, user) && (canManage(event, user) || this.events.isLiaison(user));
	}

	/** Whether this liaison applies for a stand at the event now. */
	public boolean canApply(Event event, @Nullable PasserelleUser user) {
		return this.events.isLiaison(user) && this.events.canSee(event, user)
				&& event.getStatus() == EventStatus.PUBLISHED;
	}

	/**
	 * Whether this person sees the stand: the event's editors and the companies on it.
	 */
	public boolean canSee(Stand stand, Event event, @Nullable PasserelleUser user) {
		return canManage(event, user) || (this.events.isLiaison(user) && stand.involves(user.getOrganisationId()));
	}

	/** Whether this person speaks for the lead company: invites, splits, withdraws. */
	public boolean canLead(Stand stand, @Nullable PasserelleUser user) {
		return this.events.isLiaison(user) && user.belongsTo(stand.getLeadOrganisationId());
	}

	/** Whether this person answers an invitation to the stand for their company. */
	public boolean canAnswer(Stand stand, @Nullable PasserelleUser user) {
		return this.events.isLiaison(user)
				&& stand.company(user.getOrganisationId()).filter(StandCompany::isInvited).isPresent();
	}

	/** Whether this person accepts or declines the stand. */
	public boolean canDecide(Event event, @Nullable PasserelleUser user) {
		return canManage(event, user);
	}

	/** Whether this person has an invitations page: liaisons. */
	public boolean hasInvitations(@Nullable PasserelleUser user) {
		return this.events.isLiaison(user);
	}

}
