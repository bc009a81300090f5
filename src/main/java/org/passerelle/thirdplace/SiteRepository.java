package org.passerelle.thirdplace;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteRepository extends JpaRepository<Site, Long> {

	@Query("select s from Site s order by s.name, s.id")
	List<Site> findAllByName();

	/** Every site with its spaces, by name, in one statement whatever their number. */
	@Query("select distinct s from Site s left join fetch s.spaces order by s.name, s.id")
	List<Site> findAllWithSpaces();

	/**
	 * Loads the amenities of every site into the current persistence context, in one
	 * statement.
	 */
	@Query("select distinct s from Site s left join fetch s.amenities")
	List<Site> fetchAmenities();

	@Query("select s.id from Site s where s.institutionId in :institutionIds")
	List<Long> findIdsByInstitutionIdIn(Collection<Long> institutionIds);

}
