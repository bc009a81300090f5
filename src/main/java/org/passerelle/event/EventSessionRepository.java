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
	 * ({@link #lockTakingPlacesDrawingIds}) to the commit.
	 */
	@Query("select s from Session s join fetch s.event e left join fetch e.sessions left join fetch e.audiences "
			+ "where s.id = :id")
	Optional<Session> withEvent(@Param("id") long id);

	/**
	 * Waits for the session's row and locks it until the transaction ends, tells the
	 * places left as they are now, without reading the session again (the one read
	 * unlocked stays as it was), takes at once as many of them as there are registrations
	 * about to be made (or all that are left), and draws the registrations' ids from
	 * their sequence once the row is locked ({@link RegistrationIds}), without flushing:
	 * one row per id, each {@code [places left before, id]}; none if there is no such
	 * session. Places taken and not used are given back by {@link #givePlacesBack}.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	@Query(value = "with locked as (select id, capacity - places_taken as places_left from event_session "
			+ "where id = :id for no key update), "
			+ "taken as (update event_session s set places_taken = s.capacity - locked.places_left "
			+ "+ least(locked.places_left, :registrations) from locked where s.id = locked.id and locked.places_left > 0) "
			+ "select locked.places_left, ids.id from locked cross join lateral (select nextval('"
			+ RegistrationIds.SEQUENCE + "') as id from generate_series(1, :registrations) "
			+ "where locked.places_left is not null) ids", nativeQuery = true)
	List<Object[]> lockTakingPlacesDrawingIds(@Param("id") long id, @Param("registrations") int registrations);

	/**
	 * Gives back places that {@link #lockTakingPlacesDrawingIds} took and no registration
	 * used (a registration refused after it, such as an address registered already).
	 */
	@Modifying
	@Query(value = "update event_session set places_taken = places_taken - :places where id = :id", nativeQuery = true)
	int givePlacesBack(@Param("id") long id, @Param("places") int places);

}
