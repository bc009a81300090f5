package org.passerelle.thirdplace;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteRepository extends JpaRepository<Site, Long> {

	@Query("select s from Site s order by s.name, s.id")
	List<Site> findAllByName();

}
