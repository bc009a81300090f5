package org.passerelle.event.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PageHtml;
import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.OpenedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.PageHtml.main;

/**
 * The list of events rendered once per query, language, kind of reader and day and kept
 * ({@link EventListing}) until anything is written: a second reader of the same kind
 * reads no event and gets the same list; a draft found by its organisers' staff stays
 * hidden from a liaison; another filter or language is another list; an event published
 * since shows on the next view.
 */
@PostgresTest
@ExtendWith(OpenedEvents.class)
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class EventListingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondReaderOfTheSameKindGetsTheSameListWithoutReadingTheEvents() throws Exception {
		String word = "Listé" + UUID.randomUUID().toString().substring(0, 8);
		Event forum = this.fixtures.opened(word + " forum", this.fixtures.people().amu(), 10);
		String path = "/events?q=" + word;
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter
			.statementsOf(() -> pages.add(PageHtml.read(this.mvc, path, this.fixtures.people().liaison(), "fr")));
		List<String> second = this.counter.statementsOf(() -> pages
			.add(PageHtml.read(this.mvc, path, this.fixtures.people().user("liaison2@demo.passerelle"), "fr")));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from event"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from event"));
		assertThat(main(pages.get(1))).isEqualTo(main(pages.get(0)))
			.contains(word + " forum")
			.contains("Un événement")
			.doesNotContain("??");
	}

	@Test
	void aDraftFoundByItsOrganisersStaffStaysHiddenFromLiaisons() throws Exception {
		String word = "Brouillon" + UUID.randomUUID().toString().substring(0, 8);
		Event draft = this.fixtures.draft(word + " caché", this.fixtures.people().amu(), 10);
		this.fixtures.cancelAfterTest(draft);
		String path = "/events?q=" + word;

		String staff = main(PageHtml.read(this.mvc, path, this.fixtures.people().staff(), "en"));
		String liaison = main(PageHtml.read(this.mvc, path, this.fixtures.people().liaison(), "en"));

		assertThat(staff).contains(word + " caché").contains("New event");
		assertThat(liaison).doesNotContain(word + " caché").doesNotContain("New event").contains("No event");
	}

	@Test
	void anotherFilterOrLanguageIsAnotherListAndANewEventShowsOnTheNextView() throws Exception {
		String word = "Filtré" + UUID.randomUUID().toString().substring(0, 8);
		Event forum = this.fixtures.opened(word + " un", this.fixtures.people().amu(), 10);
		String path = "/events?q=" + word;

		assertThat(main(PageHtml.read(this.mvc, path, this.fixtures.people().liaison(), "en"))).contains("One event")
			.contains("Upcoming");
		assertThat(main(PageHtml.read(this.mvc, path + "&kind=WORKSHOP", this.fixtures.people().liaison(), "en")))
			.contains("No event");
		assertThat(main(PageHtml.read(this.mvc, path, this.fixtures.people().liaison(), "fr"))).contains("À venir");

		Event another = this.fixtures.opened(word + " deux", this.fixtures.people().amu(), 10);

		assertThat(main(PageHtml.read(this.mvc, path, this.fixtures.people().liaison(), "en"))).contains(word + " deux")
			.contains("2 events");
	}

}
