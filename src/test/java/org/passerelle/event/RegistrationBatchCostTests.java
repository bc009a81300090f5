package org.passerelle.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What registrations made together ask of PostgreSQL (issue 13's burst: the public form's
 * registrations arriving together are made in one transaction): the session, its event
 * and whether it takes registrations read once, the addresses already registered asked
 * for once, the session's row locked once with the places taken and the registrations'
 * ids drawn then, in arrival order, the registrations and their mails' publications each
 * in one batch: the same statements whatever the batch's size. A liaison's employees draw
 * their ids in one statement and are written in one too.
 */
@PostgresTest
@ExtendWith(OpenedEvents.class)
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class RegistrationBatchCostTests {

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Autowired
	private StatementCounter counter;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aBatchReadsAndLocksOnceWhateverItsSize() throws Exception {
		for (int size : new int[] { 3, 12 }) {
			Event event = this.fixtures.published("Forum compté ensemble " + size, this.fixtures.people().amu(), 5);
			long session = this.fixtures.sessionOf(event);
			List<RegistrationDesk.Ticket> tickets = IntStream.range(0, size)
				.mapToObj((i) -> EventFixtures.ticket(event, session,
						new Attendee("Personne " + i, null,
								"lot-" + size + "-" + i + "-" + System.nanoTime() + "@example.org", Locale.FRENCH)))
				.toList();
			List<String> sent = this.counter
				.statementsOf(() -> this.registrations.registerTogether(tickets, RegistrationDesk.Turn.NONE));

			List<Long> ids = tickets.stream().map((ticket) -> ticket.registration().getId()).toList();
			assertThat(ids).as("batch of %d: ids in arrival order", size).doesNotContainNull().isSorted();
			assertThat(this.jdbc.sql("select id from event_registration where session_id = ? order by id")
				.param(session)
				.query(Long.class)
				.list()).as("batch of %d", size).containsExactlyElementsOf(ids);
			assertThat(sent).as("batch of %d", size)
				.satisfiesExactly(
						(sql) -> assertThat(sql).contains("from event_session", "join event ", "join event_session ",
								"join event_audience "),
						(sql) -> assertThat(sql).contains("unnest", "from event_registration"),
						(sql) -> assertThat(sql).contains("from event_session", "for no key update",
								"update event_session s set places_taken", "nextval('event_registration_id_seq')"),
						(sql) -> assertThat(sql).startsWith("insert into event_registration"),
						(sql) -> assertThat(sql).startsWith("insert into event_publication"));
		}
	}

	@Test
	void aLiaisonsEmployeesDrawTheirIdsAtOnceAndAreWrittenTogether() throws Exception {
		Event event = this.fixtures.published("Forum compté salariés", this.fixtures.people().amu(), 2);
		long session = this.fixtures.sessionOf(event);
		List<Attendee> employees = IntStream.range(0, 4)
			.mapToObj((i) -> new Attendee("Salarié " + i, null,
					"salarie-" + i + "-" + System.nanoTime() + "@example.org", Locale.FRENCH))
			.toList();
		List<Registration> made = new ArrayList<>();
		List<String> sent = this.counter.statementsOf(() -> made.addAll(this.registrations
			.registerEmployees(event.getId(), session, employees, this.fixtures.people().liaison())));

		assertThat(made).extracting(Registration::getStatus)
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
					RegistrationStatus.WAITLISTED);
		assertThat(made).extracting(Registration::getId).doesNotContainNull().isSorted();
		assertThat(sent).filteredOn((sql) -> sql.contains("nextval('event_registration_id_seq')")).hasSize(1);
		assertThat(sent).filteredOn((sql) -> sql.startsWith("insert into event_registration")).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from event_registration where session_id = ?")
			.param(session)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

}
