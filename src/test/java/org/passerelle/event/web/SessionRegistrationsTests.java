package org.passerelle.event.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.OpenedEvents;
import org.passerelle.event.Registrations;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.PageHtml.main;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session's registrations rendered once per session, language and kind of reader and
 * kept ({@link SessionRegistrations}) until anything is written: a second organiser reads
 * no registration and gets the same list; a liaison is still refused once the list is
 * kept; a new registration shows on the next view.
 */
@PostgresTest
@ExtendWith(OpenedEvents.class)
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class SessionRegistrationsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondOrganiserGetsTheSameListWithoutReadingTheRegistrations() throws Exception {
		Event event = this.fixtures.opened("Forum gardé", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		register(event, session, "Lina Garde");
		String path = "/events/" + event.getId() + "/sessions/" + session + "/registrations";
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter
			.statementsOf(() -> pages.add(page(path, this.fixtures.people().staff(), "fr")));
		List<String> second = this.counter
			.statementsOf(() -> pages.add(page(path, this.fixtures.people().staff(), "fr")));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from event_registration"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from event_registration"));
		assertThat(main(pages.get(1))).isEqualTo(main(pages.get(0))).contains("Lina Garde", "Forum gardé");
		assertThat(main(page(path, this.fixtures.people().staff(), "en"))).contains("Lina Garde", "Back to the event")
			.doesNotContain("Retour");
	}

	@Test
	void aLiaisonIsRefusedOnceTheListIsKept() throws Exception {
		Event event = this.fixtures.opened("Forum fermé", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		register(event, session, "Noé Ferme");
		String path = "/events/" + event.getId() + "/sessions/" + session + "/registrations";
		assertThat(page(path, this.fixtures.people().staff(), "fr")).contains("Noé Ferme");

		this.mvc.perform(get(path).with(user(this.fixtures.people().liaison()))).andExpect(status().isForbidden());
	}

	@Test
	void aNewRegistrationShowsOnTheNextView() throws Exception {
		Event event = this.fixtures.opened("Forum suivi", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		String path = "/events/" + event.getId() + "/sessions/" + session + "/registrations";
		assertThat(page(path, this.fixtures.people().staff(), "fr")).doesNotContain("Eva Suivie");

		register(event, session, "Eva Suivie");

		assertThat(page(path, this.fixtures.people().staff(), "fr")).contains("Eva Suivie");
	}

	private void register(Event event, long session, String name) {
		this.registrations.registerParticipant(event.getId(), session,
				new Attendee(name, null, "p-" + System.nanoTime() + "@etu.example.org", Locale.FRENCH), null);
	}

	private String page(String path, PasserelleUser reader, String language) throws Exception {
		return this.mvc.perform(get(path).param("lang", language).with(user(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
