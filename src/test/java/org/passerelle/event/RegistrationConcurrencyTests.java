package org.passerelle.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.PostgresTest;
import org.passerelle.TestClockConfiguration.MutableClock;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.event.EventFixtures.ticket;

/**
 * Registrations on the real PostgreSQL: hundreds at the same second never overbook a
 * session, the waitlist keeps arrival order, those made together are refused or rolled
 * back each on their own, a cancellation promotes the first waiting, an unconfirmed
 * participant's place goes after 48 hours.
 */
@PostgresTest
class RegistrationConcurrencyTests {

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Autowired
	private RegistrationRepository repository;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void twoHundredRegistrationsAtOnceForFiftyPlacesNeverOverbook() throws Exception {
		Event event = this.fixtures.published("Forum concurrence", this.fixtures.people().amu(), 50);
		long session = this.fixtures.sessionOf(event);
		PasserelleUser liaison = this.fixtures.people().liaison();
		int attempts = 200;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(40);
		List<Future<Registration>> results = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			int n = i;
			Callable<Registration> register = () -> {
				start.await();
				Attendee person = new Attendee("Person " + n, null, "person" + n + "@example.org", Locale.FRENCH);
				return (n % 2 == 0)
						? this.registrations.registerEmployees(event.getId(), session, List.of(person), liaison).get(0)
						: this.registrations.registerParticipant(event.getId(), session, person, null);
			};
			results.add(pool.submit(register));
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		for (Future<Registration> result : results) {
			assertThat(result.get()).isNotNull();
		}

		List<Registration> all = this.repository.ofSession(session);
		assertThat(all).hasSize(attempts);
		assertThat(all.stream().map(Registration::getEmail).collect(Collectors.toSet())).hasSize(attempts);
		Map<Boolean, List<Registration>> holding = all.stream()
			.collect(Collectors.partitioningBy((r) -> r.getStatus().holdsPlace()));
		assertThat(holding.get(true)).hasSize(50);
		assertThat(holding.get(false)).hasSize(150).allMatch((r) -> r.getStatus() == RegistrationStatus.WAITLISTED);
		// arrival order: every place was given before anyone waited, and the waitlist is
		// in order
		long lastWithPlace = holding.get(true).stream().mapToLong(Registration::getId).max().orElseThrow();
		assertThat(holding.get(false)).allMatch((r) -> r.getId() > lastWithPlace);
		assertThat(holding.get(false)).extracting(Registration::getRegisteredAt).isSorted();
		assertThat(placesTaken(session)).isEqualTo(50);
	}

	@Test
	void theSameAddressSentTenTimesAtOnceIsRegisteredOnceAndRefusedNineTimes() throws Exception {
		Event event = this.fixtures.published("Forum double clic", this.fixtures.people().amu(), 5);
		long session = this.fixtures.sessionOf(event);
		Attendee ada = attendee("ada");
		assertRegisteredOnceOfTen(session, ada,
				() -> this.registrations.registerParticipant(event.getId(), session, ada, null));
	}

	@Test
	void theSameAddressMadeAloneTenTimesAtOnceIsRefusedNineTimesNotAnError() throws Exception {
		// as after failed batches, or on two instances of the portal: no desk in between
		Event event = this.fixtures.published("Forum seul", this.fixtures.people().amu(), 5);
		long session = this.fixtures.sessionOf(event);
		Attendee ada = attendee("ada");
		Registrations.ParticipantRequest request = new Registrations.ParticipantRequest(event.getId(), session, ada,
				List.of(), null);
		assertRegisteredOnceOfTen(session, ada, () -> this.registrations.registerAlone(request));
	}

	/**
	 * Ten attempts at once: one registration, nine told the address is registered already
	 * (not shown an error).
	 */
	private void assertRegisteredOnceOfTen(long session, Attendee attendee, Callable<Registration> attempt)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<Registration>> results = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return attempt.call();
			}));
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		int made = 0;
		for (Future<Registration> result : results) {
			try {
				assertThat(result.get().getEmail()).isEqualTo(attendee.email());
				made++;
			}
			catch (ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(EventRefusedException.class)
					.hasMessage("event.refused.alreadyRegistered");
			}
		}
		assertThat(made).isEqualTo(1);
		assertThat(this.repository.ofSession(session)).hasSize(1);
		assertThat(placesTaken(session)).isEqualTo(1);
	}

	@Test
	void registrationsMadeTogetherKeepTheirOrderAndARefusalRefusesOnlyItsOwn() {
		Event event = this.fixtures.published("Forum ensemble", this.fixtures.people().amu(), 2);
		long session = this.fixtures.sessionOf(event);
		Attendee bob = attendee("bob");
		List<RegistrationDesk.Ticket> tickets = List.of(ticket(event, session, attendee("ada")),
				ticket(event, session, bob), ticket(event, session, bob), ticket(event, session, attendee("cyd")),
				ticket(event, session, attendee("dan")));
		this.registrations.registerTogether(tickets, RegistrationDesk.Turn.NONE);

		assertThat(tickets).noneMatch(RegistrationDesk.Ticket::isAlone);
		assertThat(tickets.get(0).registration().getStatus()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(tickets.get(1).registration().getStatus()).isEqualTo(RegistrationStatus.PENDING);
		assertThatThrownBy(() -> tickets.get(2).registration()).isInstanceOf(EventRefusedException.class)
			.hasMessage("event.refused.alreadyRegistered");
		assertThat(tickets.get(3).registration().getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(tickets.get(4).registration().getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(tickets.get(3).registration().getId()).isLessThan(tickets.get(4).registration().getId());
		assertThat(this.repository.ofSession(session)).extracting(Registration::getEmail)
			.containsExactlyInAnyOrder(tickets.get(0).request().participant().email(), bob.email(),
					tickets.get(3).request().participant().email(), tickets.get(4).request().participant().email());
		assertThat(placesTaken(session)).isEqualTo(2);
	}

	@Test
	void aBatchDrawsTheIdsOfItsRegistrationsOnlyOnceItHoldsTheSessionsRow() throws Exception {
		Event event = this.fixtures.published("Forum ordre d'arrivée", this.fixtures.people().amu(), 5);
		long session = this.fixtures.sessionOf(event);
		List<RegistrationDesk.Ticket> tickets = List.of(ticket(event, session, attendee("ada")),
				ticket(event, session, attendee("bob")));
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// another instance of the portal holds the session's row...
			Future<?> other = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("select id from event_session where id = ? for no key update")
					.param(session)
					.query(Long.class)
					.single();
				held.countDown();
				awaitQuietly(release);
			}));
			assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
			Future<?> batch = pool
				.submit(() -> this.registrations.registerTogether(tickets, RegistrationDesk.Turn.NONE));
			// ...the batch waits for it, while that instance registers someone and
			// commits
			awaitBlockedOnLock();
			long registeredMeanwhile = this.jdbc.sql("select nextval('event_registration_id_seq')")
				.query(Long.class)
				.single();
			release.countDown();
			other.get(10, TimeUnit.SECONDS);
			batch.get(10, TimeUnit.SECONDS);

			assertThat(tickets).noneMatch(RegistrationDesk.Ticket::isAlone)
				.allSatisfy((ticket) -> assertThat(ticket.registration().getId()).isGreaterThan(registeredMeanwhile));
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	private void awaitBlockedOnLock() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.jdbc.sql(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%for no key update%'")
			.query(Long.class)
			.single() == 0) {
			assertThat(System.nanoTime()).as("the batch waits for the session's row").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aBatchKnowsTheAddressesRegisteredBeforeItWhateverTheirCaseAndNotThoseCancelled() {
		Event event = this.fixtures.published("Forum adresses", this.fixtures.people().amu(), 3);
		long session = this.fixtures.sessionOf(event);
		Attendee ada = attendee("ada");
		Attendee bob = attendee("bob");
		this.registrations.registerParticipant(event.getId(), session, ada, null);
		Registration cancelled = this.registrations.registerParticipant(event.getId(), session, bob, null);
		this.registrations.cancelByLink(cancelled.getPublicId());
		Attendee adaAgain = new Attendee("Ada", null, ada.email().toUpperCase(Locale.ROOT), Locale.FRENCH);
		Attendee cyd = attendee("cyd");
		Attendee cydAgain = new Attendee("Cyd", null, cyd.email().toUpperCase(Locale.ROOT), Locale.FRENCH);
		List<RegistrationDesk.Ticket> tickets = List.of(ticket(event, session, adaAgain), ticket(event, session, bob),
				ticket(event, session, cyd), ticket(event, session, cydAgain), ticket(event, session, attendee("dan")));
		this.registrations.registerTogether(tickets, RegistrationDesk.Turn.NONE);

		assertThat(tickets).noneMatch(RegistrationDesk.Ticket::isAlone);
		assertThatThrownBy(() -> tickets.get(0).registration()).isInstanceOf(EventRefusedException.class)
			.hasMessage("event.refused.alreadyRegistered");
		assertThat(tickets.get(1).registration().getStatus()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(tickets.get(2).registration().getStatus()).isEqualTo(RegistrationStatus.PENDING);
		assertThatThrownBy(() -> tickets.get(3).registration()).isInstanceOf(EventRefusedException.class)
			.hasMessage("event.refused.alreadyRegistered");
		assertThat(tickets.get(4).registration().getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(placesTaken(session)).isEqualTo(3);
		assertThat(this.repository.ofSession(session)).extracting(Registration::getStatus)
			.containsExactly(RegistrationStatus.PENDING, RegistrationStatus.CANCELLED, RegistrationStatus.PENDING,
					RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED);
	}

	/**
	 * The lock takes a place for each registration of the batch while places are left;
	 * one refused after it (an address registered already) gives its place back.
	 */
	@Test
	void aPlaceTakenWithTheLockForARegistrationRefusedIsGivenBack() {
		Event event = this.fixtures.published("Forum places rendues", this.fixtures.people().amu(), 5);
		long session = this.fixtures.sessionOf(event);
		Attendee ada = attendee("ada");
		this.registrations.registerParticipant(event.getId(), session, ada, null);
		List<RegistrationDesk.Ticket> tickets = List.of(ticket(event, session, attendee("bob")),
				ticket(event, session, ada), ticket(event, session, attendee("cyd")));
		this.registrations.registerTogether(tickets, RegistrationDesk.Turn.NONE);

		assertThat(tickets).noneMatch(RegistrationDesk.Ticket::isAlone);
		assertThatThrownBy(() -> tickets.get(1).registration()).isInstanceOf(EventRefusedException.class)
			.hasMessage("event.refused.alreadyRegistered");
		assertThat(placesTaken(session)).isEqualTo(3);
		assertThat(this.repository.ofSession(session)).extracting(Registration::getStatus)
			.containsExactly(RegistrationStatus.PENDING, RegistrationStatus.PENDING, RegistrationStatus.PENDING);
	}

	@Test
	void aBatchOfTwoSessionsCountsTheirPlacesAndAddressesApart() {
		Event forum = this.fixtures.published("Forum deux sessions A", this.fixtures.people().amu(), 1);
		long first = this.fixtures.sessionOf(forum);
		Event workshop = this.fixtures.published("Forum deux sessions B", this.fixtures.people().amu(), 2);
		long second = this.fixtures.sessionOf(workshop);
		Attendee ada = attendee("ada");
		List<RegistrationDesk.Ticket> tickets = List.of(ticket(forum, first, ada), ticket(workshop, second, ada),
				ticket(forum, first, attendee("bob")), ticket(workshop, second, attendee("cyd")),
				ticket(workshop, second, attendee("dan")));
		this.registrations.registerTogether(tickets, RegistrationDesk.Turn.NONE);

		assertThat(tickets).noneMatch(RegistrationDesk.Ticket::isAlone);
		assertThat(tickets).extracting((ticket) -> ticket.registration().getStatus())
			.containsExactly(RegistrationStatus.PENDING, RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED,
					RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED);
		assertThat(placesTaken(first)).isEqualTo(1);
		assertThat(placesTaken(second)).isEqualTo(2);
		assertThat(this.repository.ofSession(first)).hasSize(2);
		assertThat(this.repository.ofSession(second)).hasSize(3);
	}

	@Test
	void whenTheDatabaseRefusesOneOfABatchNothingOfItIsWrittenAndEachIsMadeAlone() {
		Event event = this.fixtures.published("Forum repli", this.fixtures.people().amu(), 1);
		long session = this.fixtures.sessionOf(event);
		// longer than the column: the form's validation would have refused it
		Attendee tooLong = new Attendee("x".repeat(201), null, "long-" + System.nanoTime() + "@example.org",
				Locale.FRENCH);
		List<RegistrationDesk.Ticket> tickets = List.of(ticket(event, session, attendee("ada")),
				ticket(event, session, tooLong), ticket(event, session, attendee("bob")));
		this.registrations.registerTogether(tickets, RegistrationDesk.Turn.NONE);

		assertThat(tickets).allMatch(RegistrationDesk.Ticket::isAlone);
		assertThat(this.repository.ofSession(session)).isEmpty();
		assertThat(placesTaken(session)).isZero();
		// made alone, as their owners do
		assertThatThrownBy(() -> this.registrations.registerParticipant(event.getId(), session, tooLong, null))
			.isInstanceOf(DataIntegrityViolationException.class);
		Registration ada = this.registrations.registerParticipant(event.getId(), session,
				tickets.get(0).request().participant(), null);
		assertThat(ada.getStatus()).isEqualTo(RegistrationStatus.PENDING);
		assertThat(this.repository.ofSession(session)).hasSize(1);
		assertThat(placesTaken(session)).isEqualTo(1);
	}

	@Test
	void aRegistrationAskedForInATransactionIsMadeInIt() {
		Event event = this.fixtures.published("Forum transaction", this.fixtures.people().amu(), 1);
		long session = this.fixtures.sessionOf(event);
		this.transactions.executeWithoutResult((status) -> {
			this.registrations.registerParticipant(event.getId(), session, attendee("ada"), null);
			status.setRollbackOnly();
		});
		assertThat(this.repository.ofSession(session)).isEmpty();
		assertThat(placesTaken(session)).isZero();
	}

	@Test
	void theDatabaseRefusesAnOverbookingWhateverTheJavaSide() {
		Event event = this.fixtures.published("Forum contrainte", this.fixtures.people().amu(), 3);
		long session = this.fixtures.sessionOf(event);
		assertThatThrownBy(() -> this.jdbc.sql("update event_session set places_taken = capacity + 1 where id = :id")
			.param("id", session)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void cancellingAPlacePromotesTheFirstWaitingAndNobodyIsRegisteredTwice() {
		Event event = this.fixtures.published("Forum annulation", this.fixtures.people().amu(), 1);
		long session = this.fixtures.sessionOf(event);
		PasserelleUser liaison = this.fixtures.people().liaison();
		List<Registration> made = this.registrations.registerEmployees(event.getId(), session,
				List.of(attendee("ada"), attendee("bob"), attendee("cyd")), liaison);
		assertThat(made).extracting(Registration::getStatus)
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
					RegistrationStatus.WAITLISTED);
		assertThatThrownBy(() -> this.registrations.registerEmployees(event.getId(), session,
				List.of(made.get(0).attendee()), liaison))
			.hasMessage("event.refused.alreadyRegistered");

		assertThat(this.registrations.cancel(made.get(0).getPublicId(), liaison)).isPresent()
			.get()
			.extracting(Registration::getPublicId)
			.isEqualTo(made.get(1).getPublicId());
		assertThat(status(made.get(0))).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(status(made.get(1))).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(made.get(2))).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(placesTaken(session)).isEqualTo(1);
	}

	@Test
	void anUnconfirmedParticipantHoldsNoPlaceAfter48Hours() {
		Event event = this.fixtures.published("Forum expiration", this.fixtures.people().amu(), 1);
		long session = this.fixtures.sessionOf(event);
		Registration zoe = this.registrations.registerParticipant(event.getId(), session, attendee("zoe"), null);
		Registration bob = this.registrations.registerParticipant(event.getId(), session, attendee("bob"), null);
		this.registrations.confirm(bob.getPublicId());
		assertThat(status(zoe)).isEqualTo(RegistrationStatus.PENDING);
		this.clock.advance(Duration.ofHours(48).plusMinutes(1));
		assertThat(this.registrations.expireOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(status(zoe)).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(status(bob)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(placesTaken(session)).isEqualTo(1);
	}

	private static Attendee attendee(String name) {
		return new Attendee(name, "Job", name + "-" + System.nanoTime() + "@example.org", Locale.ENGLISH);
	}

	private RegistrationStatus status(Registration registration) {
		return this.repository.findByPublicId(registration.getPublicId()).orElseThrow().getStatus();
	}

	private int placesTaken(long session) {
		return this.jdbc.sql("select places_taken from event_session where id = :id")
			.param("id", session)
			.query(Integer.class)
			.single();
	}

	static Set<String> emails(List<Registration> registrations) {
		return new HashSet<>(registrations.stream().map(Registration::getEmail).toList());
	}

}
