package org.passerelle.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.passerelle.convention.ConventionPermissions;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Who may see or change which event: the one place the pages, the services and the
 * templates ({@code @eventPermissions} in Thymeleaf) ask.
 * <ul>
 * <li>Anyone, signed in or not, sees events once published (cancelled and past ones too);
 * a draft is seen by administrators and the staff of an organising institution (or of its
 * parent institution) alone, and is not found for anyone else.</li>
 * <li>Administrators and the staff of an organising institution edit the event, its
 * sessions, and see and cancel its registrations.</li>
 * <li>A liaison registers their own organisation's employees while registrations are
 * open, and cancels or replaces them.</li>
 * <li>Anyone registers as a participant on the public form while registrations are open,
 * unless the event is for companies alone.</li>
 * </ul>
 */
@Service("eventPermissions")
public class EventPermissions {

	private final ConventionPermissions organisations;

	private final Clock clock;

	EventPermissions(ConventionPermissions organisations, Optional<Clock> clock) {
		this.organisations = organisations;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * The institutions whose events this staff member edits: their own and its
	 * components; none for others.
	 */
	Set<Long> organisingFor(@Nullable PasserelleUser user) {
		return (user != null && user.hasRole(Role.STAFF)) ? this.organisations.actingFor(user) : Set.of();
	}

	/** Whether this person finds the event at all. */
	public boolean canSee(Event event, @Nullable PasserelleUser user) {
		return event.getStatus() != EventStatus.DRAFT || canEdit(event, user);
	}

	/** Whether this person creates events (staff and administrators). */
	public boolean canCreate(@Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF));
	}

	/** Whether this person creates an event organised by the given institutions. */
	public boolean canCreateFor(Set<Long> organiserIds, @Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN)
				|| (user.hasRole(Role.STAFF) && organiserIds.stream().anyMatch(organisingFor(user)::contains)));
	}

	/** Whether this person changes the event, its sessions and its registrations. */
	public boolean canEdit(Event event, @Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN)
				|| (user.hasRole(Role.STAFF) && event.isOrganisedByAnyOf(organisingFor(user))));
	}

	/** Whether this person sees the registrations and waitlists of the event. */
	public boolean canSeeRegistrations(Event event, @Nullable PasserelleUser user) {
		return canEdit(event, user);
	}

	/**
	 * Whether this person checks people in on the day, adds walk-ins and imports
	 * participants: the event's editors.
	 */
	public boolean canCheckIn(Event event, @Nullable PasserelleUser user) {
		return canEdit(event, user);
	}

	/** Whether this person is a liaison whose organisation may take part. */
	public boolean isLiaison(@Nullable PasserelleUser user) {
		return user != null && user.hasRole(Role.LIAISON) && user.getOrganisationId() != null;
	}

	/** Whether this liaison registers their organisation's employees now. */
	public boolean canRegisterEmployees(Event event, @Nullable PasserelleUser user) {
		return isLiaison(user) && canSee(event, user) && event.isRegistrationOpen(now());
	}

	/** Whether this person sees their organisation's registrations to the event. */
	public boolean canSeeOwnRegistrations(Event event, @Nullable PasserelleUser user) {
		return isLiaison(user) && canSee(event, user);
	}

	/** Whether the public participant form is open to this person now. */
	public boolean canRegisterAsParticipant(Event event, @Nullable PasserelleUser user) {
		return !isLiaison(user) && canSee(event, user) && event.isRegistrationOpen(now())
				&& (event.getAudiences().isEmpty() || !Set.of(Audience.COMPANIES).equals(event.getAudiences()));
	}

	/**
	 * Whether this person cancels (or, for an employee, replaces) the registration: the
	 * event's editors, and the liaisons of the employee's organisation.
	 */
	public boolean canCancel(Registration registration, Event event, @Nullable PasserelleUser user) {
		return canEdit(event, user) || (isLiaison(user) && user.belongsTo(registration.getOrganisationId()));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * The institutions whose drafts this person finds besides the published events, or
	 * {@code null} when they find every draft (administrators): the same rule as
	 * {@link #canSee}, for list queries.
	 */
	@Nullable Set<Long> draftsFoundFor(@Nullable PasserelleUser reader) {
		return (reader != null && reader.hasRole(Role.ADMIN)) ? null : organisingFor(reader);
	}

}
