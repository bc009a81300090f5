package org.passerelle.event;

import java.util.Set;

import org.passerelle.organisation.Sector;

/**
 * What an event is, the first step of its editor: titles and descriptions in French
 * and/or English, kind, labels, pillars, audiences and the partners' sectors it is meant
 * for (none: every sector).
 */
public record EventGeneral(EventTitle title, EventTitle description, EventKind kind, Set<String> labels,
		Set<Long> pillarIds, Set<Audience> audiences, Set<Sector> sectors) {

	public EventGeneral {
		labels = Set.copyOf(labels);
		pillarIds = Set.copyOf(pillarIds);
		audiences = Set.copyOf(audiences);
		sectors = Set.copyOf(sectors);
	}

	/** What an event is, open to every sector. */
	public EventGeneral(EventTitle title, EventTitle description, EventKind kind, Set<String> labels,
			Set<Long> pillarIds, Set<Audience> audiences) {
		this(title, description, kind, labels, pillarIds, audiences, Set.of());
	}

	/** What the event is now. */
	public static EventGeneral of(Event event) {
		return new EventGeneral(event.getTitle(), event.getDescription(), event.getKind(), event.getLabels(),
				event.getPillarIds(), event.getAudiences(), event.getSectors());
	}

}
