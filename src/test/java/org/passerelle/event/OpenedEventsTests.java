package org.passerelle.event;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OpenedEvents}: after a test, the events it opened and those it marked are
 * cancelled if published, and a marked draft stays a draft.
 */
@PostgresTest
@ExtendWith(OpenedEvents.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenedEventsTests {

	private static long opened;

	private static long published;

	private static long draft;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private EventService service;

	@Test
	@Order(1)
	void aTestOpensAnEventAndPublishesADraft() {
		opened = this.fixtures.opened("Ouvert", this.fixtures.people().amu(), 10).getId();
		Event toPublish = this.fixtures.draft("Publié", this.fixtures.people().amu(), 10);
		this.fixtures.cancelAfterTest(toPublish);
		published = this.service
			.transition(toPublish.getId(), toPublish.getVersion(), EventStatus.PUBLISHED,
					this.fixtures.people().admin())
			.getId();
		Event kept = this.fixtures.draft("Brouillon", this.fixtures.people().amu(), 10);
		this.fixtures.cancelAfterTest(kept);
		draft = kept.getId();
		assertThat(status(opened)).isEqualTo(EventStatus.PUBLISHED);
		assertThat(status(published)).isEqualTo(EventStatus.PUBLISHED);
	}

	@Test
	@Order(2)
	void theyAreCancelledAfterItAndTheDraftIsLeft() {
		assertThat(status(opened)).isEqualTo(EventStatus.CANCELLED);
		assertThat(status(published)).isEqualTo(EventStatus.CANCELLED);
		assertThat(status(draft)).isEqualTo(EventStatus.DRAFT);
	}

	private EventStatus status(long id) {
		return this.service.forEditing(id, this.fixtures.people().admin()).getStatus();
	}

}
