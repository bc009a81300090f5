package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.convention.ConventionFigures.FigureScope;

/**
 * The office's figures on third places for a period and, if chosen, one institution with
 * its components (the sites it runs): how full the sites were each month. One query
 * whatever the data's size, counted in PostgreSQL.
 * <p>
 * A month's <em>seat-days offered</em> are the places of the open sites' desk areas and
 * offices times the month's days; its <em>seat-days held</em> are, for each allocation
 * meeting the month, its desks (or the whole office's places) times its days in the
 * month. Whole months are counted, from the month of the period's first day to the month
 * of its last.
 */
@Service
@Transactional(readOnly = true)
public class SiteFigures {

	private final JdbcClient jdbc;

	SiteFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Seat-days offered and held in each month of the period, in order. */
	public List<MonthOccupancy> occupancyByMonth(FigureScope scope) {
		return this.jdbc
			.sql(FigureScope.ORGANISATIONS
					+ """
							, spaces as (
							  select sp.id, sp.capacity
							  from thirdplace_space sp
							  join thirdplace_site site on site.id = sp.site_id
							  where sp.kind in ('DESKS', 'OFFICE') and site.status = 'OPEN'
							    and (cast(:institution as bigint) is null
							      or site.institution_id in (select id from scope_organisation))
							), months as (
							  select cast(m as date) as first_day, cast(m + interval '1 month' - interval '1 day' as date) as last_day
							  from generate_series(date_trunc('month', cast(:from as date)), date_trunc('month', cast(:to as date)),
							    interval '1 month') as m
							)
							select m.first_day,
							  (select coalesce(sum(capacity), 0) from spaces) * (m.last_day - m.first_day + 1) as offered,
							  coalesce(sum(coalesce(a.desks, sp.capacity)
							    * (least(coalesce(a.ends_on, m.last_day), m.last_day) - greatest(a.starts_on, m.first_day) + 1)), 0) as held
							from months m
							left join thirdplace_allocation a on a.period && daterange(m.first_day, m.last_day, '[]')
							  and a.space_id in (select id from spaces)
							left join spaces sp on sp.id = a.space_id
							group by m.first_day, m.last_day
							order by m.first_day
							""")
			.param("institution", scope.institutionId(), java.sql.Types.BIGINT)
			.param("from", scope.from())
			.param("to", scope.to())
			.query((rs, row) -> new MonthOccupancy(rs.getObject("first_day", LocalDate.class), rs.getLong("offered"),
					rs.getLong("held")))
			.list();
	}

	/**
	 * How full the sites were in a month.
	 *
	 * @param month the month's first day
	 * @param offered seat-days offered
	 * @param held seat-days held by hosted organisations
	 */
	public record MonthOccupancy(LocalDate month, long offered, long held) {

		/** Seat-days held over offered, in whole percent (0 when nothing is offered). */
		public long rate() {
			return (this.offered == 0) ? 0 : Math.round(100.0 * this.held / this.offered);
		}

	}

}
