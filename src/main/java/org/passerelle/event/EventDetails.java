package org.passerelle.event;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What staff give for an event: titles and descriptions in French and/or English, kind,
 * organising institutions, partners, labels, pillars, audiences and registration window.
 */
public record EventDetails(EventTitle title, EventTitle description, EventKind kind, Set<Long> organiserIds,
		Set<Long> partnerIds, Set<String> labels, Set<Long> pillarIds, Set<Audience> audiences,
		@Nullable Instant registrationOpensAt, @Nullable Instant registrationClosesAt) {

	public EventDetails {
		organiserIds = Set.copyOf(organiserIds);
		partnerIds = Set.copyOf(partnerIds);
		labels = Set.copyOf(labels);
		pillarIds = Set.copyOf(pillarIds);
		audiences = Set.copyOf(audiences);
	}

}
