package org.passerelle.convention;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest history entries of an institution's conventions, for its staff's home page:
 * newest first, a bounded number, in one statement.
 */
@Service
@Transactional(readOnly = true)
public class RecentChanges {

	private final JdbcClient jdbc;

	RecentChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Change> ofConventionsOwnedBy(long institutionId, int limit) {
		return this.jdbc.sql("""
				select h.convention_id, c.title, h.at, h.actor, h.kind
				from convention_history h
				join convention c on c.id = h.convention_id
				where c.owner_organisation_id = :institution
				order by h.at desc, h.id desc
				limit :limit
				""")
			.param("institution", institutionId)
			.param("limit", limit)
			.query((rs, row) -> new Change(rs.getLong("convention_id"), rs.getString("title"),
					rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					HistoryKind.valueOf(rs.getString("kind"))))
			.list();
	}

	/**
	 * A change to a convention.
	 *
	 * @param conventionId the convention
	 * @param title its title
	 * @param at when
	 * @param actor who made it
	 * @param kind what it was
	 */
	public record Change(long conventionId, String title, Instant at, String actor, HistoryKind kind) {

	}

}
