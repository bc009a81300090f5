package org.passerelle.event;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventSessionRepository extends JpaRepository<Session, Long> {

	/**
	 * The session, its row locked until the transaction ends: every change to its places
	 * goes through here, one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Session s where s.id = :id")
	Optional<Session> lock(@Param("id") long id);

}
