package org.passerelle.event;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What registrations made together ask of PostgreSQL (issue 13's burst: the public form's
 * registrations arriving together are made in one transaction): the session, its event
 * and whether it takes registrations read once, the addresses already registered asked
 * for once, the session's row locked once, one place count written; per registration,
 * only the registration itself; the mails' publications in one batch.
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
			List<String> sent = this.counter.statementsOf(() -> this.registrations.registerTogether(tickets));

			assertThat(tickets).as("batch of %d", size)
				.allSatisfy((ticket) -> assertThat(ticket.registration().getId()).isNotNull());
			assertThat(sent).as("batch of %d", size)
				.filteredOn((sql) -> sql.startsWith("insert into event_registration"))
				.hasSize(size);
			assertThat(sent).as("batch of %d", size)
				.filteredOn((sql) -> !sql.startsWith("insert into event_registration"))
				.satisfiesExactly((sql) -> assertThat(sql).contains("from event_session", "join event "),
						(sql) -> assertThat(sql).contains("from event_session").doesNotContain("join event "),
						(sql) -> assertThat(sql).contains("from event_audience"),
						(sql) -> assertThat(sql).contains("unnest", "from event_registration"),
						(sql) -> assertThat(sql).contains("from event_session", "for no key update"),
						(sql) -> assertThat(sql).startsWith("insert into event_publication"),
						(sql) -> assertThat(sql).startsWith("update event_session set places_taken"));
		}
	}

}
