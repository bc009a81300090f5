package org.passerelle.event;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
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

	/**
	 * The session with its event, its row not locked: for a registration that takes its
	 * place with {@link #takePlace}.
	 */
	@Query("select s from Session s join fetch s.event where s.id = :id")
	Optional<Session> withEvent(@Param("id") long id);

	/**
	 * Takes one place if one is left, in one statement: its row stays locked until the
	 * transaction ends, so everything before it runs unlocked.
	 * @return 1 if a place was taken, 0 if the session is full
	 */
	/**
	 * Waits for the session's row and locks it until the transaction ends, without
	 * reading the session again (the one read unlocked stays as it was).
	 */
	@Query(value = "select id from event_session where id = :id for update", nativeQuery = true)
	Optional<Long> lockRow(@Param("id") long id);

	@Modifying
	@Query(value = "update event_session set places_taken = places_taken + 1 where id = :id and places_taken < capacity",
			nativeQuery = true)
	int takePlace(@Param("id") long id);

}
