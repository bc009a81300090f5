package org.passerelle.stand;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StandRepository extends JpaRepository<Stand, Long> {

	List<Stand> findByEventIdOrderByIdAsc(long eventId);

	/** The stands the organisation leads, has joined or is invited to. */
	@Query("""
			select distinct s from Stand s join s.companies c
			where c.organisationId = :organisation and c.status <> org.passerelle.stand.MembershipStatus.REFUSED
			order by s.id""")
	List<Stand> involving(@Param("organisation") long organisationId);

}
