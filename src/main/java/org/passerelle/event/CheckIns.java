package org.passerelle.event;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.organisation.SearchText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * Check-in on the day, for the event's organisers ({@link EventPermissions#canCheckIn}):
 * find a registered person by a part of their name without regard to accents or case (a
 * trigram index on {@code event_search_name(name)} answers it), mark them present or take
 * it back, add a walk-in, count who came. Each change locks the session's row first, as
 * every registration change does, and goes through the {@link Event}.
 */
@Service
@Transactional
public class CheckIns {

	/** At most this many people answer a search. */
	public static final int RESULTS = 30;

	private final EntityManager entityManager;

	private final EventRepository events;

	private final EventSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final Registrations registering;

	private final EventPermissions permissions;

	private final Clock clock;

	CheckIns(EntityManager entityManager, EventRepository events, EventSessionRepository sessions,
			RegistrationRepository registrations, Registrations registering, EventPermissions permissions,
			Optional<Clock> clock) {
		this.entityManager = entityManager;
		this.events = events;
		this.sessions = sessions;
		this.registrations = registrations;
		this.registering = registering;
		this.permissions = permissions;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * The session's live registrations (holding a place or waiting) whose name holds
	 * every word of the query, by name; none for an empty query.
	 */
	@Transactional(readOnly = true)
	public List<Registration> search(Event event, long sessionId, @Nullable String query, PasserelleUser user) {
		requireCheckIn(event, sessionId, user);
		List<String> words = SearchText.words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		StringBuilder jpql = new StringBuilder("select r from Registration r where r.session.id = :session"
				+ " and r.status in ('PENDING', 'CONFIRMED', 'WAITLISTED')");
		for (int i = 0; i < words.size(); i++) {
			jpql.append(" and function('event_search_name' as String, r.name) like :w").append(i);
		}
		jpql.append(" order by r.name, r.id");
		TypedQuery<Registration> found = this.entityManager.createQuery(jpql.toString(), Registration.class)
			.setParameter("session", sessionId)
			.setMaxResults(RESULTS);
		for (int i = 0; i < words.size(); i++) {
			found.setParameter("w" + i, "%" + words.get(i).toLowerCase(Locale.ROOT) + "%");
		}
		return found.getResultList();
	}

	/** The last people checked in to the session, latest first (to take one back). */
	@Transactional(readOnly = true)
	public List<Registration> lastCheckedIn(Event event, long sessionId, int count, PasserelleUser user) {
		requireCheckIn(event, sessionId, user);
		return this.entityManager
			.createQuery(
					"select r from Registration r where r.session.id = :session and r.checkedInAt is not null"
							+ " and r.status in ('PENDING', 'CONFIRMED') order by r.checkedInAt desc, r.id desc",
					Registration.class)
			.setParameter("session", sessionId)
			.setMaxResults(count)
			.getResultList();
	}

	/** How many people were checked in, per session of the event. */
	@Transactional(readOnly = true)
	public Map<Long, Long> attendance(Event event) {
		Map<Long, Long> present = new HashMap<>();
		event.getSessions().forEach((session) -> present.put(session.getId(), 0L));
		this.entityManager
			.createQuery("select r.session.id, count(r) from Registration r where r.eventId = :event"
					+ " and r.checkedInAt is not null and r.status in ('PENDING', 'CONFIRMED') group by r.session.id",
					Object[].class)
			.setParameter("event", event.getId())
			.getResultList()
			.forEach((row) -> present.put((Long) row[0], (Long) row[1]));
		return present;
	}

	/**
	 * Marks the person present.
	 * @throws EventRefusedException if the event is not taking place or the person holds
	 * no place
	 */
	public Registration checkIn(long eventId, long sessionId, UUID publicId, PasserelleUser user) {
		Registration registration = locked(eventId, sessionId, publicId, user);
		Event event = registration.getSession().getEvent();
		event.checkIn(registration, false, now());
		this.events.save(event);
		return registration;
	}

	/** Takes a check-in back. */
	public Registration undo(long eventId, long sessionId, UUID publicId, PasserelleUser user) {
		Registration registration = locked(eventId, sessionId, publicId, user);
		Event event = registration.getSession().getEvent();
		event.undoCheckIn(registration, now());
		this.events.save(event);
		return registration;
	}

	/**
	 * Someone who did not register comes: registered with a place and checked in at once.
	 * @throws EventRefusedException if the address is registered already (find them
	 * instead), the session has not started or is full
	 */
	public Registration walkIn(long eventId, long sessionId, Attendee attendee, PasserelleUser user) {
		lockedSession(eventId, sessionId, user);
		if (this.registrations.isRegistered(sessionId, attendee.email())) {
			throw new EventRefusedException("event.checkIn.alreadyRegistered");
		}
		return this.registering.walkIn(eventId, sessionId, RegistrationKind.PARTICIPANT, null, attendee, user);
	}

	private Registration locked(long eventId, long sessionId, UUID publicId, PasserelleUser user) {
		Session session = lockedSession(eventId, sessionId, user);
		return this.registrations.findByPublicId(publicId)
			.filter((r) -> r.getSession() == session)
			.orElseThrow(() -> new NotFoundException("Registration", publicId));
	}

	private Session lockedSession(long eventId, long sessionId, PasserelleUser user) {
		Session session = this.sessions.lock(sessionId)
			.filter((s) -> s.getEvent().getId() == eventId)
			.orElseThrow(() -> new NotFoundException("Session", sessionId));
		requireCheckIn(session.getEvent(), sessionId, user);
		return session;
	}

	private void requireCheckIn(Event event, long sessionId, PasserelleUser user) {
		if (!this.permissions.canSee(event, user)) {
			throw new NotFoundException("Event", event.getId());
		}
		if (!this.permissions.canCheckIn(event, user)) {
			throw new AccessDeniedException("Organisers only");
		}
		event.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
