package org.passerelle.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.organisation.Sector;

/**
 * The events a partner of a sector may still register to, for its liaisons' home page:
 * published, with a session not started yet and the registration window open; first those
 * that target the sector, then those open to every sector (that target none), each
 * soonest first. One statement, whatever the number of events.
 */
@Service
@Transactional(readOnly = true)
public class EventsForSector {

	/**
	 * Registrations open now: the event is published, its window (if any) is open and one
	 * of its sessions has not started ({@link Event#isRegistrationOpen}).
	 */
	private static final String OPEN = """
			e.status = 'PUBLISHED' and e.last_day >= :today and e.last_day <> 'infinity'
			  and (e.registration_opens_at is null or e.registration_opens_at <= :now)
			  and (e.registration_closes_at is null or e.registration_closes_at > :now)
			  and exists (select 1 from event_session s where s.event_id = e.id and s.day + s.starts_at > :parisNow)
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	EventsForSector(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * Up to {@code limit} events open for registration: those that target the sector
	 * first (none without a sector), then those open to every sector, each soonest first.
	 */
	public OpenToSector openTo(@Nullable Sector sector, int limit) {
		LocalDateTime parisNow = LocalDateTime.ofInstant(this.clock.instant(), Session.PARIS);
		// each part reads at most `limit` events in the order of the first day
		List<OpenEvent> found = this.jdbc.sql("""
				with chosen as (
				  (select e.id, true as for_sector from event e
				   join event_sector t on t.event_id = e.id and t.sector = cast(:sector as varchar)
				   where %1$s
				   order by e.first_day, e.id
				   limit :limit)
				  union all
				  (select e.id, false as for_sector from event e
				   where not exists (select 1 from event_sector t where t.event_id = e.id) and %1$s
				   order by e.first_day, e.id
				   limit :limit)
				)
				select e.id, e.title_fr, e.title_en, e.kind, e.first_day, e.last_day, e.registration_closes_at,
				  c.for_sector
				from chosen c
				join event e on e.id = c.id
				order by c.for_sector desc, e.first_day, e.id
				limit :limit
				""".formatted(OPEN))
			.param("sector", (sector != null) ? sector.name() : null)
			.param("today", parisNow.toLocalDate())
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("parisNow", parisNow)
			.param("limit", limit)
			.query((rs, row) -> new OpenEvent(rs.getLong("id"),
					new EventTitle(rs.getString("title_fr"), rs.getString("title_en")),
					EventKind.valueOf(rs.getString("kind")), rs.getObject("first_day", LocalDate.class),
					rs.getObject("last_day", LocalDate.class), instant(rs.getTimestamp("registration_closes_at")),
					rs.getBoolean("for_sector")))
			.list();
		return new OpenToSector(sector, found.stream().filter(OpenEvent::forSector).toList(),
				found.stream().filter((event) -> !event.forSector()).toList());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * The events open for registration to partners of a sector.
	 *
	 * @param sector the sector, if known
	 * @param targeted the events that target it, soonest first
	 * @param everySector then the events open to every sector, soonest first
	 */
	public record OpenToSector(@Nullable Sector sector, List<OpenEvent> targeted, List<OpenEvent> everySector) {

		public boolean isEmpty() {
			return this.targeted.isEmpty() && this.everySector.isEmpty();
		}

	}

	/**
	 * An event open for registration.
	 *
	 * @param eventId the event
	 * @param title its title
	 * @param kind what kind of event it is
	 * @param firstDay its first session's day
	 * @param lastDay its last session's day
	 * @param registrationClosesAt when its registrations close, if they do
	 * @param forSector whether it targets the sector asked for (otherwise it is open to
	 * every sector)
	 */
	public record OpenEvent(long eventId, EventTitle title, EventKind kind, LocalDate firstDay, LocalDate lastDay,
			@Nullable Instant registrationClosesAt, boolean forSector) {

		public String title(Locale locale) {
			return this.title.in(locale);
		}

		/** See {@link EventTitle#languageIfOther}. */
		public @Nullable String titleLanguage(Locale locale) {
			return this.title.languageIfOther(locale);
		}

		/** Whether its sessions fall on more than one day. */
		public boolean severalDays() {
			return !this.firstDay.equals(this.lastDay);
		}

	}

}
