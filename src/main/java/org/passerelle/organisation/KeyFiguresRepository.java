package org.passerelle.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyFiguresRepository extends JpaRepository<KeyFigures, Long> {

	List<KeyFigures> findByOrganisationIdOrderByYearDesc(long organisationId);

	Optional<KeyFigures> findByOrganisationIdAndYear(long organisationId, int year);

}
