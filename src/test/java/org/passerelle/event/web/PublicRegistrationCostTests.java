package org.passerelle.event.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.OpenedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a registration on the public form asks of PostgreSQL, the same for every
 * registration (issue 13's burst: 500 at once): the session with its event and the
 * event's sessions and audiences (whether it takes registrations) in one statement,
 * whether the address is registered, the session's row locked with its places left and
 * the registration's id, the registration, its mail's publication and the place taken
 * written. Registrations arriving together share every statement
 * ({@code RegistrationBatchCostTests}).
 */
@PostgresTest
@ExtendWith(OpenedEvents.class)
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class PublicRegistrationCostTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void aRegistrationReadsTheEventOnceAndWritesTheRegistrationAndItsMail() throws Exception {
		Event event = this.fixtures.opened("Forum compté", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		for (int i = 0; i < 3; i++) {
			String email = "compte-" + i + "-" + System.nanoTime() + "@etu.example.org";
			List<String> sent = this.counter
				.statementsOf(() -> this.mvc
					.perform(post("/events/{id}/sessions/{sid}/register", event.getId(), session).param("name", "Zoé")
						.param("email", email)
						.header("Accept-Language", "fr")
						.with(csrf()))
					.andExpect(status().isOk()));
			assertThat(sent).as("registration %d", i)
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

}
