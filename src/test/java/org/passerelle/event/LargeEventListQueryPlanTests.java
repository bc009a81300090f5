package org.passerelle.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.PostgresTest;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With 20,000 events and 60,000 sessions, the events list's page of upcoming events (as
 * the home page's next events run it), the past list with its count, and the order of the
 * upcoming list: they find their events through the indexes on the first and last session
 * days kept on each event (V17), never by reading every event or every session
 * (PostgreSQL's own per-transaction statistics count the sequential scans). The days are
 * kept by the database whenever sessions are added, moved or removed.
 */
@PostgresTest
@TestPropertySource(properties = "passerelle.test.database=large-events")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeEventListQueryPlanTests {

	private static final int SIZE = 20_000;

	@Autowired
	private Events events;

	@Autowired
	private EventService service;

	@Autowired
	private EventFill fill;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeAll
	void generateManyEvents() {
		// one event in three ahead (up to a year), the rest in the past (up to two
		// years),
		// three sessions a week apart each
		this.jdbc.update("""
				insert into event (title_fr, kind, status, created_by, updated_by)
				select 'Événement généré ' || n, 'FORUM', case when n % 10 = 0 then 'DRAFT' else 'PUBLISHED' end,
				  'generator', 'generator'
				from generate_series(1, ?) as n
				""", SIZE);
		this.jdbc.update(
				"""
						insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity, created_by,
						  updated_by)
						select e.id, ?::date + (case when e.id % 5 = 0 then e.id % 365 else -(e.id % 730) - 30 end)::int + k * 7,
						  time '09:00', time '17:00', 'Amphithéâtre', 'Marseille', 100, 'generator', 'generator'
						from event e cross join generate_series(0, 2) as k
						where e.created_by = 'generator'
						""",
				this.fixtures.today());
		this.jdbc.execute("vacuum analyze event");
		this.jdbc.execute("vacuum analyze event_session");
	}

	@Test
	@Order(1)
	void upcomingEventsComeInTheOrderOfTheirFirstDay() {
		// the page's ids are read through the index (the next events below run the same
		// query without a count); the count, a fifth of this narrow table, may rightly be
		// read sequentially by PostgreSQL (on the benchmark's data it is an index-only
		// scan)
		Page<Event> page = this.transactions
			.execute((status) -> this.events.search(EventFilter.upcoming(), PageRequest.of(0, 20), null));
		// a fifth of the generated events come up, drafts (one in ten) not shown to a
		// visitor
		assertThat(page.getTotalElements()).isGreaterThan(SIZE / 20);
		List<LocalDate> firstDays = page.getContent()
			.stream()
			.map((event) -> event.firstSession().orElseThrow().getDay())
			.toList();
		assertThat(firstDays).isSorted();
		assertThat(page.getContent()).allSatisfy((event) -> {
			assertThat(event.getStatus()).isNotEqualTo(EventStatus.DRAFT);
			assertThat(event.getSessions().get(event.getSessions().size() - 1).getDay())
				.isAfterOrEqualTo(this.fixtures.today());
		});
	}

	@Test
	@Order(1)
	void pastEventsAreFoundThroughTheIndexLatestFirst() {
		EventFilter past = new EventFilter(true, null, null, null, null, null, null, null, null);
		Page<Event> page = withoutSequentialScan(() -> this.events.search(past, PageRequest.of(3, 20), staff()));
		assertThat(page.getTotalElements()).isGreaterThan(SIZE / 2);
		List<LocalDate> lastDays = page.getContent()
			.stream()
			.map((event) -> event.getSessions().get(event.getSessions().size() - 1).getDay())
			.toList();
		assertThat(lastDays).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(lastDays).allSatisfy((day) -> assertThat(day).isBefore(this.fixtures.today()));
	}

	@Test
	@Order(1)
	void theNextEventsOfTheHomePageAreFoundThroughTheIndex() {
		List<Event> next = withoutSequentialScan(() -> this.events.next(3));
		assertThat(next).hasSize(3)
			.allSatisfy((event) -> assertThat(event.getStatus()).isEqualTo(EventStatus.PUBLISHED));
	}

	/**
	 * The events an organisation took part in, on its page: found through the organisers'
	 * and partners' indexes (an "or" of the two read every event).
	 */
	@Test
	@Order(1)
	void theEventsAnOrganisationTookPartInAreFoundThroughItsIndexes() {
		long company = this.fixtures.people().organisation("Provepharm");
		List<Long> generated = this.jdbc.queryForList(
				"select id from event where created_by = 'generator' and status = 'PUBLISHED' order by id limit 5",
				Long.class);
		generated.subList(0, 2)
			.forEach((id) -> this.jdbc.update("insert into event_organiser (event_id, organisation_id) values (?, ?)",
					id, company));
		generated.subList(2, 5)
			.forEach((id) -> this.jdbc.update("insert into event_partner (event_id, organisation_id) values (?, ?)", id,
					company));
		List<Event> tookPart = withoutSequentialScan(() -> this.events.tookPartIn(company, staff()));
		assertThat(tookPart).extracting(Event::getId).containsAll(generated).doesNotHaveDuplicates();
	}

	/**
	 * The staff home's events to come of their institution: read from the first days of
	 * (today less the longest span) on, they are the same as when every event is read, an
	 * event under way (begun before today) among them, first.
	 */
	@Test
	@Order(2)
	void anInstitutionsEventsNotOverYetAreFoundFromTheLongestSpanOnSoonestFirst() {
		long institution = this.fixtures.people().amu();
		this.jdbc.update("""
				insert into event_organiser (event_id, organisation_id)
				select id, ? from event where created_by = 'generator' and id % 3 = 0 on conflict do nothing
				""", institution);
		// one of its events to come gets a session three days ago: it is under way
		long underWay = this.jdbc.queryForObject("""
				select e.id from event e join event_organiser o on o.event_id = e.id and o.organisation_id = ?
				 where e.created_by = 'generator' and e.status = 'PUBLISHED' and e.first_day > ?
				 order by e.first_day desc, e.id limit 1
				""", Long.class, institution, this.fixtures.today().plusDays(100));
		this.jdbc.update(
				"""
						insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity, created_by, updated_by)
						values (?, ?, time '09:00', time '17:00', 'Amphithéâtre', 'Marseille', 100, 'generator', 'generator')
						""",
				underWay, this.fixtures.today().minusDays(3));
		List<Long> everyEventRead = this.jdbc.queryForList("""
				select e.id from event e join event_organiser o on o.event_id = e.id and o.organisation_id = ?
				 where e.last_day >= ? and e.status in ('DRAFT', 'PUBLISHED') order by e.first_day, e.id limit 5
				""", Long.class, institution, this.fixtures.today());
		List<Long> found = this.fill.organisedBy(institution, 5).stream().map(EventFill.Filling::eventId).toList();
		assertThat(found).hasSize(5).isEqualTo(everyEventRead).startsWith(underWay);
	}

	/** Last: its writes would leave the plans' tables less tidy than a vacuum does. */
	@Test
	@Order(3)
	void theDaysAreKeptWhenSessionsAreAddedMovedAndRemoved() {
		Event event = this.fixtures.draft("Jours tenus", this.fixtures.people().amu(), 10);
		LocalDate first = event.getSessions().get(0).getDay();
		assertThat(days(event)).containsExactly(first.toString(), first.toString(), 0);
		Session later = this.service.addSession(event.getId(), new SessionDetails(first.plusDays(10),
				LocalTime.of(9, 0), LocalTime.of(12, 0), "Salle", "Aix", 10, List.of()), admin());
		assertThat(days(event)).containsExactly(first.toString(), first.plusDays(10).toString(), 10);
		this.service.changeSession(event.getId(), later.getId(), this.fixtures.sessionVersion(later.getId()),
				new SessionDetails(first.minusDays(2), LocalTime.of(9, 0), LocalTime.of(12, 0), "Salle", "Aix", 10,
						List.of()),
				admin());
		assertThat(days(event)).containsExactly(first.minusDays(2).toString(), first.toString(), 2);
		this.service.removeSession(event.getId(), later.getId(), admin());
		assertThat(days(event)).containsExactly(first.toString(), first.toString(), 0);
		this.service.removeSession(event.getId(), this.fixtures.sessionOf(event), admin());
		// without a session, it comes up last among the upcoming events (for whoever may
		// see the draft)
		assertThat(days(event)).containsExactly("infinity", "infinity", 0);
		assertThat(this.service.forEditing(event.getId(), admin()).getSessions()).isEmpty();
		Page<Event> upcoming = this.events.search(EventFilter.upcoming(), PageRequest.of(0, 20), staff());
		Page<Event> last = this.events.search(EventFilter.upcoming(), PageRequest.of(upcoming.getTotalPages() - 1, 20),
				staff());
		assertThat(last.getContent()).last().extracting(Event::getId).isEqualTo(event.getId());
	}

	private List<Object> days(Event event) {
		return this.jdbc.queryForObject("select first_day::text, last_day::text, span_days from event where id = ?",
				(row, n) -> List.of(row.getString(1), row.getString(2), row.getInt(3)), event.getId());
	}

	private <T> T withoutSequentialScan(Supplier<T> query) {
		return this.transactions.execute((status) -> {
			long before = sequentialScans();
			T result = query.get();
			assertThat(sequentialScans() - before).as("sequential scans of event and event_session").isZero();
			return result;
		});
	}

	private long sequentialScans() {
		Long scans = this.jdbc.queryForObject(
				"select coalesce(sum(seq_scan), 0) from pg_stat_xact_user_tables where relname in ('event', 'event_session')",
				Long.class);
		return (scans != null) ? scans : 0;
	}

	private PasserelleUser admin() {
		return this.fixtures.people().admin();
	}

	private PasserelleUser staff() {
		return this.fixtures.people().staff();
	}

}
