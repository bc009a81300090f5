package org.passerelle.account;

import java.util.Locale;

/**
 * The kinds of mail a person chooses to receive or not, at once or in a digest. Mails
 * that carry a link to act on at once (confirming an address, choosing a password) are
 * not among them: they are always sent.
 */
public enum NotificationTopic {

	/** Follow-up actions they carry, due soon or overdue. */
	ACTIONS,
	/** Conventions of their office ending soon (staff). */
	CONVENTIONS_ENDING,
	/** Registrations to events: places held, waitlists, cancellations. */
	REGISTRATIONS,
	/** Decisions on their organisation's hosting requests. */
	HOSTING_DECISIONS;

	public String messageKey() {
		return "notifications.topic." + name().toLowerCase(Locale.ROOT);
	}

}
