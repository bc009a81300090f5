package org.passerelle.convention;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.PasserelleUser;

/**
 * The follow-up actions a person of the portal carries and that are not finished: their
 * "my actions", the earliest due first (one query, through a partial index).
 */
@Service
@Transactional(readOnly = true)
public class ActionsToDo {

	/** No home page lists more. */
	private static final int SHOWN = 20;

	private final JdbcClient jdbc;

	private final Conventions conventions;

	ActionsToDo(JdbcClient jdbc, Conventions conventions) {
		this.jdbc = jdbc;
		this.conventions = conventions;
	}

	public List<OpenAction> of(PasserelleUser person) {
		LocalDate today = this.conventions.today();
		return this.jdbc.sql("""
				select a.id, a.what, a.due_on, a.status, c.id as convention_id, c.title
				from convention_action a
				join convention_axis x on x.id = a.axis_id
				join convention c on c.id = x.convention_id
				where a.owner_account_id = :person and a.status in ('PLANNED', 'IN_PROGRESS')
				order by a.due_on nulls last, a.id
				limit :shown
				""").param("person", person.getAccountId()).param("shown", SHOWN).query((rs, row) -> {
			LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
			return new OpenAction(rs.getLong("id"), rs.getString("what"), dueOn,
					ActionStatus.valueOf(rs.getString("status")), rs.getLong("convention_id"), rs.getString("title"),
					dueOn != null && dueOn.isBefore(today));
		}).list();
	}

	/**
	 * An action not finished.
	 *
	 * @param actionId the action
	 * @param what what is to be done
	 * @param dueOn when it is due, if it is
	 * @param status planned or in progress
	 * @param conventionId its convention
	 * @param conventionTitle its convention's title
	 * @param overdue whether its due date has passed
	 */
	public record OpenAction(long actionId, String what, @Nullable LocalDate dueOn, ActionStatus status,
			long conventionId, String conventionTitle, boolean overdue) {

	}

}
