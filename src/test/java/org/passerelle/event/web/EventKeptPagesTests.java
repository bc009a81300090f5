package org.passerelle.event.web;

import java.util.ArrayList;
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
import org.passerelle.event.EventService;
import org.passerelle.event.EventStatus;
import org.passerelle.event.OpenedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.PageHtml.main;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event's page rendered once per event, language, kind of reader and minute and kept
 * ({@link EventPages}) until anything is written: a second visitor reads no event and
 * gets the same page; a draft kept for its organisers stays hidden from visitors; an
 * event published since shows to them on the next view.
 */
@PostgresTest
@ExtendWith(OpenedEvents.class)
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class EventKeptPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private EventService service;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondVisitorGetsTheSamePageWithoutReadingTheEvent() throws Exception {
		Event event = this.fixtures.opened("Forum visité", this.fixtures.people().amu(), 10);
		String path = "/events/" + event.getId();
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter.statementsOf(() -> pages.add(visitorPage(path, "fr")));
		List<String> second = this.counter.statementsOf(() -> pages.add(visitorPage(path, "fr")));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from event"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from event"));
		assertThat(main(pages.get(1))).isEqualTo(main(pages.get(0))).contains("Forum visité");
		assertThat(main(visitorPage(path, "en"))).contains("Forum visité", "(EN)");
	}

	@Test
	void aDraftKeptForItsOrganisersStaysHiddenFromVisitorsUntilPublished() throws Exception {
		Event draft = this.fixtures.draft("Forum caché", this.fixtures.people().amu(), 10);
		this.fixtures.cancelAfterTest(draft);
		String path = "/events/" + draft.getId();
		String staff = this.mvc.perform(get(path).param("lang", "fr").with(user(this.fixtures.people().staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(main(staff)).contains("Forum caché");
		this.mvc.perform(get(path)).andExpect(status().isNotFound());

		this.service.transition(draft.getId(), draft.getVersion(), EventStatus.PUBLISHED,
				this.fixtures.people().admin());

		assertThat(main(visitorPage(path, "fr"))).contains("Forum caché");
	}

	private String visitorPage(String path, String language) throws Exception {
		return this.mvc.perform(get(path).param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
