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
	 * The session with its event, its row not locked: for registrations on the public
	 * form, which lock it from their first place ({@link #lockPlacesLeft}) to the commit.
	 */
	@Query("select s from Session s join fetch s.event where s.id = :id")
	Optional<Session> withEvent(@Param("id") long id);

	/**
	 * Waits for the session's row and locks it until the transaction ends, and tells the
	 * places left as they are now, without reading the session again (the one read
	 * unlocked stays as it was).
	 */
	@Query(value = "select capacity - places_taken from event_session where id = :id for no key update",
			nativeQuery = true)
	Optional<Integer> lockPlacesLeft(@Param("id") long id);

	/**
	 * Takes places counted after {@link #lockPlacesLeft} in one statement.
	 * @return 1, or 0 if fewer places are left
	 */
	@Modifying
	@Query(value = "update event_session set places_taken = places_taken + :places "
			+ "where id = :id and places_taken + :places <= capacity", nativeQuery = true)
	int takePlaces(@Param("id") long id, @Param("places") int places);

}
