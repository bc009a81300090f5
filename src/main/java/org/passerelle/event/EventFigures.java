package org.passerelle.event;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.convention.ConventionFigures.FigureScope;

/**
 * The office's figures on events for a period and, if chosen, one institution with its
 * components (as an organiser): events held, sessions, places offered and taken (the fill
 * rate), people waiting, attendance from the check-in and companies met, by kind of event
 * and by month. One query per figure whatever the data's size, each counted in
 * PostgreSQL.
 * <p>
 * An event counts when it was published or is done (never a draft nor a cancelled one)
 * and one of its sessions falls in the period. Registrations hold a place (pending or
 * confirmed), wait (waitlisted), or no longer count. Attendance is counted on the
 * sessions already held (up to today): people checked in over the people holding a place
 * or checked in (walk-ins included).
 */
@Service
@Transactional(readOnly = true)
public class EventFigures {

	/**
	 * The sessions in the period of the events in scope, each with its registrations
	 * counted, grouped by {@code %s} (an expression on {@code e} and {@code s}). Each
	 * session's registrations are read once, from the index on their session (it holds
	 * their status, check-in and organisation: V28), in a lateral subquery that keeps
	 * PostgreSQL from reading every registration of the table.
	 */
	private static final String SESSIONS = FigureScope.ORGANISATIONS + """
			, sessions as (
			  select %s as grouped, e.id as event_id, s.id as session_id, s.capacity, s.day,
			    r.holding, r.waiting, r.expected, r.present
			  from event e
			  join event_session s on s.event_id = e.id
			  cross join lateral (
			    select count(*) filter (where r.status in ('PENDING', 'CONFIRMED')) as holding,
			      count(*) filter (where r.status = 'WAITLISTED') as waiting,
			      count(*) filter (where s.day <= :today
			        and (r.status in ('PENDING', 'CONFIRMED') or r.checked_in_at is not null)) as expected,
			      count(*) filter (where s.day <= :today and r.checked_in_at is not null) as present
			    from event_registration r
			    where r.session_id = s.id) r
			  where e.status in ('PUBLISHED', 'DONE')
			    and s.day between :from and :to
			    and (cast(:institution as bigint) is null or exists (
			      select 1 from event_organiser o join scope_organisation so on so.id = o.organisation_id
			      where o.event_id = e.id))
			), companies as (
			  select f.grouped, count(distinct m.organisation_id) as companies
			  from sessions f
			  cross join lateral (
			    select r.organisation_id from event_registration r
			    where r.session_id = f.session_id and r.organisation_id is not null
			      and (r.status in ('PENDING', 'CONFIRMED') or r.checked_in_at is not null)
			      and exists (select 1 from organisation o where o.id = r.organisation_id and o.kind = 'COMPANY')) m
			  group by f.grouped
			)
			""";

	private static final String COUNTS = """
			select f.grouped, count(distinct f.event_id) as events, count(*) as sessions,
			  sum(f.capacity) as places, sum(f.holding) as holding, sum(f.waiting) as waiting,
			  sum(f.expected) as expected, sum(f.present) as present, coalesce(max(c.companies), 0) as companies
			from sessions f
			left join companies c on c.grouped = f.grouped
			group by f.grouped
			""";

	private final JdbcClient jdbc;

	private final Events events;

	EventFigures(JdbcClient jdbc, Events events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The figures of each kind of event that had a session in the period, in order. */
	public List<KindCounts> byKind(FigureScope scope) {
		return query(SESSIONS.formatted("e.kind") + COUNTS + "order by f.grouped", scope)
			.query((rs, row) -> new KindCounts(EventKind.valueOf(rs.getString("grouped")), counts(rs)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(KindCounts::kind))
			.toList();
	}

	/** The figures of each month of the period, months without a session included. */
	public List<MonthCounts> byMonth(FigureScope scope) {
		return query(SESSIONS.formatted("cast(date_trunc('month', s.day) as date)") + """
				, counted as (%s)
				select cast(m.month as date) as month, c.*
				from generate_series(date_trunc('month', cast(:from as date)), date_trunc('month', cast(:to as date)),
				  interval '1 month') as m (month)
				left join counted c on c.grouped = cast(m.month as date)
				order by m.month
				""".formatted(COUNTS), scope)
			.query((rs, row) -> new MonthCounts(rs.getObject("month", LocalDate.class), counts(rs)))
			.list();
	}

	private static Counts counts(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Counts(rs.getLong("events"), rs.getLong("sessions"), rs.getLong("places"), rs.getLong("holding"),
				rs.getLong("waiting"), rs.getLong("expected"), rs.getLong("present"), rs.getLong("companies"));
	}

	private JdbcClient.StatementSpec query(String sql, FigureScope scope) {
		return this.jdbc.sql(sql)
			.param("institution", scope.institutionId(), java.sql.Types.BIGINT)
			.param("from", scope.from())
			.param("to", scope.to())
			.param("today", this.events.today());
	}

	/**
	 * What was counted for a kind of event or a month.
	 *
	 * @param events events with a session in it
	 * @param sessions their sessions in it
	 * @param places places offered by these sessions
	 * @param registrations registrations holding a place
	 * @param waitlisted people waiting for a place
	 * @param expected on the sessions already held: people holding a place or checked in
	 * @param present on the sessions already held: people checked in
	 * @param companies companies with someone registered or checked in
	 */
	public record Counts(long events, long sessions, long places, long registrations, long waitlisted, long expected,
			long present, long companies) {

		/** Places taken over places offered, in whole percent (0 without places). */
		public long fillRate() {
			return percent(this.registrations, this.places);
		}

		/**
		 * People checked in over people expected, in whole percent (0 if none expected).
		 */
		public long attendanceRate() {
			return percent(this.present, this.expected);
		}

		private static long percent(long part, long whole) {
			return (whole == 0) ? 0 : Math.round(100.0 * part / whole);
		}

	}

	/** The figures of a kind of event. */
	public record KindCounts(EventKind kind, Counts counts) {

	}

	/** The figures of a month (its first day). */
	public record MonthCounts(LocalDate month, Counts counts) {

	}

}
