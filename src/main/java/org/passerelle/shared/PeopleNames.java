package org.passerelle.shared;

import java.util.Collection;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The names of the people of the portal, by the e-mail that histories record them by
 * ({@link AuditingConfiguration}): so that a history shows "Claire Martin", not an
 * address. The account module provides it.
 */
public interface PeopleNames {

	/** The display names of the accounts with these e-mails (unknown ones left out). */
	Map<String, String> byEmail(Collection<String> emails);

	/**
	 * The display names of the accounts with these e-mails, or none when no module
	 * provides the names (a module tested on its own).
	 */
	static Map<String, String> byEmail(ObjectProvider<PeopleNames> names, Collection<String> emails) {
		PeopleNames source = names.getIfAvailable();
		return (source == null || emails.isEmpty()) ? Map.of() : source.byEmail(emails);
	}

}
