package org.passerelle.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * Registrations to sessions: each change locks the session's row first, so that the
 * places are counted one registration at a time (the database refuses an overbooking in
 * any case), then lets the {@link Event} apply its rules and publish its events. The
 * public form, which takes bursts of registrations, takes its place in one atomic
 * statement instead, after its checks, and makes the registrations arriving together in
 * one transaction.
 */
@Service
@Transactional
public class Registrations {

	private static final Logger logger = LoggerFactory.getLogger(Registrations.class);

	/** The unique index on a session's addresses (migration V7). */
	private static final String REGISTERED_ONCE = "event_registration_once";

	private final EventRepository events;

	private final EventSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final EventPermissions permissions;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RegistrationDesk desk;

	Registrations(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
			EventPermissions permissions, TransactionTemplate transactions, Optional<Clock> clock) {
		this.events = events;
		this.sessions = sessions;
		this.registrations = registrations;
		this.permissions = permissions;
		this.transactions = transactions;
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.desk = new RegistrationDesk(this::registerTogether);
	}

	/**
	 * A liaison registers employees of their organisation to a session, all or none.
	 * @throws EventRefusedException if registrations are closed or someone is registered
	 * already
	 */
	public List<Registration> registerEmployees(long eventId, long sessionId, List<Attendee> employees,
			PasserelleUser liaison) {
		Session session = lockedSession(eventId, sessionId);
		Event event = session.getEvent();
		if (!this.permissions.canSee(event, liaison)) {
			throw new NotFoundException("Event", eventId);
		}
		if (!this.permissions.isLiaison(liaison)) {
			throw new AccessDeniedException("Only liaisons register their organisation's employees");
		}
		List<Registration> made = new ArrayList<>();
		for (Attendee employee : employees) {
			refuseIfRegistered(sessionId, employee);
			if (made.stream().anyMatch((r) -> r.getEmail().equalsIgnoreCase(employee.email()))) {
				throw new EventRefusedException("event.refused.alreadyRegistered");
			}
			made.add(this.registrations.save(event.register(session, RegistrationKind.ORGANISATION,
					liaison.getOrganisationId(), liaison.getAccountId(), employee, now())));
		}
		this.events.save(event);
		return made;
	}

	/**
	 * Someone registers on the public form: they hold a place (or their rank on the
	 * waitlist) for 48 hours until they confirm their e-mail address by the link.
	 * @throws EventRefusedException if registrations are closed or the address is
	 * registered already
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Registration registerParticipant(long eventId, long sessionId, Attendee participant,
			@Nullable PasserelleUser user) {
		return registerParticipant(eventId, sessionId, participant, List.of(), user);
	}

	/**
	 * Someone registers on the public form, saying whom they would like to meet at the
	 * session's speed meeting. Outside a transaction, the registrations arriving together
	 * are made together, in arrival order ({@link RegistrationDesk}); inside one, in it.
	 * @throws AccessDeniedException if the event does not take registrations on the
	 * public form now, or not from this person (a liaison registers employees)
	 * @throws EventRefusedException if registrations are closed or the address is
	 * registered already
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Registration registerParticipant(long eventId, long sessionId, Attendee participant,
			List<MeetingWish> wishes, @Nullable PasserelleUser user) {
		ParticipantRequest request = new ParticipantRequest(eventId, sessionId, participant, wishes, user);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return register(request, new HashMap<>());
		}
		RegistrationDesk.Ticket ticket = this.desk.queue(request);
		return ticket.isAlone() ? registerAlone(request) : ticket.registration();
	}

	/**
	 * A registration on the public form in a transaction of its own: after its batch
	 * failed, or when another instance of the portal registers the same address at the
	 * same moment, the unique index may refuse the address after the check passed; the
	 * person is then told they are registered already.
	 */
	@Transactional(propagation = Propagation.NEVER)
	Registration registerAlone(ParticipantRequest request) {
		try {
			return Objects.requireNonNull(this.transactions.execute((status) -> register(request, new HashMap<>())));
		}
		catch (DataIntegrityViolationException ex) {
			if (ex.getCause() instanceof ConstraintViolationException violation
					&& REGISTERED_ONCE.equals(violation.getConstraintName())) {
				throw new EventRefusedException("event.refused.alreadyRegistered");
			}
			throw ex;
		}
	}

	/**
	 * Makes the registrations of the tickets in one transaction, in their order, and
	 * settles each ticket once it is committed. A registration refused by the rules
	 * (before it wrote anything) is refused alone; if anything else fails, the
	 * transaction is rolled back and each registration is made alone.
	 */
	@Transactional(propagation = Propagation.NEVER)
	void registerTogether(List<RegistrationDesk.Ticket> tickets) {
		List<Object> outcomes;
		try {
			outcomes = this.transactions.execute((status) -> {
				Map<Long, Session> read = new HashMap<>();
				List<Object> made = new ArrayList<>(tickets.size());
				for (RegistrationDesk.Ticket ticket : tickets) {
					try {
						made.add(register(ticket.request(), read));
					}
					catch (EventRefusedException | NotFoundException | AccessDeniedException ex) {
						made.add(ex);
					}
				}
				return made;
			});
		}
		catch (RuntimeException ex) {
			logger.debug("Registrations made alone after their batch failed", ex);
			tickets.forEach(RegistrationDesk.Ticket::makeAlone);
			return;
		}
		for (int i = 0; i < tickets.size(); i++) {
			Object outcome = Objects.requireNonNull(outcomes).get(i);
			if (outcome instanceof Registration registration) {
				tickets.get(i).made(registration);
			}
			else {
				tickets.get(i).refused((RuntimeException) outcome);
			}
		}
	}

	/**
	 * A registration on the public form, in the current transaction.
	 * @param read the sessions (with their event) read by the transaction so far
	 */
	private Registration register(ParticipantRequest request, Map<Long, Session> read) {
		long sessionId = request.sessionId();
		// unlocked until the place is taken: a burst of registrations waits on the
		// session's row only from the place to the commit
		Session session = read.get(sessionId);
		if (session == null) {
			session = this.sessions.withEvent(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
			read.put(sessionId, session);
		}
		Event event = session.getEvent();
		if (event.getId() != request.eventId()) {
			throw new NotFoundException("Session", sessionId);
		}
		if (!this.permissions.canSee(event, request.user())) {
			throw new NotFoundException("Event", request.eventId());
		}
		if (!this.permissions.canRegisterAsParticipant(event, request.user())) {
			throw new AccessDeniedException("Registrations are not open to participants");
		}
		refuseIfRegistered(sessionId, request.participant());
		Registration registration = this.registrations.save(event.register(session, RegistrationKind.PARTICIPANT, null,
				null, request.participant(), now(), () -> takePlace(sessionId)));
		registration.wishToMeet(request.wishes());
		this.events.save(event);
		return registration;
	}

	/** A registration asked for on the public form. */
	record ParticipantRequest(long eventId, long sessionId, Attendee participant, List<MeetingWish> wishes,
			@Nullable PasserelleUser user) {
	}

	/**
	 * Takes a place in one statement. When none is left, waits for the session's row (a
	 * cancellation giving a place back holds it while it looks for someone waiting) and
	 * tries once more: either the cancellation's place is taken, or the cancellation
	 * committed before and this registration, waiting after it, will be the next one
	 * promoted. Those waiting therefore get their rank after every place given.
	 */
	private boolean takePlace(long sessionId) {
		if (this.sessions.takePlace(sessionId) == 1) {
			return true;
		}
		this.sessions.lockRow(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
		return this.sessions.takePlace(sessionId) == 1;
	}

	private void refuseIfRegistered(long sessionId, Attendee attendee) {
		if (this.registrations.isRegistered(sessionId, attendee.email())) {
			throw new EventRefusedException("event.refused.alreadyRegistered");
		}
	}

	/**
	 * Staff add someone who came without registering, checked in at once.
	 * @throws EventRefusedException if the session has not started or is full
	 */
	public Registration walkIn(long eventId, long sessionId, RegistrationKind kind, @Nullable Long organisationId,
			Attendee attendee, PasserelleUser user) {
		Session session = lockedSession(eventId, sessionId);
		Event event = session.getEvent();
		if (!this.permissions.canEdit(event, user)) {
			throw new AccessDeniedException("Organisers only");
		}
		Registration registration = this.registrations
			.save(event.addWalkIn(session, kind, organisationId, attendee, now()));
		this.events.save(event);
		return registration;
	}

	/** The registration behind a link, if the link's signature is right. */
	@Transactional(readOnly = true)
	public Registration byLink(UUID publicId, RegistrationLinks.Purpose purpose, @Nullable String signature,
			RegistrationLinks links) {
		if (!links.isValid(publicId, purpose, signature)) {
			throw new NotFoundException("Registration", publicId);
		}
		return this.registrations.findByPublicId(publicId)
			.orElseThrow(() -> new NotFoundException("Registration", publicId));
	}

	/**
	 * A participant confirms their e-mail address (the caller checked the link).
	 * @throws EventRefusedException if the time to confirm ran out
	 */
	public Registration confirm(UUID publicId) {
		Registration registration = lockedRegistration(publicId);
		Event event = registration.getSession().getEvent();
		event.confirmEmail(registration, now());
		this.events.save(event);
		return registration;
	}

	/**
	 * The participant cancels by the link in their mail (the caller checked the link).
	 */
	public Optional<Registration> cancelByLink(UUID publicId) {
		return cancel(lockedRegistration(publicId));
	}

	/**
	 * Staff or the employee's liaison cancel a registration; the first person waiting
	 * gets the place.
	 */
	public Optional<Registration> cancel(UUID publicId, PasserelleUser user) {
		Registration registration = lockedRegistration(publicId);
		Event event = registration.getSession().getEvent();
		if (!this.permissions.canSee(event, user) || !this.permissions.canCancel(registration, event, user)) {
			throw new AccessDeniedException("Not yours to cancel");
		}
		return cancel(registration);
	}

	private Optional<Registration> cancel(Registration registration) {
		Session session = registration.getSession();
		Event event = session.getEvent();
		Optional<Registration> promoted = event.cancel(registration, session, firstWaiting(session), now());
		this.events.save(event);
		return promoted;
	}

	/** A liaison replaces the employee a registration is for, keeping the place. */
	public Registration replace(UUID publicId, Attendee replacement, PasserelleUser user) {
		Registration registration = lockedRegistration(publicId);
		Event event = registration.getSession().getEvent();
		if (!this.permissions.canSee(event, user) || !this.permissions.canCancel(registration, event, user)) {
			throw new AccessDeniedException("Not yours to replace");
		}
		if (!registration.getEmail().equalsIgnoreCase(replacement.email())) {
			refuseIfRegistered(registration.getSession().getId(), replacement);
		}
		event.replaceAttendee(registration, replacement);
		this.events.save(event);
		return registration;
	}

	/**
	 * Expires the registrations whose e-mail address was not confirmed in time, each in
	 * its own transaction, promoting those waiting.
	 * @return how many expired
	 */
	@Transactional(propagation = Propagation.NEVER)
	public int expireOverdue() {
		int expired = 0;
		List<Object[]> overdue = this.registrations.overdue(now(), Limit.of(500));
		for (Object[] row : overdue) {
			Boolean done = this.transactions.execute((status) -> expire((Long) row[0], (Long) row[1]));
			if (Boolean.TRUE.equals(done)) {
				expired++;
			}
		}
		if (expired > 0) {
			logger.info("{} unconfirmed event registrations expired", expired);
		}
		return expired;
	}

	private boolean expire(long sessionId, long registrationId) {
		Session session = this.sessions.lock(sessionId).orElseThrow();
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		Instant now = now();
		if (!registration.getStatus().isLive() || !registration.isOverdue(now)) {
			return false;
		}
		Event event = session.getEvent();
		event.expire(registration, session, firstWaiting(session), now);
		this.events.save(event);
		return true;
	}

	private @Nullable Registration firstWaiting(Session session) {
		return this.registrations.waiting(session.getId(), now(), Limit.of(1)).stream().findFirst().orElse(null);
	}

	/**
	 * The registration, read after its session's row is locked, so that neither is stale.
	 */
	private Registration lockedRegistration(UUID publicId) {
		long sessionId = this.registrations.sessionOf(publicId)
			.orElseThrow(() -> new NotFoundException("Registration", publicId));
		this.sessions.lock(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
		return this.registrations.findByPublicId(publicId)
			.orElseThrow(() -> new NotFoundException("Registration", publicId));
	}

	private Session lockedSession(long eventId, long sessionId) {
		return this.sessions.lock(sessionId)
			.filter((session) -> session.getEvent().getId() == eventId)
			.orElseThrow(() -> new NotFoundException("Session", sessionId));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
