package org.passerelle.event;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
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
	 * The session with its event, the event's sessions and audiences (which say whether
	 * it takes registrations, and from whom), in one statement, its row not locked: for
	 * registrations on the public form, which lock it from their first place
	 * ({@link #lockPlacesLeftDrawingIds}) to the commit.
	 */
	@Query("select s from Session s join fetch s.event e left join fetch e.sessions left join fetch e.audiences "
			+ "where s.id = :id")
	Optional<Session> withEvent(@Param("id") long id);

	/**
	 * Waits for the session's row and locks it until the transaction ends, tells the
	 * places left as they are now, without reading the session again (the one read
	 * unlocked stays as it was), and draws the ids of the registrations about to be made
	 * from their sequence once the row is locked ({@link RegistrationIds}), without
	 * flushing: one row per id, each {@code [places left, id]}; none if there is no such
	 * session.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	@Query(value = "select places.places_left, ids.id from (select capacity - places_taken as places_left "
			+ "from event_session where id = :id for no key update) places " + "cross join lateral (select nextval('"
			+ RegistrationIds.SEQUENCE + "') as id "
			+ "from generate_series(1, :registrations) where places.places_left is not null) ids", nativeQuery = true)
	List<Object[]> lockPlacesLeftDrawingIds(@Param("id") long id, @Param("registrations") int registrations);

	/**
	 * Takes places counted after {@link #lockPlacesLeftDrawingIds} in one statement.
	 * @return 1, or 0 if fewer places are left
	 */
	@Modifying
	@Query(value = "update event_session set places_taken = places_taken + :places "
			+ "where id = :id and places_taken + :places <= capacity", nativeQuery = true)
	int takePlaces(@Param("id") long id, @Param("places") int places);

}
