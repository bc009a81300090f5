package org.passerelle.stand;

import java.util.Locale;

/**
 * Where a stand stands: applied for and waiting for staff, accepted with its numbers,
 * declined with a reason, or withdrawn by its lead company.
 */
public enum StandStatus {

	PENDING, ACCEPTED, DECLINED, WITHDRAWN;

	public String messageKey() {
		return "stand.status." + name().toLowerCase(Locale.ROOT);
	}

	public String badgeClass() {
		return switch (this) {
			case PENDING -> "text-bg-warning";
			case ACCEPTED -> "text-bg-success";
			case DECLINED -> "text-bg-danger";
			case WITHDRAWN -> "text-bg-secondary";
		};
	}

}
