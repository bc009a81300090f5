package org.passerelle.event;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What the events list is narrowed to; every part is in the page's URL.
 *
 * @param past past events instead of upcoming ones
 * @param q words of the title or description
 */
public record EventFilter(boolean past, @Nullable String q, @Nullable EventKind kind, @Nullable Long pillar,
		@Nullable String label, @Nullable Long organiser, @Nullable YearMonth month, @Nullable String city,
		@Nullable Audience audience) {

	public static EventFilter upcoming() {
		return new EventFilter(false, null, null, null, null, null, null, null, null);
	}

	/** Whether anything beyond upcoming/past narrows the list. */
	public boolean isNarrowed() {
		return this.q != null || this.kind != null || this.pillar != null || this.label != null
				|| this.organiser != null || this.month != null || this.city != null || this.audience != null;
	}

}
