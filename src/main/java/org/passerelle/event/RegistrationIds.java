package org.passerelle.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.annotations.IdGeneratorType;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.QueryFlushMode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ids of registrations, drawn from the sequence of {@code event_registration}'s
 * identity column before their rows are written, so that the rows of registrations made
 * together go to PostgreSQL in one batch (an identity would have Hibernate insert each
 * row as it is saved, to learn its id).
 * <p>
 * Arrival order is id order: a transaction that makes several registrations of a session
 * draws their ids at once while it holds the session's row locked, and {@link #reserve
 * reserves} them for itself; each registration it saves then takes the next id reserved
 * for its session. A registration saved without ids reserved draws its own. Ids reserved
 * and not taken are forgotten with the transaction (the sequence has gaps, as it had with
 * refused inserts).
 * <p>
 * The column keeps its identity: rows written by SQL (the benchmark's dataset) still take
 * their ids from the same sequence.
 */
@Component
final class RegistrationIds {

	/**
	 * The sequence of the identity column {@code event_registration.id} (migration V7).
	 */
	static final String SEQUENCE = "event_registration_id_seq";

	private final EntityManager entityManager;

	RegistrationIds(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Draws and reserves the ids of the next registrations to the session, whose row the
	 * current transaction holds locked, in one statement, and has their rows written in
	 * one batch.
	 */
	void drawFor(long sessionId, int registrations) {
		if (registrations <= 0) {
			return;
		}
		List<Long> ids = this.entityManager
			.createNativeQuery("select nextval('" + SEQUENCE + "') from generate_series(1, :registrations)", Long.class)
			.setParameter("registrations", registrations)
			.setHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
			.getResultList();
		reserve(sessionId, ids);
		writeTogether(registrations);
	}

	/**
	 * Has the current transaction write the next rows it saves, up to this many of each
	 * kind, in one batch (one statement with {@code reWriteBatchedInserts}).
	 */
	void writeTogether(int rows) {
		org.hibernate.Session session = this.entityManager.unwrap(org.hibernate.Session.class);
		Integer size = session.getJdbcBatchSize();
		if (rows > 1 && (size == null || size < rows)) {
			session.setJdbcBatchSize(rows);
		}
	}

	/**
	 * Reserves ids, drawn while the session's row is locked, for the registrations to the
	 * session that the current transaction saves next, in this order.
	 */
	static void reserve(long sessionId, Collection<Long> ids) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		Reserved reserved = (Reserved) TransactionSynchronizationManager.getResource(Reserved.class);
		if (reserved == null) {
			reserved = new Reserved();
			TransactionSynchronizationManager.bindResource(Reserved.class, reserved);
			TransactionSynchronizationManager.registerSynchronization(reserved);
		}
		reserved.bySession.computeIfAbsent(sessionId, (id) -> new ArrayDeque<>()).addAll(ids);
	}

	/** The next id reserved for the session by the current transaction, if any. */
	static @Nullable Long takeReserved(long sessionId) {
		Reserved reserved = (Reserved) TransactionSynchronizationManager.getResource(Reserved.class);
		Deque<Long> ids = (reserved != null) ? reserved.bySession.get(sessionId) : null;
		return (ids != null) ? ids.poll() : null;
	}

	/** The ids a transaction reserved, per session; unbound when it ends. */
	private static final class Reserved implements TransactionSynchronization {

		private final Map<Long, Deque<Long>> bySession = new HashMap<>();

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Reserved.class);
		}

	}

	/** Marks {@link Registration}'s id as drawn by {@link Generator}. */
	@IdGeneratorType(Generator.class)
	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.FIELD, ElementType.METHOD })
	@interface Drawn {

	}

	/**
	 * Gives a registration being saved the next id reserved for its session, or draws one
	 * from the sequence (one statement, without flushing).
	 */
	static final class Generator implements BeforeExecutionGenerator {

		@Override
		public Object generate(SharedSessionContractImplementor session, Object owner, @Nullable Object currentValue,
				EventType eventType) {
			Long reserved = takeReserved(Objects.requireNonNull(((Registration) owner).getSession().getId()));
			if (reserved != null) {
				return reserved;
			}
			return session.createNativeQuery("select nextval('" + SEQUENCE + "')", Long.class)
				.setQueryFlushMode(QueryFlushMode.NO_FLUSH)
				.getSingleResult();
		}

		@Override
		public EnumSet<EventType> getEventTypes() {
			return EventTypeSets.INSERT_ONLY;
		}

	}

}
