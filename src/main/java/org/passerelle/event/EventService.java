package org.passerelle.event;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * What staff change on events and their sessions, each change checked against
 * {@link EventPermissions} and the event's own rules. A change made over someone else's
 * newer change is refused ({@link ObjectOptimisticLockingFailureException}).
 */
@Service
@Transactional
public class EventService {

	private final EventRepository events;

	private final EventSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final EventPermissions permissions;

	EventService(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
			EventPermissions permissions) {
		this.events = events;
		this.sessions = sessions;
		this.registrations = registrations;
		this.permissions = permissions;
	}

	/**
	 * A new draft.
	 * @throws AccessDeniedException unless the person is staff of an organiser or an
	 * administrator
	 */
	public Event create(EventDetails details, PasserelleUser user) {
		if (!this.permissions.canCreateFor(details.organiserIds(), user)) {
			throw new AccessDeniedException("Only staff of an organiser create its events");
		}
		return this.events.save(new Event(details));
	}

	/** The event for its editors: not found for those who may not see it. */
	@Transactional(readOnly = true)
	public Event forEditing(long id, PasserelleUser user) {
		Event event = this.events.findById(id).orElseThrow(() -> new NotFoundException("Event", id));
		if (!this.permissions.canSee(event, user)) {
			throw new NotFoundException("Event", id);
		}
		if (!this.permissions.canEdit(event, user)) {
			throw new AccessDeniedException("Only the event's organisers change it");
		}
		return event.loadCollections();
	}

	/**
	 * The editor's first step: what the event is.
	 * @throws EventRefusedException if the event has no title
	 */
	public Event changeGeneral(long id, long expectedVersion, EventGeneral general, PasserelleUser user) {
		Event event = editable(id, expectedVersion, user);
		event.changeGeneral(general);
		return this.events.saveAndFlush(event);
	}

	/**
	 * The editor's second step: organisers and partners. Staff keep one of their
	 * institutions among the organisers (else they could not edit the event any more).
	 * @throws EventRefusedException if the organisers break a rule
	 */
	public Event changeOrganisers(long id, long expectedVersion, Set<Long> organiserIds, Set<Long> partnerIds,
			PasserelleUser user) {
		Event event = editable(id, expectedVersion, user);
		if (!this.permissions.canCreateFor(organiserIds, user)) {
			throw new EventRefusedException("event.refused.keepYourInstitution");
		}
		event.changeOrganisers(organiserIds, partnerIds);
		return this.events.saveAndFlush(event);
	}

	/**
	 * The editor's last step: the registration window and, if asked, publication, in one
	 * go (nothing is saved when publication is refused).
	 * @throws EventRefusedException if the window or the publication breaks a rule
	 */
	public Event changeRegistration(long id, long expectedVersion, @Nullable Instant opensAt,
			@Nullable Instant closesAt, boolean publish, PasserelleUser user) {
		Event event = editable(id, expectedVersion, user);
		event.changeRegistrationWindow(opensAt, closesAt);
		if (publish) {
			event.transitionTo(EventStatus.PUBLISHED);
		}
		return this.events.saveAndFlush(event);
	}

	public Event transition(long id, long expectedVersion, EventStatus target, PasserelleUser user) {
		Event event = editable(id, expectedVersion, user);
		event.transitionTo(target);
		return this.events.saveAndFlush(event);
	}

	public Session addSession(long id, SessionDetails details, PasserelleUser user) {
		Event event = forEditing(id, user);
		Session session = this.sessions.saveAndFlush(event.addSession(details));
		this.events.save(event);
		return session;
	}

	public Session changeSession(long id, long sessionId, long expectedVersion, SessionDetails details,
			PasserelleUser user) {
		Event event = forEditing(id, user);
		// the row lock keeps registrations from changing the places while the capacity
		// does
		Session session = this.sessions.lock(sessionId)
			.filter((s) -> s.getEvent() == event)
			.orElseThrow(() -> new NotFoundException("Session", sessionId));
		if (session.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Session.class, sessionId);
		}
		event.changeSession(session, details);
		this.events.saveAndFlush(event);
		return session;
	}

	public void removeSession(long id, long sessionId, PasserelleUser user) {
		Event event = forEditing(id, user);
		Session session = event.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
		event.removeSession(session, this.registrations.countBySessionId(sessionId));
		this.events.save(event);
	}

	private Event editable(long id, long expectedVersion, PasserelleUser user) {
		Event event = forEditing(id, user);
		if (event.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Event.class, id);
		}
		return event;
	}

}
