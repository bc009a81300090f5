package org.passerelle.convention;

import java.util.Locale;

/**
 * How far a follow-up action has gone.
 */
public enum ActionStatus {

	PLANNED, IN_PROGRESS, DONE, CANCELLED;

	public String messageKey() {
		return "action.status." + name().toLowerCase(Locale.ROOT);
	}

	public String badgeClass() {
		return switch (this) {
			case PLANNED -> "text-bg-light border";
			case IN_PROGRESS -> "text-bg-warning";
			case DONE -> "text-bg-success";
			case CANCELLED -> "text-bg-secondary";
		};
	}

}
