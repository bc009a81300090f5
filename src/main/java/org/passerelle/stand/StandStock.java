package org.passerelle.stand;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many stands of a type each session has given out, in {@code stand_stock}: a stand
 * is taken by one update that counts it only while some are left; the update locks the
 * counter's row, so of two staff taking the last stand at once the second waits for the
 * first, then finds none left. The table's CHECK refuses a count above what the session
 * offers whatever the code does.
 */
@Component
class StandStock {

	private final JdbcClient jdbc;

	StandStock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes a stand of the type at the session if one is left; within a transaction. */
	boolean take(StandType type, long sessionId) {
		this.jdbc
			.sql("insert into stand_stock (stand_type_id, session_id, available, taken) values (:type, :session, "
					+ ":available, 0) on conflict do nothing")
			.param("type", type.getId())
			.param("session", sessionId)
			.param("available", type.getPerSession())
			.update();
		return this.jdbc
			.sql("update stand_stock set taken = taken + 1 where stand_type_id = :type and session_id = :session "
					+ "and taken < available")
			.param("type", type.getId())
			.param("session", sessionId)
			.update() == 1;
	}

	/** How many stands of each of the event's types each session has given out. */
	Map<Long, Map<Long, Integer>> takenByTypeAndSession(long eventId) {
		Map<Long, Map<Long, Integer>> taken = new HashMap<>();
		this.jdbc
			.sql("select k.stand_type_id, k.session_id, k.taken from stand_stock k join stand_type t "
					+ "on t.id = k.stand_type_id where t.event_id = :event")
			.param("event", eventId)
			.query((rs) -> {
				taken.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
			});
		return taken;
	}

}
