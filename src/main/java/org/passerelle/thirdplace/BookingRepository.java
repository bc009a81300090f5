package org.passerelle.thirdplace;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

	@Query("select b from Booking b where b.spaceId in :spaceIds and b.endsAt > :from and b.startsAt < :to order by b.startsAt, b.id")
	List<Booking> findBetween(Collection<Long> spaceIds, Instant from, Instant to);

}
