package org.passerelle.convention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.convention.ActionsToDo.OpenAction;
import org.passerelle.shared.PasserelleUser;

/**
 * The conventions a person's organisation is a party to and their follow-up actions not
 * finished, for a liaison's home page: conventions not over (neither expired nor
 * terminated), those with the earliest open action first, then by title; the most urgent
 * open actions among them. The parties' people see these conventions whole
 * ({@link ConventionPermissions#canSeeWhole}). One statement, whatever the number of
 * conventions or actions.
 */
@Service
@Transactional(readOnly = true)
public class ConventionsToFollow {

	private final JdbcClient jdbc;

	private final ConventionPermissions permissions;

	private final Conventions conventions;

	ConventionsToFollow(JdbcClient jdbc, ConventionPermissions permissions, Conventions conventions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.conventions = conventions;
	}

	/**
	 * Up to {@code conventionCount} conventions of the reader's organisation with, among
	 * them, up to {@code actionCount} open actions, the earliest due first.
	 */
	public Followed of(PasserelleUser reader, int conventionCount, int actionCount) {
		Set<Long> own = this.permissions.actingFor(reader);
		if (own.isEmpty()) {
			return new Followed(List.of(), 0);
		}
		LocalDate today = this.conventions.today();
		Map<Long, ConventionToFollow> shown = new LinkedHashMap<>();
		int[] total = { 0 };
		this.jdbc
			.sql("""
					with ours as (
					  select c.id, c.title, c.status, c.ends_on, count(*) over () as total,
					    (select min(a.due_on) from convention_action a join convention_axis x on x.id = a.axis_id
					     where x.convention_id = c.id and a.status in ('PLANNED', 'IN_PROGRESS')) as next_due
					  from convention c
					  where exists (select 1 from convention_party p where p.convention_id = c.id and p.organisation_id in (:own))
					    and c.status not in ('EXPIRED', 'TERMINATED')
					  order by next_due nulls last, c.title, c.id
					  limit :conventions
					),
					pending as (
					  select x.convention_id, a.id, a.what, a.due_on, a.status,
					    count(*) over (partition by x.convention_id) as open_count,
					    row_number() over (order by a.due_on nulls last, a.id) as urgency
					  from convention_action a
					  join convention_axis x on x.id = a.axis_id
					  where x.convention_id in (select id from ours) and a.status in ('PLANNED', 'IN_PROGRESS')
					)
					select s.id, s.title, s.status, s.ends_on, s.total,
					  coalesce((select max(o.open_count) from pending o where o.convention_id = s.id), 0) as open_count,
					  o.id as action_id, o.what, o.due_on, o.status as action_status
					from ours s
					left join pending o on o.convention_id = s.id and o.urgency <= :actions
					order by s.next_due nulls last, s.title, s.id, o.due_on nulls last, o.id
					""")
			.param("own", own)
			.param("conventions", conventionCount)
			.param("actions", actionCount)
			.query((rs) -> {
				long id = rs.getLong("id");
				total[0] = rs.getInt("total");
				if (!shown.containsKey(id)) {
					shown.put(id, new ConventionToFollow(id, rs.getString("title"),
							ConventionStatus.valueOf(rs.getString("status")), rs.getObject("ends_on", LocalDate.class),
							rs.getInt("open_count"), new ArrayList<>()));
				}
				ConventionToFollow convention = shown.get(id);
				long actionId = rs.getLong("action_id");
				if (!rs.wasNull()) {
					LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
					convention.actions()
						.add(new OpenAction(actionId, rs.getString("what"), dueOn,
								ActionStatus.valueOf(rs.getString("action_status")), id, convention.title(),
								dueOn != null && dueOn.isBefore(today)));
				}
			});
		return new Followed(shown.values().stream().map(ConventionToFollow::unmodifiable).toList(), total[0]);
	}

	/**
	 * The conventions shown and how many there are in all.
	 *
	 * @param conventions the conventions shown, each with its open actions shown
	 * @param total how many conventions not over the organisation is a party to
	 */
	public record Followed(List<ConventionToFollow> conventions, int total) {

		/** Whether some of the organisation's conventions are not shown. */
		public boolean more() {
			return this.total > this.conventions.size();
		}

	}

	/**
	 * A convention and its most urgent open actions.
	 *
	 * @param conventionId the convention
	 * @param title its title
	 * @param status where it stands
	 * @param endsOn when it ends, if it has an end
	 * @param openActions how many of its actions are not finished
	 * @param actions those shown, the earliest due first
	 */
	public record ConventionToFollow(long conventionId, String title, ConventionStatus status,
			@Nullable LocalDate endsOn, int openActions, List<OpenAction> actions) {

		/** Open actions of this convention that are not shown. */
		public int hiddenActions() {
			return this.openActions - this.actions.size();
		}

		ConventionToFollow unmodifiable() {
			return new ConventionToFollow(this.conventionId, this.title, this.status, this.endsOn, this.openActions,
					List.copyOf(this.actions));
		}

	}

}
