package org.passerelle.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Taking back a check-in, as a plain unit test of the event's rule.
 */
class CheckInTests {

	private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

	private Event event;

	private Session session;

	@BeforeEach
	void publishedEvent() {
		this.event = new Event(new EventDetails(new EventTitle("Forum", null), new EventTitle(null, null),
				EventKind.FORUM, Set.of(1L), Set.of(), Set.of(), Set.of(), Set.of(), null, null));
		ReflectionTestUtils.setField(this.event, "id", 7L);
		this.session = this.event.addSession(new SessionDetails(LocalDate.of(2026, 3, 20), LocalTime.of(9, 0),
				LocalTime.of(17, 0), "Luminy", "Marseille", 10, List.of()));
		ReflectionTestUtils.setField(this.session, "id", 70L);
		this.event.transitionTo(EventStatus.PUBLISHED);
	}

	private Registration zoe() {
		Registration zoe = this.event.register(this.session, RegistrationKind.PARTICIPANT, null, null,
				new Attendee("Zoé Martin", null, "zoe@example.org", Locale.FRENCH), NOW.minusSeconds(86400));
		this.event.confirmEmail(zoe, NOW.minusSeconds(86000));
		this.event.clearDomainEvents();
		return zoe;
	}

	@Test
	void aCheckInTakenBackLeavesThePersonRegisteredAndNotPresent() {
		Registration zoe = zoe();
		this.event.checkIn(zoe, false, NOW);
		this.event.clearDomainEvents();
		this.event.undoCheckIn(zoe, NOW.plusSeconds(30));
		assertThat(zoe.getCheckedInAt()).isNull();
		assertThat(zoe.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.session.getPlacesTaken()).isEqualTo(1);
		assertThat(this.event.domainEvents()).singleElement()
			.isInstanceOfSatisfying(CheckInUndone.class,
					(undone) -> assertThat(undone.registration().registration()).isEqualTo(zoe.getPublicId()));
		// and again marked present
		this.event.checkIn(zoe, false, NOW.plusSeconds(60));
		assertThat(zoe.getCheckedInAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void undoingTwiceOrWhatWasNeverDoneChangesNothing() {
		Registration zoe = zoe();
		this.event.undoCheckIn(zoe, NOW);
		assertThat(this.event.domainEvents()).isEmpty();
		this.event.checkIn(zoe, false, NOW);
		this.event.undoCheckIn(zoe, NOW);
		this.event.clearDomainEvents();
		this.event.undoCheckIn(zoe, NOW);
		assertThat(this.event.domainEvents()).isEmpty();
	}

	@Test
	void aCancelledEventTakesNoCheckInBack() {
		Registration zoe = zoe();
		this.event.checkIn(zoe, false, NOW);
		this.event.transitionTo(EventStatus.CANCELLED);
		assertThatThrownBy(() -> this.event.undoCheckIn(zoe, NOW)).isInstanceOf(EventRefusedException.class)
			.hasMessage("event.refused.notHappening");
	}

}
