package org.passerelle.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	List<Organisation> findByActiveTrueAndKindInOrderByName(Collection<OrganisationKind> kinds);

	Optional<Organisation> findFirstByNameIgnoreCase(String name);

}
