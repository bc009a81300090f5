package org.passerelle.convention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.KeptPerKey;
import org.passerelle.shared.PeopleNames;

/**
 * The conventions of an institution changed lately, for its staff's home page: each
 * convention once, with its latest change, who made it (their name) and how many changes
 * it had; newest first, a bounded number, in two statements whatever the history holds;
 * kept per institution until the portal writes anything, a minute at most (issue 13).
 */
@Service
@Transactional(readOnly = true)
public class RecentChanges {

	private final JdbcClient jdbc;

	private final ObjectProvider<PeopleNames> people;

	private final KeptPerKey<Key, List<Change>> kept = new KeptPerKey<>(Duration.ofMinutes(1));

	RecentChanges(JdbcClient jdbc, ObjectProvider<PeopleNames> people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	public List<Change> ofConventionsOwnedBy(long institutionId, int limit) {
		return this.kept.get(new Key(institutionId, limit), () -> read(institutionId, limit));
	}

	private List<Change> read(long institutionId, int limit) {
		List<Change> changes = this.jdbc.sql("""
				select convention_id, title, at, actor, kind, changes
				from (select distinct on (h.convention_id) h.convention_id, c.title, h.at, h.actor, h.kind, h.id,
				             count(*) over (partition by h.convention_id) as changes
				      from convention_history h
				      join convention c on c.id = h.convention_id
				      where c.owner_organisation_id = :institution
				      order by h.convention_id, h.at desc, h.id desc) latest
				order by at desc, id desc
				limit :limit
				""")
			.param("institution", institutionId)
			.param("limit", limit)
			.query((rs, row) -> new Change(rs.getLong("convention_id"), rs.getString("title"),
					rs.getTimestamp("at").toInstant(), rs.getString("actor"), HistoryKind.valueOf(rs.getString("kind")),
					rs.getInt("changes")))
			.list();
		Map<String, String> names = PeopleNames.byEmail(this.people,
				changes.stream().map(Change::actor).distinct().toList());
		return changes.stream().map((change) -> change.by(names.getOrDefault(change.actor(), change.actor()))).toList();
	}

	private record Key(long institutionId, int limit) {
	}

	/**
	 * A convention's latest change.
	 *
	 * @param conventionId the convention
	 * @param title its title
	 * @param at when
	 * @param actor who made it: their name, or the e-mail recorded when no account has it
	 * @param kind what it was
	 * @param changes how many changes the convention has had in all
	 */
	public record Change(long conventionId, String title, Instant at, String actor, HistoryKind kind, int changes) {

		Change by(String name) {
			return new Change(this.conventionId, this.title, this.at, name, this.kind, this.changes);
		}

	}

}
