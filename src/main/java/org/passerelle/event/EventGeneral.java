package org.passerelle.event;

import java.util.Set;

/**
 * What an event is, the first step of its editor: titles and descriptions in French
 * and/or English, kind, labels, pillars and audiences.
 */
public record EventGeneral(EventTitle title, EventTitle description, EventKind kind, Set<String> labels,
		Set<Long> pillarIds, Set<Audience> audiences) {

	public EventGeneral {
		labels = Set.copyOf(labels);
		pillarIds = Set.copyOf(pillarIds);
		audiences = Set.copyOf(audiences);
	}

	/** What the event is now. */
	public static EventGeneral of(Event event) {
		return new EventGeneral(event.getTitle(), event.getDescription(), event.getKind(), event.getLabels(),
				event.getPillarIds(), event.getAudiences());
	}

}
