package org.passerelle.event;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	@Query("select distinct l from Event e join e.labels l order by l")
	List<String> labels();

	@Query("select distinct s.city from Session s order by s.city")
	List<String> cities();

}
