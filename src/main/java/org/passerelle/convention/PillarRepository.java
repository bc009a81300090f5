package org.passerelle.convention;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface PillarRepository extends JpaRepository<Pillar, Long> {

	List<Pillar> findAllByOrderByPosition();

	List<Pillar> findByRetiredFalseOrderByPosition();

	boolean existsByNameFrIgnoreCaseAndIdNot(String nameFr, long id);

	boolean existsByNameEnIgnoreCaseAndIdNot(String nameEn, long id);

	@Query("select coalesce(max(p.position), 0) from Pillar p")
	int maxPosition();

	@Query("select distinct p.id from Convention c join c.pillars p")
	Set<Long> findIdsUsedByConventions();

	@Query("select distinct a.pillar.id from Axis a")
	Set<Long> findIdsUsedByAxes();

	@Query("select count(c) > 0 from Convention c join c.pillars p where p.id = :pillarId")
	boolean isUsedByAConvention(long pillarId);

	@Query("select count(a) > 0 from Axis a where a.pillar.id = :pillarId")
	boolean isUsedByAnAxis(long pillarId);

}
