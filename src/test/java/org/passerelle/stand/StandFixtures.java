package org.passerelle.stand;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.EventService;
import org.passerelle.event.Events;
import org.passerelle.event.Session;
import org.passerelle.event.SessionDetails;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/** Events with stand types, and stands, made for tests through the real services. */
@Component
public class StandFixtures {

	private final EventFixtures events;

	private final EventService eventService;

	private final Events queries;

	private final StandService stands;

	StandFixtures(EventFixtures events, EventService eventService, Events queries, StandService stands) {
		this.events = events;
		this.eventService = eventService;
		this.queries = queries;
		this.stands = stands;
	}

	public EventFixtures events() {
		return this.events;
	}

	/**
	 * A published forum of AMU over two days on two campuses (a draft if asked), with a
	 * standard stand type at 600.00 € that up to three companies share.
	 */
	public Forum forum(boolean published, int perSession) {
		long amu = this.events.people().amu();
		Event event = this.events.draft("Forum stands", amu, 80);
		this.eventService.addSession(event.getId(),
				new SessionDetails(this.events.today().plusMonths(1).plusDays(1), LocalTime.of(9, 0),
						LocalTime.of(17, 0), "Campus Aix-Schuman", "Aix-en-Provence", 80, List.of()),
				this.events.people().admin());
		if (published) {
			Event draft = this.eventService.forEditing(event.getId(), this.events.people().admin());
			this.eventService.transition(event.getId(), draft.getVersion(), org.passerelle.event.EventStatus.PUBLISHED,
					this.events.people().admin());
		}
		Event loaded = this.queries.find(event.getId(), this.events.people().admin());
		StandType type = this.stands.addType(loaded, new StandTypeDetails("Stand standard " + UUID.randomUUID(),
				"Standard stand", Money.euros(60000), perSession, 3));
		return new Forum(loaded, type);
	}

	/** A liaison of the named organisation, writing from the given address. */
	public PasserelleUser liaison(String organisation, String email) {
		return new PasserelleUser(-1, email, "{noop}x", "Liaison " + organisation, Role.LIAISON,
				this.events.people().organisation(organisation), true, true);
	}

	/** A number for the stand at every session of the event. */
	public static Map<Long, String> numbers(Event event, String prefix) {
		Map<Long, String> numbers = new HashMap<>();
		for (Session session : event.getSessions()) {
			numbers.put(session.getId(), prefix + "-" + session.getCity().charAt(0));
		}
		return numbers;
	}

	/** An event and its stand type. */
	public record Forum(Event event, StandType type) {

	}

}
