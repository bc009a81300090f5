package org.passerelle.event;

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

	public Event change(long id, long expectedVersion, EventDetails details, PasserelleUser user) {
		Event event = editable(id, expectedVersion, user);
		if (!this.permissions.canCreateFor(details.organiserIds(), user)) {
			throw new EventRefusedException("event.refused.keepYourInstitution");
		}
		event.change(details);
		return this.events.save(event);
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
