package org.passerelle.organisation;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationChangeRepository extends JpaRepository<OrganisationChange, Long> {

	List<OrganisationChange> findByOrganisationIdOrderByChangedAtDescIdDesc(long organisationId, Pageable pageable);

	List<OrganisationChange> findByContactIdOrderByChangedAtAscIdAsc(long contactId);

	long countByOrganisationId(long organisationId);

}
