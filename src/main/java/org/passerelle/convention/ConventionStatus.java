package org.passerelle.convention;

import java.util.List;
import java.util.Locale;

/**
 * Where a convention stands. A convention moves only along the allowed transitions: draft
 * ⇄ in negotiation → signed → active → expired or terminated (a signed convention may
 * also be terminated before it starts).
 */
public enum ConventionStatus {

	DRAFT, IN_NEGOTIATION, SIGNED, ACTIVE, EXPIRED, TERMINATED;

	/** The statuses this one may move to. */
	public List<ConventionStatus> next() {
		return switch (this) {
			case DRAFT -> List.of(IN_NEGOTIATION);
			case IN_NEGOTIATION -> List.of(DRAFT, SIGNED);
			case SIGNED -> List.of(ACTIVE, TERMINATED);
			case ACTIVE -> List.of(EXPIRED, TERMINATED);
			case EXPIRED, TERMINATED -> List.of();
		};
	}

	public boolean canMoveTo(ConventionStatus target) {
		return next().contains(target);
	}

	/** Whether the convention binds its parties (signed and not yet ended). */
	public boolean isInForce() {
		return this == SIGNED || this == ACTIVE;
	}

	/** Whether a new version may be drawn up from a convention in this status. */
	public boolean canBeRenewed() {
		return this == SIGNED || this == ACTIVE || this == EXPIRED;
	}

	public String messageKey() {
		return "convention.status." + name().toLowerCase(Locale.ROOT);
	}

	/** The message key of the button that moves a convention to this status. */
	public String actionKey() {
		return "convention.transition." + name().toLowerCase(Locale.ROOT);
	}

	/** A Bootstrap badge class for this status (colours with AA contrast). */
	public String badgeClass() {
		return switch (this) {
			case DRAFT -> "text-bg-light border";
			case IN_NEGOTIATION -> "text-bg-warning";
			case SIGNED -> "text-bg-info";
			case ACTIVE -> "text-bg-success";
			case EXPIRED -> "text-bg-secondary";
			case TERMINATED -> "text-bg-dark";
		};
	}

}
