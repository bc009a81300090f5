package org.passerelle.event;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events list counts a filter's events and reads a page of them once for each kind of
 * reader (the drafts they may see) and day, then keeps the count and the page until
 * something is written.
 */
@PostgresTest
@Import(StatementCounter.Configuration.class)
class EventCountsTests {

	@Autowired
	private Events events;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void aListIsCountedOnceUntilSomethingIsWritten() throws Exception {
		String tag = "Comptage" + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			this.fixtures.published(tag, this.fixtures.people().amu(), 10);
		}
		assertThat(counts(() -> assertThat(total(tag, null)).isEqualTo(3))).isEqualTo(1);
		assertThat(counts(() -> assertThat(total(tag, null)).isEqualTo(3))).as("kept").isZero();

		this.fixtures.published(tag, this.fixtures.people().amu(), 10);

		assertThat(total(tag, null)).isEqualTo(4);
	}

	@Test
	void aPageIsReadOnceUntilSomethingIsWritten() throws Exception {
		String tag = "Page" + System.nanoTime();
		Event first = this.fixtures.published(tag, this.fixtures.people().amu(), 10);
		assertThat(ids(tag, null)).containsExactly(first.getId());

		assertThat(this.counter.statementsOf(() -> assertThat(ids(tag, null)).containsExactly(first.getId())))
			.as("kept")
			.isEmpty();
		Event draft = this.fixtures.draft(tag, this.fixtures.people().amu(), 10);

		assertThat(ids(tag, null)).as("anonymous: no draft").containsExactly(first.getId());
		assertThat(ids(tag, this.fixtures.people().staff())).as("its organiser's staff")
			.containsExactlyInAnyOrder(first.getId(), draft.getId());
	}

	@Test
	void draftsCountForTheirOrganisersOnly() {
		String tag = "Brouillons" + System.nanoTime();
		this.fixtures.published(tag, this.fixtures.people().amu(), 10);
		this.fixtures.published(tag, this.fixtures.people().amu(), 10);
		this.fixtures.draft(tag, this.fixtures.people().amu(), 10);

		assertThat(total(tag, null)).isEqualTo(2);
		assertThat(total(tag, this.fixtures.people().staff())).isEqualTo(3);
		assertThat(total(tag, null)).isEqualTo(2);
	}

	/**
	 * A page of one, so that the total comes from the count (not from a short first
	 * page).
	 */
	private long total(String tag, PasserelleUser reader) {
		EventFilter filter = new EventFilter(false, tag, null, null, null, null, null, null, null, null);
		return this.events.search(filter, PageRequest.of(0, 1), reader).getTotalElements();
	}

	private List<Long> ids(String tag, PasserelleUser reader) {
		EventFilter filter = new EventFilter(false, tag, null, null, null, null, null, null, null, null);
		return this.events.search(filter, PageRequest.of(0, 20), reader).map(Event::getId).getContent();
	}

	private long counts(StatementCounter.ThrowingRunnable action) throws Exception {
		return this.counter.statementsOf(action).stream().filter((sql) -> sql.contains("count(")).count();
	}

}
