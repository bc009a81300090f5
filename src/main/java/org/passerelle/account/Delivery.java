package org.passerelle.account;

import java.util.Locale;

/**
 * How a person receives a kind of mail.
 */
public enum Delivery {

	/** Each mail when it happens (the default). */
	IMMEDIATE,
	/** Gathered in one mail each morning. */
	DAILY,
	/** Gathered in one mail each Monday morning. */
	WEEKLY,
	/** Not at all. */
	NONE;

	public boolean isDigest() {
		return this == DAILY || this == WEEKLY;
	}

	public String messageKey() {
		return "notifications.delivery." + name().toLowerCase(Locale.ROOT);
	}

}
