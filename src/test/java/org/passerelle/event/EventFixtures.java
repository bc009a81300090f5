package org.passerelle.event;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.convention.ConventionFixtures;
import org.passerelle.shared.PasserelleUser;

/**
 * Events made for tests through the real services, on the demo directory and accounts.
 */
@Component
public class EventFixtures {

	private final EventService service;

	private final ConventionFixtures people;

	private final Clock clock;

	private final JdbcClient jdbc;

	/** The events the running test opened, cancelled after it ({@link OpenedEvents}). */
	private final Set<Long> opened = ConcurrentHashMap.newKeySet();

	/**
	 * A registration of the public form, waiting at the desk, for tests that make
	 * registrations together ({@link Registrations#registerTogether}).
	 */
	static RegistrationDesk.Ticket ticket(Event event, long session, Attendee attendee) {
		return new RegistrationDesk.Ticket(
				new Registrations.ParticipantRequest(event.getId(), session, attendee, List.of(), null));
	}

	EventFixtures(EventService service, ConventionFixtures people, Optional<Clock> clock, JdbcClient jdbc) {
		this.service = service;
		this.people = people;
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.jdbc = jdbc;
	}

	public ConventionFixtures people() {
		return this.people;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Paris"));
	}

	public EventDetails details(String title, long organiserId, EventKind kind) {
		return new EventDetails(new EventTitle(title, title + " (EN)"), new EventTitle("Description de " + title, null),
				kind, Set.of(organiserId), Set.of(), Set.of("Label test"), Set.of(), Set.of(Audience.STUDENTS), null,
				null);
	}

	/** A draft of the given institution with one session in a month's time. */
	public Event draft(String title, long organiserId, int capacity) {
		PasserelleUser admin = this.people.admin();
		Event event = this.service.create(details(title + " " + UUID.randomUUID().toString().substring(0, 6),
				organiserId, EventKind.STUDENT_INDUSTRY_DAY), admin);
		this.service.addSession(event.getId(), new SessionDetails(today().plusMonths(1), LocalTime.of(9, 0),
				LocalTime.of(17, 0), "Campus Saint-Charles", "Marseille", capacity, List.of()), admin);
		return this.service.forEditing(event.getId(), admin);
	}

	/**
	 * A published event of the given institution with one session of the given capacity.
	 */
	public Event published(String title, long organiserId, int capacity) {
		Event event = draft(title, organiserId, capacity);
		return this.service.transition(event.getId(), event.getVersion(), EventStatus.PUBLISHED, this.people.admin());
	}

	/** The session's version as it is now in the database. */
	public long sessionVersion(long sessionId) {
		return this.jdbc.sql("select version from event_session where id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single();
	}

	public long sessionOf(Event event) {
		return event.getSessions().get(0).getId();
	}

	/**
	 * A published event, as {@link #published}, cancelled after the test by
	 * {@link OpenedEvents}: a test that publishes events taking registrations leaves the
	 * lists of open events other tests read (a liaison's home) as the demo's.
	 */
	public Event opened(String title, long organiserId, int capacity) {
		Event event = published(title, organiserId, capacity);
		cancelAfterTest(event);
		return event;
	}

	/**
	 * Cancels the event after the test if it is published then (a draft the test
	 * publishes), with {@link OpenedEvents}.
	 */
	public void cancelAfterTest(Event event) {
		this.opened.add(event.getId());
	}

	/** Cancels those of the test's opened events that are still published. */
	void cancelOpened() {
		PasserelleUser admin = this.people.admin();
		for (long id : List.copyOf(this.opened)) {
			Event event = this.service.forEditing(id, admin);
			if (event.getStatus() == EventStatus.PUBLISHED) {
				this.service.transition(id, event.getVersion(), EventStatus.CANCELLED, admin);
			}
		}
		this.opened.clear();
	}

}
