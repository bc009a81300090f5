package org.passerelle.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * public form, which takes bursts of registrations, makes the registrations arriving
 * together in one transaction, locks the row only from their first place, taking then as
 * many places as they may need and drawing their ids ({@link RegistrationIds}) in the
 * same statement, and writes their rows in one batch.
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

	private final RegistrationIds ids;

	Registrations(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
			EventPermissions permissions, TransactionTemplate transactions, RegistrationIds ids,
			Optional<Clock> clock) {
		this.events = events;
		this.ids = ids;
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
		// the addresses registered already, asked for at once
		if (!this.registrations
			.registeredAmong(sessionId, employees.stream().map(Attendee::email).toArray(String[]::new))
			.isEmpty()) {
			throw new EventRefusedException("event.refused.alreadyRegistered");
		}
		this.ids.drawFor(sessionId, employees.size());
		List<Registration> made = new ArrayList<>();
		for (Attendee employee : employees) {
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
			return registerNow(request);
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
			return Objects.requireNonNull(this.transactions.execute((status) -> registerNow(request)));
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
	 * settles each ticket once it is committed. The batch takes the sessions' rows in its
	 * turn, after the batches formed before it on the desk. A registration refused by the
	 * rules (before it wrote anything) is refused alone; if anything else fails, the
	 * transaction is rolled back and each registration is made alone.
	 */
	@Transactional(propagation = Propagation.NEVER)
	void registerTogether(List<RegistrationDesk.Ticket> tickets, RegistrationDesk.Turn turn) {
		List<Object> outcomes;
		try {
			outcomes = this.transactions.execute((status) -> {
				Together together = new Together(tickets.stream().map(RegistrationDesk.Ticket::request).toList(), turn);
				List<Object> made = new ArrayList<>(tickets.size());
				for (RegistrationDesk.Ticket ticket : tickets) {
					try {
						made.add(register(ticket.request(), together));
					}
					catch (EventRefusedException | NotFoundException | AccessDeniedException ex) {
						made.add(ex);
					}
				}
				// every row this batch takes is taken: the next batch may take its own
				// while this one writes and commits
				turn.pass();
				together.write();
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

	/** A registration on the public form, alone in the current transaction. */
	private Registration registerNow(ParticipantRequest request) {
		Together together = new Together(List.of(request), RegistrationDesk.Turn.NONE);
		Registration registration = register(request, together);
		together.write();
		return registration;
	}

	/**
	 * A registration on the public form, in the current transaction, among those it makes
	 * together: the session and its event are read once, the addresses already registered
	 * asked for once, and the places counted in memory once the session's row is locked
	 * (those taken with the lock and not used are given back by {@link Together#write}).
	 */
	private Registration register(ParticipantRequest request, Together together) {
		long sessionId = request.sessionId();
		Session session = together.session(sessionId);
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
		if (together.isRegistered(sessionId, request.participant().email())) {
			throw new EventRefusedException("event.refused.alreadyRegistered");
		}
		Registration registration = event.register(session, RegistrationKind.PARTICIPANT, null, null,
				request.participant(), now(), () -> together.takePlace(sessionId));
		registration.wishToMeet(request.wishes());
		this.registrations.save(registration);
		together.made(event, sessionId, request.participant().email());
		return registration;
	}

	/** A registration asked for on the public form. */
	record ParticipantRequest(long eventId, long sessionId, Attendee participant, List<MeetingWish> wishes,
			@Nullable PasserelleUser user) {
	}

	/**
	 * What one transaction making registrations on the public form reads once and holds,
	 * per session: the session with its event (read unlocked), the addresses of its
	 * registrations already registered (asked for all at once), and, from the first place
	 * taken, the places left: the session's row is locked then (after a cancellation
	 * giving a place back, which holds it while it promotes someone waiting), so that
	 * those waiting get their rank after every place given. {@link #write} publishes the
	 * events' registrations and adds the places taken in one statement per session.
	 */
	private final class Together {

		private final List<ParticipantRequest> requests;

		private final Map<Long, Session> read = new HashMap<>();

		/** Per session, the addresses as typed that are registered already. */
		private final Map<Long, Set<String>> registered = new HashMap<>();

		/** Per session, the addresses (in lower case) registered by this transaction. */
		private final Map<Long, Set<String>> made = new HashMap<>();

		/** Per session whose row is locked, its places. */
		private final Map<Long, Places> places = new HashMap<>();

		private final Set<Event> written = new LinkedHashSet<>();

		private final RegistrationDesk.Turn turn;

		Together(List<ParticipantRequest> requests, RegistrationDesk.Turn turn) {
			this.requests = requests;
			this.turn = turn;
		}

		Session session(long sessionId) {
			return this.read.computeIfAbsent(sessionId, (id) -> Registrations.this.sessions.withEvent(id)
				.orElseThrow(() -> new NotFoundException("Session", sessionId)));
		}

		boolean isRegistered(long sessionId, String email) {
			Set<String> already = this.registered.computeIfAbsent(sessionId,
					(id) -> new HashSet<>(Registrations.this.registrations.registeredAmong(id,
							this.requests.stream()
								.filter((request) -> request.sessionId() == id)
								.map((request) -> request.participant().email())
								.distinct()
								.toArray(String[]::new))));
			return already.contains(email)
					|| this.made.getOrDefault(sessionId, Set.of()).contains(email.toLowerCase(Locale.ROOT));
		}

		boolean takePlace(long sessionId) {
			return this.places.computeIfAbsent(sessionId, this::lock).take();
		}

		/**
		 * Locks the session's row, reads its places left and takes as many as this
		 * transaction has registrations to the session; their ids are drawn once it is
		 * locked, in the same statement, and reserved for them.
		 */
		private Places lock(long sessionId) {
			int registrations = (int) this.requests.stream()
				.filter((request) -> request.sessionId() == sessionId)
				.count();
			this.turn.await();
			List<Object[]> drawn = Registrations.this.sessions.lockTakingPlacesDrawingIds(sessionId, registrations);
			if (drawn.isEmpty()) {
				throw new NotFoundException("Session", sessionId);
			}
			RegistrationIds.reserve(sessionId, drawn.stream().map((row) -> ((Number) row[1]).longValue()).toList());
			int left = ((Number) drawn.get(0)[0]).intValue();
			return new Places(left, Math.max(0, Math.min(left, registrations)));
		}

		void made(Event event, long sessionId, String email) {
			this.made.computeIfAbsent(sessionId, (id) -> new HashSet<>()).add(email.toLowerCase(Locale.ROOT));
			this.written.add(event);
		}

		/**
		 * Publishes the events' registrations and gives back the places taken with the
		 * lock that no registration used (the row is locked since).
		 */
		void write() {
			// the registrations and the publications of their mails, written at the next
			// statement, each in one batch
			Registrations.this.ids.writeTogether(this.requests.size());
			this.written.forEach(Registrations.this.events::save);
			this.places.forEach((sessionId, places) -> {
				if (places.unused() > 0) {
					Registrations.this.sessions.givePlacesBack(sessionId, places.unused());
				}
			});
		}

	}

	/**
	 * The places of a session whose row is locked: those left when it was locked, those
	 * taken with the lock for the registrations to come, those they used.
	 */
	private static final class Places {

		private final int left;

		private final int reserved;

		private int used;

		Places(int left, int reserved) {
			this.left = left;
			this.reserved = reserved;
		}

		boolean take() {
			if (this.used >= this.left) {
				return false;
			}
			this.used++;
			return true;
		}

		/** The places taken with the lock that no registration used. */
		int unused() {
			return this.reserved - this.used;
		}

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
