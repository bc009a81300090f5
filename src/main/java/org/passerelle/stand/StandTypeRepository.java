package org.passerelle.stand;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StandTypeRepository extends JpaRepository<StandType, Long> {

	List<StandType> findByEventIdOrderByPriceCentsDescIdAsc(long eventId);

}
