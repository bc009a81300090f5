package org.passerelle.shared;

import java.util.Collection;
import java.util.Map;

/**
 * The names of the people of the portal, by the e-mail that histories record them by
 * ({@link AuditingConfiguration}): so that a history shows "Claire Martin", not an
 * address. The account module provides it.
 */
public interface PeopleNames {

	/** The display names of the accounts with these e-mails (unknown ones left out). */
	Map<String, String> byEmail(Collection<String> emails);

}
