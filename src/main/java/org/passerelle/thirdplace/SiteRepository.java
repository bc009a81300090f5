package org.passerelle.thirdplace;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteRepository extends JpaRepository<Site, Long> {

	@Query("select s from Site s order by s.name, s.id")
	List<Site> findAllByName();

	@Query("select s.id from Site s where s.institutionId in :institutionIds")
	List<Long> findIdsByInstitutionIdIn(Collection<Long> institutionIds);

}
