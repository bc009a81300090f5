package org.passerelle.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Participants registered from an imported list, as a plain unit test of the event's
 * rule: confirmed at once while places are left, then waitlisted; published events only,
 * and not once the session has started.
 */
class ImportedRegistrationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private Event event(EventStatus status) {
		Event event = new Event(new EventDetails(new EventTitle("Atelier", null), new EventTitle(null, null),
				EventKind.WORKSHOP, Set.of(1L), Set.of(), Set.of(), Set.of(), Set.of(), null, NOW.minusSeconds(60)));
		ReflectionTestUtils.setField(event, "id", 7L);
		Session session = event.addSession(new SessionDetails(LocalDate.of(2026, 3, 20), LocalTime.of(9, 0),
				LocalTime.of(12, 0), "Luminy", "Marseille", 1, List.of()));
		ReflectionTestUtils.setField(session, "id", 70L);
		if (status != EventStatus.DRAFT) {
			event.transitionTo(EventStatus.PUBLISHED);
		}
		return event;
	}

	private static Attendee person(String name) {
		return new Attendee(name, null, name + "@example.org", Locale.FRENCH);
	}

	@Test
	void placesFirstThenTheWaitlistEvenOnceTheWindowHasClosed() {
		Event event = event(EventStatus.PUBLISHED);
		Session session = event.getSessions().get(0);
		Registration first = event.registerImported(session, person("anna"), NOW);
		Registration second = event.registerImported(session, person("bruno"), NOW);
		assertThat(first.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(first.awaitsEmailConfirmation()).isFalse();
		assertThat(second.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(session.getPlacesTaken()).isEqualTo(1);
		assertThat(event.domainEvents()).hasExactlyElementsOfTypes(PersonRegistered.class, PersonWaitlisted.class);
	}

	@Test
	void draftsAndStartedSessionsTakeNoImport() {
		Event draft = event(EventStatus.DRAFT);
		assertThatThrownBy(() -> draft.registerImported(draft.getSessions().get(0), person("anna"), NOW))
			.hasMessage("event.import.refused.notPublished");
		Event published = event(EventStatus.PUBLISHED);
		assertThatThrownBy(() -> published.registerImported(published.getSessions().get(0), person("anna"),
				Instant.parse("2026-03-20T08:30:00Z")))
			.hasMessage("event.import.refused.started");
	}

}
