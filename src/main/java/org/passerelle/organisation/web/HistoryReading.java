package org.passerelle.organisation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.OrganisationChange;
import org.passerelle.shared.PeopleNames;

/**
 * What a history shows of who made each change: the person's name, never their e-mail
 * address (an address no account has any more shows as itself; the portal's own changes
 * as "Passerelle").
 */
@Component
class HistoryReading {

	private final ObjectProvider<PeopleNames> names;

	HistoryReading(ObjectProvider<PeopleNames> names) {
		this.names = names;
	}

	/** The names of the people who made these changes, by the e-mail recorded. */
	Map<String, String> people(List<OrganisationChange> changes) {
		List<String> emails = changes.stream().map(OrganisationChange::getChangedBy).distinct().toList();
		return new HashMap<>(PeopleNames.byEmail(this.names, emails));
	}

}
