package org.passerelle.matchmaking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkshopRepository extends JpaRepository<Workshop, Long> {

	List<Workshop> findBySessionIdOrderById(long sessionId);

	boolean existsBySessionIdAndTitleIgnoreCase(long sessionId, String title);

}
