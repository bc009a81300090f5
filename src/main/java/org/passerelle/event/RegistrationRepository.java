package org.passerelle.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	@Query("select r from Registration r join fetch r.session s join fetch s.event where r.publicId = :publicId")
	Optional<Registration> findByPublicId(@Param("publicId") UUID publicId);

	@Query("select r.session.id from Registration r where r.publicId = :publicId")
	Optional<Long> sessionOf(@Param("publicId") UUID publicId);

	/** The waiting registrations of a session that may still be promoted, first first. */
	@Query("select r from Registration r where r.session.id = :session and r.status = 'WAITLISTED' "
			+ "and (r.confirmBy is null or r.confirmBy > :now) order by r.id")
	List<Registration> waiting(@Param("session") long sessionId, @Param("now") Instant now, Limit limit);

	/**
	 * Whether this address holds a live registration to the session: the unique index's
	 * own condition, in SQL (Hibernate translated the JPQL {@code count(r) > 0} anew on
	 * every call, an eighth of a registration's time in the burst of issue 13). Without
	 * the flush Hibernate does before a native query (a dirty check of every entity the
	 * transaction read, the event with its sessions: 2 % of a registration's time): the
	 * callers have no registration of their own waiting to be written when they ask, but
	 * for another address (a file's rows, whose addresses are checked against each
	 * other).
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	@Query(value = "select exists (select 1 from event_registration where session_id = :session "
			+ "and lower(email) = lower(:email) and status in ('PENDING', 'CONFIRMED', 'WAITLISTED'))",
			nativeQuery = true)
	boolean isRegistered(@Param("session") long sessionId, @Param("email") String email);

	/**
	 * Which of these addresses, as given, hold a live registration to the session: the
	 * addresses of registrations made together, of a liaison's employees or of a file of
	 * participants, asked for at once (as {@link #isRegistered}, without a flush).
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	@Query(value = "select distinct address from unnest(cast(:emails as text[])) address "
			+ "where exists (select 1 from event_registration where session_id = :session "
			+ "and lower(email) = lower(address) and status in ('PENDING', 'CONFIRMED', 'WAITLISTED'))",
			nativeQuery = true)
	List<String> registeredAmong(@Param("session") long sessionId, @Param("emails") String[] emails);

	long countBySessionId(long sessionId);

	long countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

	@Query("select r from Registration r where r.session.id = :session order by r.id")
	List<Registration> ofSession(@Param("session") long sessionId);

	@Query("select r from Registration r join fetch r.session s where r.eventId = :event "
			+ "and r.organisationId = :organisation order by s.day, s.startsAt, r.id")
	List<Registration> ofOrganisation(@Param("event") long eventId, @Param("organisation") long organisationId);

	@Query("select r.session.id, r.id from Registration r where r.status in ('PENDING', 'WAITLISTED') "
			+ "and r.emailConfirmedAt is null and r.confirmBy <= :now order by r.id")
	List<Object[]> overdue(@Param("now") Instant now, Limit limit);

	@Query("select distinct r.eventId from Registration r where r.organisationId = :organisation "
			+ "and r.status in ('CONFIRMED', 'PENDING')")
	List<Long> eventsOf(@Param("organisation") long organisationId);

	@Query("select r.session.id, r.status, count(r) from Registration r where r.session.id in :sessions "
			+ "group by r.session.id, r.status")
	List<Object[]> countsBySession(@Param("sessions") Collection<Long> sessionIds);

}
