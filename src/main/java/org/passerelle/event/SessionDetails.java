package org.passerelle.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What staff give for a session: its day, start and end (Europe/Paris), venue, city,
 * capacity and programme.
 */
public record SessionDetails(LocalDate day, LocalTime startsAt, LocalTime endsAt, String venue, String city,
		int capacity, List<ProgrammeItem> programme) {

	public SessionDetails {
		programme = List.copyOf(programme);
	}

}
