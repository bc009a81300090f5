package org.passerelle.thirdplace;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.KeptPerKey;
import org.passerelle.shared.NotFoundException;

/**
 * What the pages and other modules may ask about sites: a site by id, the list, the free
 * desks over a period and a site's occupancy.
 */
@Service
@Transactional(readOnly = true)
public class Sites {

	/** Where the sites are: days and hours are theirs. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final SiteRepository sites;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final KeptPerKey<Period, Map<Long, DeskCount>> desks = new KeptPerKey<>(Duration.ofMinutes(1), Space.class,
			Allocation.class);

	private final KeptPerKey<OccupancyKey, Occupancy> occupancies = new KeptPerKey<>(Duration.ofMinutes(1), Space.class,
			Allocation.class, Booking.class);

	Sites(SiteRepository sites, JdbcClient jdbc, Optional<Clock> clock) {
		this.sites = sites;
		this.jdbc = jdbc;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** Today, where the sites are. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZONE);
	}

	/** A site, for another module (an event session held there, for instance). */
	public Optional<SiteSummary> find(long id) {
		return this.sites.findById(id).map(SiteSummary::of);
	}

	/**
	 * Every site, by name, for another module to choose one (an event session's venue).
	 */
	public List<SiteSummary> summaries() {
		return this.sites.findAllByName().stream().map(SiteSummary::of).toList();
	}

	/**
	 * The names of these sites, by id, in one statement, even for none (a site not found
	 * is left out).
	 */
	public Map<Long, String> names(Collection<Long> ids) {
		return this.jdbc.sql("select id, name from thirdplace_site where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** A site with its spaces. */
	public Site site(long id) {
		Site site = this.sites.findById(id).orElseThrow(() -> new NotFoundException("Site", id));
		site.getSpaces().size();
		site.getAmenities().size();
		return site;
	}

	/**
	 * Every site with its spaces and amenities, by name: three statements up to a hundred
	 * sites.
	 */
	public List<Site> all() {
		List<Site> all = this.sites.findAllByName();
		// reading the first site's spaces and amenities reads those of a hundred sites
		// (@BatchSize) in one statement each: fetched with the sites, in a join, each
		// site's descriptions would come again on every row of its spaces (bench/run's 50
		// sites: 450 rows, a quarter of the list's processor time)
		all.forEach((site) -> {
			site.getSpaces().size();
			site.getAmenities().size();
		});
		return all;
	}

	/**
	 * Every site with its amenities, by name, without its spaces (two statements up to a
	 * hundred sites): the list of sites, whose desks come from
	 * {@link #desks(LocalDate, LocalDate)}.
	 */
	public List<Site> listed() {
		List<Site> all = this.sites.findAllByName();
		all.forEach((site) -> site.getAmenities().size());
		return all;
	}

	/**
	 * Each site's desks ({@link Site#desks()}: its open-desk areas' capacities) and how
	 * many of them are free on every day of the period (for each area, its desks less the
	 * most taken on one day), in one statement. The most taken is found from the days
	 * where an area's allocations start or end within the period (a running sum of those
	 * changes) rather than day by day: issue 13 measured the day-by-day query at 36 ms
	 * for a month over 50 sites, this one at 2 ms, with the same results. Kept per period
	 * until a space or an allocation is written, a minute at most ({@link KeptPerKey}):
	 * the sites' list asks it for the same month on every request (a third of the
	 * machine's time under load was PostgreSQL's).
	 */
	public Map<Long, DeskCount> desks(LocalDate from, LocalDate to) {
		return this.desks.get(new Period(from, to), () -> Map.copyOf(desksNow(from, to)));
	}

	private Map<Long, DeskCount> desksNow(LocalDate from, LocalDate to) {
		Map<Long, DeskCount> desks = new HashMap<>();
		this.jdbc.sql("""
				with allocated as (
				  select a.space_id, a.desks, greatest(lower(a.period), :from) as first_day,
				         least(upper(a.period) - 1, :to) as last_day
				    from thirdplace_allocation a
				   where a.desks is not null and a.period && daterange(:from, :to, '[]')
				), changes as (
				  select space_id, first_day as day, desks as change from allocated
				  union all
				  select space_id, last_day + 1, -desks from allocated
				), taken as (
				  select space_id, sum(sum(change)) over (partition by space_id order by day) as taken
				    from changes group by space_id, day
				), most_taken as (
				  select space_id, max(taken) as taken from taken group by space_id
				)
				select s.site_id, sum(s.capacity), sum(s.capacity - coalesce(m.taken, 0))
				  from thirdplace_space s left join most_taken m on m.space_id = s.id
				 where s.kind = 'DESKS' group by s.site_id
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> desks.put(rs.getLong(1), new DeskCount(rs.getInt(2), rs.getInt(3))))
			.list();
		return desks;
	}

	/**
	 * A site's desks and how many of them are free over a period.
	 *
	 * @param desks the desks of its open-desk areas
	 * @param free the desks free on every day of the period
	 */
	public record DeskCount(int desks, int free) {

	}

	private record Period(LocalDate from, LocalDate to) {
	}

	private record OccupancyKey(long siteId, LocalDate monday, int weeks) {
	}

	/**
	 * The site's occupancy for the given number of weeks from the week of the given day.
	 * Kept per site and period until a space, an allocation or a booking is written, a
	 * minute at most ({@link KeptPerKey}): a site's calendar asked PostgreSQL for the
	 * same thirteen weeks on every request, half of the machine's time under load (issue
	 * 13).
	 */
	public Occupancy occupancy(Site site, LocalDate from, int weeks) {
		LocalDate monday = from.with(DayOfWeek.MONDAY);
		return this.occupancies.get(new OccupancyKey(site.getId(), monday, weeks),
				() -> occupancyNow(site, monday, weeks));
	}

	private Occupancy occupancyNow(Site site, LocalDate monday, int weeks) {
		LocalDate last = monday.plusWeeks(weeks).minusDays(1);
		Map<LocalDate, Integer> taken = new HashMap<>();
		this.jdbc.sql("""
				select d::date, coalesce(sum(a.desks), 0)
				  from generate_series(:from, :to, interval '1 day') as d
				  left join thirdplace_allocation a on a.period @> d::date and a.desks is not null
				   and a.space_id in (select id from thirdplace_space where site_id = :site)
				 group by d
				""")
			.param("from", monday)
			.param("to", last)
			.param("site", site.getId())
			.query((rs, row) -> taken.put(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
		Map<LocalDate, int[]> perWeek = new HashMap<>();
		this.jdbc
			.sql("""
					select w::date,
					       (select count(distinct a.space_id) from thirdplace_allocation a
					         where a.desks is null and a.space_id in (select id from thirdplace_space where site_id = :site)
					           and a.period && daterange(w::date, (w + interval '7 days')::date)),
					       (select coalesce(sum(extract(epoch from b.ends_at - b.starts_at) / 3600), 0) from thirdplace_booking b
					         where b.space_id in (select id from thirdplace_space where site_id = :site)
					           and b.during && tstzrange((w::date)::timestamp at time zone 'Europe/Paris',
					             ((w + interval '7 days')::date)::timestamp at time zone 'Europe/Paris')
					           and b.starts_at >= (w::date)::timestamp at time zone 'Europe/Paris'
					           and b.starts_at < ((w + interval '7 days')::date)::timestamp at time zone 'Europe/Paris')
					  from generate_series(:from, :to, interval '7 days') as w
					""")
			.param("from", monday)
			.param("to", last)
			.param("site", site.getId())
			.query((rs, row) -> perWeek.put(rs.getObject(1, LocalDate.class), new int[] { rs.getInt(2), rs.getInt(3) }))
			.list();
		int desks = site.desks();
		List<Occupancy.Week> rows = new ArrayList<>();
		for (int w = 0; w < weeks; w++) {
			LocalDate start = monday.plusWeeks(w);
			List<Occupancy.Day> days = new ArrayList<>();
			for (int d = 0; d < 7; d++) {
				LocalDate day = start.plusDays(d);
				days.add(new Occupancy.Day(day, taken.getOrDefault(day, 0), desks));
			}
			int[] week = perWeek.getOrDefault(start, new int[2]);
			rows.add(new Occupancy.Week(start, List.copyOf(days), week[0], week[1]));
		}
		return new Occupancy(desks, site.spacesOf(SpaceKind.OFFICE).size(), List.copyOf(rows));
	}

}
