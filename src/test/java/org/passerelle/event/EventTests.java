package org.passerelle.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import org.passerelle.organisation.Sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event's rules, as plain unit tests: lifecycle, registration window, places and
 * waitlist, promotion, the 48-hour confirmation, check-in.
 */
class EventTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private static final long AMU = 1;

	private Event event;

	private Session session;

	private long ids = 100;

	@BeforeEach
	void publishedEventWithTwoPlaces() {
		this.event = new Event(details(null, null));
		ReflectionTestUtils.setField(this.event, "id", 7L);
		this.session = this.event.addSession(sessionOn(LocalDate.of(2026, 3, 20), 2));
		ReflectionTestUtils.setField(this.session, "id", 70L);
		this.event.transitionTo(EventStatus.PUBLISHED);
	}

	static EventDetails details(Instant opens, Instant closes) {
		return new EventDetails(new EventTitle("Journée étudiants–industriels", null),
				new EventTitle("Présentation, déjeuner, ateliers", null), EventKind.STUDENT_INDUSTRY_DAY, Set.of(AMU),
				Set.of(), Set.of("Synergie AMU Entreprises"), Set.of(), Set.of(Audience.STUDENTS, Audience.COMPANIES),
				opens, closes);
	}

	static SessionDetails sessionOn(LocalDate day, int capacity) {
		return new SessionDetails(day, LocalTime.of(11, 30), LocalTime.of(17, 0), "Faculté des sciences, amphi A",
				"Marseille", capacity, List.of(new ProgrammeItem(LocalTime.of(11, 30),
						new EventTitle("Présentation du programme", "Programme presentation"))));
	}

	private Registration participant(String name) {
		return withId(this.event.register(this.session, RegistrationKind.PARTICIPANT, null, null,
				new Attendee(name, null, name.toLowerCase(Locale.ROOT) + "@example.org", Locale.FRENCH), NOW));
	}

	private Registration employee(String name) {
		return withId(this.event.register(this.session, RegistrationKind.ORGANISATION, 42L, 5L,
				new Attendee(name, "HR", name.toLowerCase(Locale.ROOT) + "@example.com", Locale.ENGLISH), NOW));
	}

	private Registration withId(Registration registration) {
		ReflectionTestUtils.setField(registration, "id", this.ids++);
		return registration;
	}

	@Test
	void aTitleInOneLanguageServesBoth() {
		assertThat(this.event.title(Locale.ENGLISH)).isEqualTo("Journée étudiants–industriels");
		assertThat(this.event.getSessions().get(0).getProgramme().get(0).title(Locale.ENGLISH))
			.isEqualTo("Programme presentation");
		// marked as French where an English page shows it, for screen readers
		assertThat(this.event.titleLanguage(Locale.ENGLISH)).isEqualTo("fr");
		assertThat(this.event.titleLanguage(Locale.FRENCH)).isNull();
		assertThat(this.event.getSessions().get(0).getProgramme().get(0).titleLanguage(Locale.ENGLISH)).isNull();
		assertThat(new EventTitle(null, "Careers day").languageIfOther(Locale.FRENCH)).isEqualTo("en");
		assertThat(new EventTitle(null, "Careers day").languageIfOther(Locale.ENGLISH)).isNull();
		assertThat(new EventTitle(" ", null).languageIfOther(Locale.ENGLISH)).isNull();
	}

	@Test
	void anEventWithoutTitleOrOrganiserIsRefused() {
		assertThatThrownBy(() -> new Event(new EventDetails(new EventTitle(" ", null), new EventTitle(null, null),
				EventKind.FORUM, Set.of(AMU), Set.of(), Set.of(), Set.of(), Set.of(), null, null)))
			.isInstanceOf(EventRefusedException.class)
			.hasMessage("event.refused.noTitle");
		assertThatThrownBy(() -> new Event(new EventDetails(new EventTitle("Forum", null), new EventTitle(null, null),
				EventKind.FORUM, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null)))
			.hasMessage("event.refused.noOrganiser");
	}

	@Test
	void eachStepOfTheEditorKeepsItsOwnRule() {
		Event draft = new Event(details(null, null));
		long cnrs = 2;
		long company = 42;
		assertThatThrownBy(() -> draft.changeGeneral(new EventGeneral(new EventTitle(null, " "),
				new EventTitle(null, null), EventKind.FORUM, Set.of(), Set.of(), Set.of())))
			.hasMessage("event.refused.noTitle");
		draft.changeGeneral(new EventGeneral(new EventTitle(null, "Company forum"), new EventTitle(null, "In English"),
				EventKind.FORUM, Set.of(" Synergie ", ""), Set.of(3L), Set.of(Audience.COMPANIES)));
		assertThat(draft.title(Locale.FRENCH)).isEqualTo("Company forum");
		assertThat(draft.getLabels()).containsExactly("Synergie");
		assertThat(draft.getOrganiserIds()).as("the general step leaves the organisers").containsExactly(AMU);

		assertThatThrownBy(() -> draft.changeOrganisers(Set.of(), Set.of(company)))
			.hasMessage("event.refused.noOrganiser");
		assertThatThrownBy(() -> draft.changeOrganisers(Set.of(AMU), Set.of(AMU, company)))
			.hasMessage("event.refused.organiserAlsoPartner");
		draft.changeOrganisers(Set.of(AMU, cnrs), Set.of(company));
		assertThat(draft.getOrganiserIds()).containsExactlyInAnyOrder(AMU, cnrs);
		assertThat(draft.getPartnerIds()).containsExactly(company);
		assertThat(draft.getTitle().en()).as("the organisers step leaves what the event is").isEqualTo("Company forum");

		Instant opens = NOW.plus(Duration.ofDays(1));
		assertThatThrownBy(() -> draft.changeRegistrationWindow(opens, opens))
			.hasMessage("event.refused.windowClosesBeforeOpening");
		draft.changeRegistrationWindow(opens, null);
		assertThat(draft.getRegistrationOpensAt()).isEqualTo(opens);
		assertThat(draft.getRegistrationClosesAt()).isNull();
	}

	@Test
	void anEventTargetsSectorsOrIsOpenToEverySector() {
		Event draft = new Event(details(null, null));
		assertThat(draft.getSectors()).as("a new event targets no sector").isEmpty();
		assertThat(draft.isFor(Sector.HEALTH_BIOTECH)).isTrue();
		assertThat(draft.isFor(null)).as("open to every sector, even a partner without one").isTrue();

		draft.changeGeneral(new EventGeneral(new EventTitle("Journée santé", null), new EventTitle(null, null),
				EventKind.FORUM, Set.of(), Set.of(), Set.of(), Set.of(Sector.HEALTH_BIOTECH, Sector.AGRIFOOD)));
		assertThat(draft.getSectors()).as("in the sectors' order")
			.containsExactly(Sector.AGRIFOOD, Sector.HEALTH_BIOTECH);
		assertThat(draft.isFor(Sector.HEALTH_BIOTECH)).isTrue();
		assertThat(draft.isFor(Sector.MARITIME)).isFalse();
		assertThat(draft.isFor(null)).isFalse();
		assertThatThrownBy(() -> draft.getSectors().clear()).isInstanceOf(UnsupportedOperationException.class);

		draft.changeGeneral(EventGeneral.of(draft));
		assertThat(draft.getSectors()).as("the step's form keeps them")
			.containsExactly(Sector.AGRIFOOD, Sector.HEALTH_BIOTECH);
		draft.changeGeneral(new EventGeneral(new EventTitle("Journée santé", null), new EventTitle(null, null),
				EventKind.FORUM, Set.of(), Set.of(), Set.of()));
		assertThat(draft.getSectors()).as("none ticked: open to every sector again").isEmpty();
		assertThat(draft.isFor(Sector.MARITIME)).isTrue();
	}

	@Test
	void theWindowOfACancelledEventNoLongerChanges() {
		Instant closes = NOW.plus(Duration.ofDays(3));
		this.event.transitionTo(EventStatus.CANCELLED);
		assertThatThrownBy(() -> this.event.changeRegistrationWindow(null, closes)).hasMessage("event.refused.closed");
		// saving the same window again (the step saved as it was) is no change
		this.event.changeRegistrationWindow(null, null);
		assertThat(this.event.getRegistrationClosesAt()).isNull();
	}

	@Test
	void aDraftWithoutSessionIsNotPublished() {
		Event draft = new Event(details(null, null));
		assertThatThrownBy(() -> draft.transitionTo(EventStatus.PUBLISHED)).hasMessage("event.refused.noSession");
		assertThatThrownBy(() -> draft.transitionTo(EventStatus.DONE)).hasMessage("event.refused.transition");
	}

	@Test
	void theLifecycleGoesDraftPublishedThenCancelledOrDone() {
		assertThat(EventStatus.DRAFT.next()).containsExactly(EventStatus.PUBLISHED);
		assertThat(EventStatus.PUBLISHED.next()).containsExactly(EventStatus.CANCELLED, EventStatus.DONE);
		this.event.transitionTo(EventStatus.CANCELLED);
		assertThatThrownBy(() -> this.event.transitionTo(EventStatus.PUBLISHED)).hasMessage("event.refused.transition");
		assertThatThrownBy(() -> this.event.addSession(sessionOn(LocalDate.of(2026, 4, 1), 5)))
			.hasMessage("event.refused.closed");
	}

	@Test
	void aSessionEndsAfterItStartsAndKeepsItsPlacesTaken() {
		assertThatThrownBy(() -> this.event.addSession(new SessionDetails(LocalDate.of(2026, 3, 21),
				LocalTime.of(12, 0), LocalTime.of(11, 0), "Hall", "Aix", 10, List.of())))
			.hasMessage("event.refused.endBeforeStart");
		employee("Ada");
		employee("Bob");
		assertThatThrownBy(() -> this.event.changeSession(this.session, sessionOn(this.session.getDay(), 1)))
			.hasMessage("event.refused.capacityBelowTaken");
		assertThatThrownBy(() -> this.event.removeSession(this.session, 2))
			.hasMessage("event.refused.sessionHasRegistrations");
	}

	@Test
	void registrationsFollowTheWindow() {
		Event windowed = new Event(details(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(5))));
		ReflectionTestUtils.setField(windowed, "id", 8L);
		Session day = windowed.addSession(sessionOn(LocalDate.of(2026, 3, 20), 10));
		assertThat(windowed.isRegistrationOpen(NOW)).as("draft").isFalse();
		windowed.transitionTo(EventStatus.PUBLISHED);
		assertThat(windowed.isRegistrationOpen(NOW)).as("before the window").isFalse();
		assertThat(windowed.isRegistrationOpen(NOW.plus(Duration.ofDays(2)))).isTrue();
		assertThat(windowed.isRegistrationOpen(NOW.plus(Duration.ofDays(5)))).as("closed").isFalse();
		assertThatThrownBy(() -> windowed.register(day, RegistrationKind.PARTICIPANT, null, null,
				new Attendee("Zoé", null, "zoe@example.org", Locale.FRENCH), NOW))
			.hasMessage("event.refused.registrationClosed");
	}

	@Test
	void aStartedSessionTakesNoMoreRegistrations() {
		Instant during = this.session.start().toInstant().plusSeconds(60);
		assertThat(this.event.isRegistrationOpen(this.session, during)).isFalse();
	}

	@Test
	void employeesHoldAPlaceAtOnceParticipantsUntilTheyConfirm() {
		Registration ada = employee("Ada");
		Registration zoe = participant("Zoé");
		assertThat(ada.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(zoe.getStatus()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(zoe.getConfirmBy()).isEqualTo(NOW.plus(Duration.ofHours(48)));
		assertThat(this.session.getPlacesTaken()).isEqualTo(2);
		assertThat(this.event.domainEvents()).hasSize(2).allMatch(PersonRegistered.class::isInstance);
		this.event.confirmEmail(zoe, NOW.plus(Duration.ofHours(47)));
		assertThat(zoe.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(zoe.getEmailConfirmedAt()).isNotNull();
		assertThat(this.event.domainEvents()).last().isInstanceOf(EmailConfirmed.class);
	}

	@Test
	void beyondTheCapacityPeopleWaitInArrivalOrder() {
		employee("Ada");
		employee("Bob");
		Registration cyd = employee("Cyd");
		Registration dan = participant("Dan");
		assertThat(cyd.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(dan.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(this.session.getPlacesTaken()).isEqualTo(2);
		assertThat(this.session.isFull()).isTrue();
		assertThat(this.event.domainEvents()).filteredOn(PersonWaitlisted.class::isInstance).hasSize(2);
	}

	@Test
	void cancellingAPlacePromotesTheFirstWaiting() {
		Registration ada = employee("Ada");
		employee("Bob");
		Registration cyd = employee("Cyd");
		Optional<Registration> promoted = this.event.cancel(ada, this.session, cyd, NOW.plusSeconds(60));
		assertThat(promoted).contains(cyd);
		assertThat(ada.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(cyd.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(cyd.getPromotedAt()).isNotNull();
		assertThat(this.session.getPlacesTaken()).isEqualTo(2);
		assertThat(this.event.domainEvents()).last().isInstanceOf(PersonPromoted.class);
		assertThatThrownBy(() -> this.event.cancel(ada, this.session, null, NOW)).hasMessage("event.refused.notLive");
	}

	@Test
	void aPromotedParticipantWhoHasNotConfirmedGets48HoursMore() {
		Registration ada = employee("Ada");
		employee("Bob");
		Registration zoe = participant("Zoé");
		Instant later = NOW.plus(Duration.ofHours(30));
		this.event.cancel(ada, this.session, zoe, later);
		assertThat(zoe.getStatus()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(zoe.getConfirmBy()).isEqualTo(later.plus(Duration.ofHours(48)));
	}

	@Test
	void cancellingAWaitingRegistrationFreesNoPlace() {
		employee("Ada");
		employee("Bob");
		Registration cyd = employee("Cyd");
		Registration dan = employee("Dan");
		assertThat(this.event.cancel(cyd, this.session, dan, NOW)).isEmpty();
		assertThat(dan.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(this.session.getPlacesTaken()).isEqualTo(2);
	}

	@Test
	void anUnconfirmedParticipantHoldsNothingAfter48Hours() {
		Registration zoe = participant("Zoé");
		employee("Bob");
		Registration cyd = employee("Cyd");
		assertThatThrownBy(() -> this.event.expire(zoe, this.session, cyd, NOW.plus(Duration.ofHours(47))))
			.hasMessage("event.refused.notOverdue");
		Instant late = NOW.plus(Duration.ofHours(48));
		assertThatThrownBy(() -> this.event.confirmEmail(zoe, late)).hasMessage("event.refused.confirmationExpired");
		assertThat(this.event.expire(zoe, this.session, cyd, late)).contains(cyd);
		assertThat(zoe.getStatus()).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(cyd.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.event.domainEvents()).anyMatch(RegistrationExpired.class::isInstance);
	}

	@Test
	void anOverdueWaitingParticipantIsNotPromoted() {
		Registration ada = employee("Ada");
		employee("Bob");
		Registration zoe = participant("Zoé");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.event.cancel(ada, this.session, zoe, NOW.plus(Duration.ofHours(49))));
	}

	@Test
	void aLiaisonReplacesAnEmployeeWhoKeepsThePlace() {
		Registration ada = employee("Ada");
		this.event.replaceAttendee(ada, new Attendee("Eve", "Engineer", "eve@example.com", Locale.ENGLISH));
		assertThat(ada.getName()).isEqualTo("Eve");
		assertThat(ada.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.session.getPlacesTaken()).isEqualTo(1);
	}

	@Test
	void checkInMarksAPlaceHolderPresentOnce() {
		Registration ada = employee("Ada");
		employee("Bob");
		Registration cyd = employee("Cyd");
		this.event.checkIn(ada, false, NOW);
		this.event.checkIn(ada, false, NOW.plusSeconds(5));
		assertThat(ada.getCheckedInAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> this.event.checkIn(cyd, false, NOW)).hasMessage("event.refused.noPlace");
		this.event.checkIn(cyd, true, NOW);
		assertThat(cyd.isWalkIn()).isTrue();
		assertThat(this.event.domainEvents()).filteredOn(PersonCheckedIn.class::isInstance).hasSize(2);
	}

	@Test
	void collectionsLeaveTheEventUnmodifiable() {
		assertThatThrownBy(() -> this.event.getSessions().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> this.event.getLabels().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

}
