package org.passerelle.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.organisation.Contact;
import org.passerelle.organisation.Contacts;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationActivity;
import org.passerelle.organisation.OrganisationChange;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationMerge;
import org.passerelle.organisation.OrganisationMerges;
import org.passerelle.organisation.OrganisationOverview;
import org.passerelle.organisation.OrganisationPermissions;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * What an organisation's page shows, read in one read-only transaction: the organisation,
 * what the other modules tell of it (its conventions, events and hosting), its contacts,
 * history and undoable merges, each as far as the reader may see it. The parts' services
 * join this transaction instead of opening one each (six on this page): each costs a
 * BEGIN and a COMMIT, an entity manager, and a connection taken from the pool and given
 * back. Side by side on the large dataset (issue 13) the page answered 1.7 to 2 times as
 * many requests at 32 clients.
 */
@Service
@Transactional(readOnly = true)
class OrganisationPageReading {

	private final OrganisationDirectory directory;

	private final Contacts contacts;

	private final ObjectProvider<OrganisationActivity> activities;

	private final OrganisationPermissions permissions;

	private final OrganisationMerges merges;

	private final HistoryReading historyReading;

	OrganisationPageReading(OrganisationDirectory directory, Contacts contacts,
			ObjectProvider<OrganisationActivity> activities, OrganisationPermissions permissions,
			OrganisationMerges merges, HistoryReading historyReading) {
		this.directory = directory;
		this.contacts = contacts;
		this.activities = activities;
		this.permissions = permissions;
		this.merges = merges;
		this.historyReading = historyReading;
	}

	/**
	 * The page of the organisation of this id for this reader; only where it redirects to
	 * when it was merged into another.
	 * @throws NotFoundException when there is none, or the reader may not see it
	 */
	OrganisationPage read(long id, @Nullable PasserelleUser reader) {
		OrganisationOverview overview = this.directory.overview(id);
		Organisation organisation = overview.organisation();
		if (!this.permissions.sees(reader, organisation)) {
			throw new NotFoundException("Organisation", id);
		}
		Long mergedInto = this.merges.redirectOf(organisation);
		if (mergedInto != null) {
			return new OrganisationPage(overview, mergedInto, List.of(), null, null, Map.of(), Map.of(), null);
		}
		List<OrganisationActivity.Section> sections = this.activities.orderedStream()
			.flatMap((activity) -> activity.describe(id, reader).stream())
			.toList();
		List<Contact> contacts = this.permissions.seesContacts(reader, organisation) ? this.contacts.of(id) : null;
		List<OrganisationChange> history = null;
		Map<Long, Contact> historyContacts = Map.of();
		Map<String, String> historyPeople = Map.of();
		if (this.permissions.manages(reader)) {
			history = this.directory.history(id);
			historyContacts = this.contacts.byIds(history.stream()
				.map(OrganisationChange::getContactId)
				.filter(Objects::nonNull)
				.distinct()
				.toList());
			historyPeople = this.historyReading.people(history);
		}
		List<OrganisationMerge> undoableMerges = this.permissions.undoesMerges(reader)
				? this.merges.recent(id).stream().filter(OrganisationMerge::undoOffered).toList() : null;
		return new OrganisationPage(overview, null, sections, contacts, history, historyContacts, historyPeople,
				undoableMerges);
	}

	/**
	 * An organisation's page: its overview, where it redirects to if merged, the other
	 * modules' sections; its contacts, history (with the contacts and people it names)
	 * and undoable merges, each {@code null} when the reader may not see them.
	 */
	record OrganisationPage(OrganisationOverview overview, @Nullable Long mergedInto,
			List<OrganisationActivity.Section> activities, @Nullable List<Contact> contacts,
			@Nullable List<OrganisationChange> history, Map<Long, Contact> historyContacts,
			Map<String, String> historyPeople, @Nullable List<OrganisationMerge> undoableMerges) {

	}

}
