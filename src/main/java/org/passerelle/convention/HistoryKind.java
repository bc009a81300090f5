package org.passerelle.convention;

import java.util.Locale;

/**
 * What a change to a convention was.
 */
public enum HistoryKind {

	CREATED, GENERAL_CHANGED, PARTIES_CHANGED, DATES_CHANGED, PILLARS_CHANGED, AXIS_ADDED, AXIS_CHANGED, AXIS_REMOVED,
	ACTION_ADDED, ACTION_CHANGED, COMMENTED, DOCUMENT_ADDED, DOCUMENT_REMOVED, STATUS_CHANGED, RENEWED, RENEWAL_OF,
	RENEWAL_NOTICE_SENT, HOSTING_APPROVED;

	public String messageKey() {
		return "history.kind." + name().toLowerCase(Locale.ROOT);
	}

}
