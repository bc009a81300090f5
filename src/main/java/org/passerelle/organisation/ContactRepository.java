package org.passerelle.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

	List<Contact> findByOrganisationIdAndErasedAtIsNullOrderByLastNameAscFirstNameAsc(long organisationId);

	Optional<Contact> findByIdAndOrganisationId(long id, long organisationId);

}
