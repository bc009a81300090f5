package org.passerelle.event;

import java.util.List;
import java.util.Locale;

/**
 * Where an event stands: draft → published → cancelled or done. Only a draft is hidden
 * from the public; a cancelled event stays visible, marked as cancelled.
 */
public enum EventStatus {

	DRAFT, PUBLISHED, CANCELLED, DONE;

	/** The statuses this one may move to. */
	public List<EventStatus> next() {
		return switch (this) {
			case DRAFT -> List.of(PUBLISHED);
			case PUBLISHED -> List.of(CANCELLED, DONE);
			case CANCELLED, DONE -> List.of();
		};
	}

	public boolean canMoveTo(EventStatus target) {
		return next().contains(target);
	}

	public String messageKey() {
		return "event.status." + name().toLowerCase(Locale.ROOT);
	}

	/** The message key of the button that moves an event to this status. */
	public String actionKey() {
		return "event.transition." + name().toLowerCase(Locale.ROOT);
	}

	/** A Bootstrap badge class for this status (colours with AA contrast). */
	public String badgeClass() {
		return switch (this) {
			case DRAFT -> "text-bg-light border";
			case PUBLISHED -> "text-bg-success";
			case CANCELLED -> "text-bg-dark";
			case DONE -> "text-bg-secondary";
		};
	}

}
