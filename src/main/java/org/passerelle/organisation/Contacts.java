package org.passerelle.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.NotFoundException;

/**
 * The people at an organisation: added, changed, exported and erased on request (GDPR),
 * each change recorded in the organisation's history.
 */
@Service
@Transactional
public class Contacts {

	private final ContactRepository contacts;

	private final OrganisationRepository organisations;

	private final OrganisationChangeRepository changes;

	private final History history;

	Contacts(ContactRepository contacts, OrganisationRepository organisations, OrganisationChangeRepository changes,
			History history) {
		this.contacts = contacts;
		this.organisations = organisations;
		this.changes = changes;
		this.history = history;
	}

	/** The organisation's contacts (erased ones left out), by name. */
	@Transactional(readOnly = true)
	public List<Contact> of(long organisationId) {
		return this.contacts.findByOrganisationIdAndErasedAtIsNullOrderByLastNameAscFirstNameAsc(organisationId);
	}

	@Transactional(readOnly = true)
	public Contact get(long organisationId, long contactId) {
		return this.contacts.findByIdAndOrganisationId(contactId, organisationId)
			.orElseThrow(() -> new NotFoundException("Contact", contactId));
	}

	/** Contacts by id, for naming them in history. */
	@Transactional(readOnly = true)
	public Map<Long, Contact> byIds(List<Long> ids) {
		return this.contacts.findAllById(ids)
			.stream()
			.collect(java.util.stream.Collectors.toMap(Contact::getId, java.util.function.Function.identity()));
	}

	public Contact add(long organisationId, ContactDetails details) {
		if (!this.organisations.existsById(organisationId)) {
			throw new NotFoundException("Organisation", organisationId);
		}
		Contact contact = this.contacts.saveAndFlush(new Contact(organisationId, details));
		this.history.record(organisationId, contact.getId(), ChangeAction.CONTACT_ADDED, Map.of(), contact.snapshot());
		return contact;
	}

	public Contact update(long organisationId, long contactId, long expectedVersion, ContactDetails details) {
		Contact contact = get(organisationId, contactId);
		if (contact.isErased()) {
			throw new NotFoundException("Contact", contactId);
		}
		if (contact.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Contact.class, contactId);
		}
		Map<String, String> before = contact.snapshot();
		contact.update(details);
		this.contacts.saveAndFlush(contact);
		this.history.record(organisationId, contactId, ChangeAction.CONTACT_UPDATED, before, contact.snapshot());
		return contact;
	}

	/**
	 * Everything kept about a contact, for a subject access request (GDPR, articles 15
	 * and 20).
	 */
	@Transactional(readOnly = true)
	public ContactExport export(long organisationId, long contactId) {
		Contact contact = get(organisationId, contactId);
		Organisation organisation = this.organisations.findById(organisationId)
			.orElseThrow(() -> new NotFoundException("Organisation", organisationId));
		List<ContactExport.Change> history = this.changes.findByContactIdOrderByChangedAtAscIdAsc(contactId)
			.stream()
			.map((change) -> new ContactExport.Change(change.getChangedAt(), change.getChangedBy(),
					change.getAction().name(), change.getFields()))
			.toList();
		return new ContactExport(this.history.clock().instant(), organisation.getName(), contact.getFirstName(),
				contact.getLastName(), contact.getJobTitle(), contact.getEmail(), contact.getPhone(),
				contact.getNotes(), contact.getPurpose().name(), contact.getCreatedAt(), contact.getCreatedBy(),
				contact.getUpdatedAt(), contact.getUpdatedBy(), history);
	}

	/**
	 * Erases a contact's personal data (GDPR, article 17): the contact and the values in
	 * its history are emptied; who changed what and when stays.
	 */
	public void erase(long organisationId, long contactId) {
		Contact contact = get(organisationId, contactId);
		if (contact.isErased()) {
			return;
		}
		Instant now = this.history.clock().instant();
		contact.erase(now);
		this.changes.findByContactIdOrderByChangedAtAscIdAsc(contactId).forEach(OrganisationChange::anonymise);
		this.contacts.saveAndFlush(contact);
		this.history.record(organisationId, contactId, ChangeAction.CONTACT_ERASED, Map.of(), Map.of());
	}

}
