package org.passerelle.thirdplace;

import java.util.List;
import java.util.Locale;

/**
 * Where a hosting request stands: submitted → under review → approved (spaces allocated)
 * or declined (with a reason) → active → ended; the requester withdraws it until it is
 * active.
 */
public enum HostingStatus {

	SUBMITTED, UNDER_REVIEW, APPROVED, DECLINED, ACTIVE, ENDED, WITHDRAWN;

	/** The statuses in which a request holds spaces. */
	public static final List<HostingStatus> HOLDING = List.of(APPROVED, ACTIVE);

	/** The statuses in which a request waits for a decision. */
	public static final List<HostingStatus> PENDING = List.of(SUBMITTED, UNDER_REVIEW);

	public String messageKey() {
		return "hosting.status." + name().toLowerCase(Locale.ROOT);
	}

	public boolean isPending() {
		return PENDING.contains(this);
	}

	public boolean canBeWithdrawn() {
		return this == SUBMITTED || this == UNDER_REVIEW || this == APPROVED;
	}

}
