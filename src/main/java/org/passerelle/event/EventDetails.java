package org.passerelle.event;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.Sector;

/**
 * What staff give for an event: titles and descriptions in French and/or English, kind,
 * organising institutions, partners, labels, pillars, audiences, the partners' sectors it
 * is meant for (none: every sector) and registration window.
 */
public record EventDetails(EventTitle title, EventTitle description, EventKind kind, Set<Long> organiserIds,
		Set<Long> partnerIds, Set<String> labels, Set<Long> pillarIds, Set<Audience> audiences, Set<Sector> sectors,
		@Nullable Instant registrationOpensAt, @Nullable Instant registrationClosesAt) {

	public EventDetails {
		organiserIds = Set.copyOf(organiserIds);
		partnerIds = Set.copyOf(partnerIds);
		labels = Set.copyOf(labels);
		pillarIds = Set.copyOf(pillarIds);
		audiences = Set.copyOf(audiences);
		sectors = Set.copyOf(sectors);
	}

	/** An event open to every sector. */
	public EventDetails(EventTitle title, EventTitle description, EventKind kind, Set<Long> organiserIds,
			Set<Long> partnerIds, Set<String> labels, Set<Long> pillarIds, Set<Audience> audiences,
			@Nullable Instant registrationOpensAt, @Nullable Instant registrationClosesAt) {
		this(title, description, kind, organiserIds, partnerIds, labels, pillarIds, audiences, Set.of(),
				registrationOpensAt, registrationClosesAt);
	}

}
