package org.passerelle.event;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.Sector;

/**
 * What the events list is narrowed to; every part is in the page's URL.
 *
 * @param past past events instead of upcoming ones
 * @param q words of the title or description
 * @param sector a partners' sector the events target (events open to every sector target
 * none)
 */
public record EventFilter(boolean past, @Nullable String q, @Nullable EventKind kind, @Nullable Long pillar,
		@Nullable String label, @Nullable Long organiser, @Nullable YearMonth month, @Nullable String city,
		@Nullable Audience audience, @Nullable Sector sector) {

	/** A filter on anything but the sector. */
	public EventFilter(boolean past, @Nullable String q, @Nullable EventKind kind, @Nullable Long pillar,
			@Nullable String label, @Nullable Long organiser, @Nullable YearMonth month, @Nullable String city,
			@Nullable Audience audience) {
		this(past, q, kind, pillar, label, organiser, month, city, audience, null);
	}

	public static EventFilter upcoming() {
		return new EventFilter(false, null, null, null, null, null, null, null, null, null);
	}

	/** Whether anything beyond upcoming/past narrows the list. */
	public boolean isNarrowed() {
		return this.q != null || this.kind != null || this.pillar != null || this.label != null
				|| this.organiser != null || this.month != null || this.city != null || this.audience != null
				|| this.sector != null;
	}

}
