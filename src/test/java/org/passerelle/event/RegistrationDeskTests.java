package org.passerelle.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The desk's queue, without a database: who makes which registrations, and with whom.
 */
class RegistrationDeskTests {

	private final ExecutorService pool = Executors.newFixedThreadPool(12);

	private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void aRegistrationAloneInTheQueueIsMadeByItsOwnThreadAtOnce() {
		RegistrationDesk desk = new RegistrationDesk(recording((ticket) -> ticket.made(made(ticket))));
		RegistrationDesk.Ticket ticket = desk.queue(request(7, "ada"));
		assertThat(ticket.registration().getEmail()).isEqualTo("ada@example.org");
		assertThat(this.batches).containsExactly(List.of("ada@example.org"));
	}

	@Test
	void registrationsArrivingWhileTwoBatchesAreMadeAreMadeTogetherNextInArrivalOrder() throws Exception {
		CountDownLatch twoBatchesMaking = new CountDownLatch(2);
		CountDownLatch othersQueued = new CountDownLatch(1);
		RegistrationDesk desk = new RegistrationDesk(recording((ticket) -> {
			String name = ticket.request().participant().name();
			if (name.equals("first") || name.equals("second")) {
				twoBatchesMaking.countDown();
				waitFor(othersQueued);
			}
			ticket.made(made(ticket));
		}));
		List<Future<RegistrationDesk.Ticket>> others = queuedWhileTwoBatchesAreMade(desk, twoBatchesMaking, 10);
		Future<RegistrationDesk.Ticket> first = others.remove(0);
		Future<RegistrationDesk.Ticket> second = others.remove(0);
		othersQueued.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).registration().getEmail()).isEqualTo("first@example.org");
		assertThat(second.get(10, TimeUnit.SECONDS).registration().getEmail()).isEqualTo("second@example.org");
		for (int i = 0; i < 10; i++) {
			assertThat(others.get(i).get(10, TimeUnit.SECONDS).registration().getEmail())
				.isEqualTo("person" + i + "@example.org");
		}
		assertThat(this.batches).hasSize(3);
		assertThat(this.batches.get(0)).containsExactly("first@example.org");
		assertThat(this.batches.get(1)).containsExactly("second@example.org");
		assertThat(this.batches.get(2)).hasSize(10).startsWith("person0@example.org").endsWith("person9@example.org");
	}

	/**
	 * The second batch reads while the first writes: it takes the sessions' rows once the
	 * first has taken its own, not before, and without waiting for the first to be done.
	 */
	@Test
	void theNextBatchTakesItsRowsOnceTheBatchBeforeHasTakenItsOwnWhileThatOneWrites() throws Exception {
		List<String> steps = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch firstReading = new CountDownLatch(1);
		CountDownLatch secondReading = new CountDownLatch(1);
		CountDownLatch firstTakes = new CountDownLatch(1);
		CountDownLatch firstCommits = new CountDownLatch(1);
		RegistrationDesk desk = new RegistrationDesk((tickets, turn) -> {
			String name = tickets.get(0).request().participant().name();
			if (name.equals("first")) {
				firstReading.countDown();
				waitFor(firstTakes);
			}
			else {
				secondReading.countDown();
			}
			turn.await();
			steps.add(name + " takes its rows");
			turn.pass();
			if (name.equals("first")) {
				waitFor(firstCommits);
			}
			steps.add(name + " commits");
			tickets.forEach((ticket) -> ticket.made(made(ticket)));
		});
		Future<RegistrationDesk.Ticket> first = this.pool.submit(() -> desk.queue(request(7, "first")));
		assertThat(firstReading.await(10, TimeUnit.SECONDS)).isTrue();
		Future<RegistrationDesk.Ticket> second = this.pool.submit(() -> desk.queue(request(7, "second")));
		assertThat(secondReading.await(10, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(200);
		assertThat(steps).as("the second waits for the first to take its rows").isEmpty();

		firstTakes.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> steps.size() == 3);
		assertThat(steps).as("the second took its rows and was done while the first was still writing")
			.containsExactly("first takes its rows", "second takes its rows", "second commits");
		assertThat(second.get(10, TimeUnit.SECONDS).registration().getEmail()).isEqualTo("second@example.org");
		assertThat(first).isNotDone();
		firstCommits.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).registration().getEmail()).isEqualTo("first@example.org");
		assertThat(steps).endsWith("first commits");
	}

	@Test
	void aBatchThatFailsBeforeTakingItsRowsStillLetsTheNextOneTakeTheirs() throws Exception {
		CountDownLatch firstReading = new CountDownLatch(1);
		CountDownLatch secondReading = new CountDownLatch(1);
		CountDownLatch firstFails = new CountDownLatch(1);
		RegistrationDesk desk = new RegistrationDesk((tickets, turn) -> {
			if (tickets.get(0).request().participant().name().equals("first")) {
				firstReading.countDown();
				waitFor(firstFails);
				throw new IllegalStateException("the database went away");
			}
			secondReading.countDown();
			turn.await();
			tickets.forEach((ticket) -> ticket.made(made(ticket)));
		});
		Future<RegistrationDesk.Ticket> first = this.pool.submit(() -> desk.queue(request(7, "first")));
		assertThat(firstReading.await(10, TimeUnit.SECONDS)).isTrue();
		Future<RegistrationDesk.Ticket> second = this.pool.submit(() -> desk.queue(request(7, "second")));
		assertThat(secondReading.await(10, TimeUnit.SECONDS)).isTrue();
		firstFails.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).isAlone()).isTrue();
		assertThat(second.get(10, TimeUnit.SECONDS).registration().getEmail()).isEqualTo("second@example.org");
	}

	/**
	 * An address in a batch being made, sent again (a second click), is made alone: the
	 * next batch could not know whether the first registers it.
	 */
	@Test
	void anAddressSentAgainWhileItsBatchIsMadeIsMadeAlone() throws Exception {
		CountDownLatch firstMaking = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		RegistrationDesk desk = new RegistrationDesk(recording((ticket) -> {
			if (ticket.request().participant().name().equals("ada")) {
				firstMaking.countDown();
				waitFor(release);
			}
			ticket.made(made(ticket));
		}));
		Future<RegistrationDesk.Ticket> first = this.pool.submit(() -> desk.queue(request(7, "ada")));
		assertThat(firstMaking.await(10, TimeUnit.SECONDS)).isTrue();
		RegistrationDesk.Ticket again = desk.queue(new Registrations.ParticipantRequest(1, 7,
				new Attendee("Ada", null, "ADA@example.org", Locale.FRENCH), List.of(), null));
		assertThat(again.isAlone()).isTrue();
		RegistrationDesk.Ticket otherSession = desk.queue(new Registrations.ParticipantRequest(1, 8,
				new Attendee("Ada", null, "ada@example.org", Locale.FRENCH), List.of(), null));
		assertThat(otherSession.isAlone()).as("the same address for another session").isFalse();
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).isAlone()).isFalse();
		assertThat(this.batches).containsExactly(List.of("ada@example.org"), List.of("ada@example.org"));
	}

	@Test
	void atMostFiftyAreMadeTogetherAndEachOnce() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		RegistrationDesk desk = new RegistrationDesk(recording((ticket) -> {
			waitFor(release);
			ticket.made(made(ticket));
		}));
		List<Future<RegistrationDesk.Ticket>> all = new ArrayList<>();
		all.add(this.pool.submit(() -> desk.queue(request(7, "first"))));
		await().atMost(Duration.ofSeconds(10)).until(() -> desk.waiting(7) == 0 && this.batches.size() == 1);
		all.add(this.pool.submit(() -> desk.queue(request(7, "second"))));
		await().atMost(Duration.ofSeconds(10)).until(() -> desk.waiting(7) == 0 && this.batches.size() == 2);
		ExecutorService many = Executors.newFixedThreadPool(120);
		try {
			for (int i = 0; i < 120; i++) {
				String name = "person" + i;
				all.add(many.submit(() -> desk.queue(request(7, name))));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> desk.waiting(7) == 120);
			release.countDown();
			for (Future<RegistrationDesk.Ticket> ticket : all) {
				assertThat(ticket.get(20, TimeUnit.SECONDS).registration()).isNotNull();
			}
		}
		finally {
			many.shutdownNow();
		}
		List<String> made = this.batches.stream().flatMap(List::stream).toList();
		assertThat(made).hasSize(122).doesNotHaveDuplicates();
		assertThat(this.batches).allSatisfy((batch) -> assertThat(batch).hasSizeBetween(1, 50));
		assertThat(this.batches).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void aRefusedRegistrationTellsItsOwnerWhy() {
		RegistrationDesk desk = new RegistrationDesk(
				recording((ticket) -> ticket.refused(new EventRefusedException("event.refused.alreadyRegistered"))));
		RegistrationDesk.Ticket ticket = desk.queue(request(7, "ada"));
		assertThat(ticket.isAlone()).isFalse();
		assertThatThrownBy(ticket::registration).isInstanceOf(EventRefusedException.class)
			.hasMessage("event.refused.alreadyRegistered");
	}

	@Test
	void whenMakingThemTogetherFailsEachIsMadeAlone() {
		RegistrationDesk throwing = new RegistrationDesk((tickets, turn) -> {
			throw new IllegalStateException("the database went away");
		});
		assertThat(throwing.queue(request(7, "ada")).isAlone()).isTrue();
		RegistrationDesk unsettled = new RegistrationDesk(recording((ticket) -> {
		}));
		RegistrationDesk.Ticket ticket = unsettled.queue(request(7, "bob"));
		assertThat(ticket.isAlone()).isTrue();
		assertThatThrownBy(ticket::registration).isInstanceOf(IllegalStateException.class);
	}

	/**
	 * Even an error (not an exception) while a batch is made leaves no owner of its
	 * tickets waiting: theirs are made alone.
	 */
	@Test
	void anErrorWhileABatchIsMadeLeavesNoOwnerWaiting() throws Exception {
		CountDownLatch twoBatchesMaking = new CountDownLatch(2);
		CountDownLatch othersQueued = new CountDownLatch(1);
		RegistrationDesk desk = new RegistrationDesk((tickets, turn) -> {
			String name = tickets.get(0).request().participant().name();
			if (name.equals("first") || name.equals("second")) {
				twoBatchesMaking.countDown();
				waitFor(othersQueued);
				tickets.forEach((ticket) -> ticket.made(made(ticket)));
				return;
			}
			throw new StackOverflowError("made up");
		});
		List<Future<RegistrationDesk.Ticket>> others = queuedWhileTwoBatchesAreMade(desk, twoBatchesMaking, 2);
		Future<RegistrationDesk.Ticket> first = others.remove(0);
		Future<RegistrationDesk.Ticket> second = others.remove(0);
		othersQueued.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).isAlone()).isFalse();
		assertThat(second.get(10, TimeUnit.SECONDS).isAlone()).isFalse();
		int alone = 0;
		int errors = 0;
		for (Future<RegistrationDesk.Ticket> other : others) {
			try {
				assertThat(other.get(10, TimeUnit.SECONDS).isAlone()).isTrue();
				alone++;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(StackOverflowError.class);
				errors++;
			}
		}
		assertThat(errors).as("the owner who made the batch").isEqualTo(1);
		assertThat(alone).as("the other owner, not left waiting").isEqualTo(1);
	}

	@Test
	void sessionsOfOtherStripesDoNotWaitForEachOther() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		RegistrationDesk desk = new RegistrationDesk(recording((ticket) -> {
			if (ticket.request().sessionId() == 7) {
				waitFor(release);
			}
			ticket.made(made(ticket));
		}));
		Future<RegistrationDesk.Ticket> blocked = this.pool.submit(() -> desk.queue(request(7, "ada")));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.batches.size() == 1);
		assertThat(desk.queue(request(8, "bob")).registration().getEmail()).isEqualTo("bob@example.org");
		assertThat(blocked).isNotDone();
		release.countDown();
		assertThat(blocked.get(10, TimeUnit.SECONDS).registration().getEmail()).isEqualTo("ada@example.org");
	}

	/**
	 * Queues "first", then "second" once the first's batch is being made; once both
	 * batches are (the maker counts the latch down for each), queues the others
	 * ("person0"...) one at a time, so that the queue's order is known.
	 * @return the first's, the second's and the others' tickets, in that order
	 */
	private List<Future<RegistrationDesk.Ticket>> queuedWhileTwoBatchesAreMade(RegistrationDesk desk,
			CountDownLatch twoBatchesMaking, int others) throws Exception {
		List<Future<RegistrationDesk.Ticket>> queued = new ArrayList<>();
		queued.add(this.pool.submit(() -> desk.queue(request(7, "first"))));
		await().atMost(Duration.ofSeconds(10)).until(() -> twoBatchesMaking.getCount() == 1);
		queued.add(this.pool.submit(() -> desk.queue(request(7, "second"))));
		assertThat(twoBatchesMaking.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < others; i++) {
			String name = "person" + i;
			queued.add(this.pool.submit(() -> desk.queue(request(7, name))));
			int waiting = i + 1;
			await().atMost(Duration.ofSeconds(10)).until(() -> desk.waiting(7) == waiting);
		}
		return queued;
	}

	/** Records each batch's addresses, then settles each ticket as told. */
	private RegistrationDesk.Maker recording(Consumer<RegistrationDesk.Ticket> settle) {
		return (tickets, turn) -> {
			this.batches.add(tickets.stream().map((ticket) -> ticket.request().participant().email()).toList());
			tickets.forEach(settle);
		};
	}

	private static Registrations.ParticipantRequest request(long session, String name) {
		return new Registrations.ParticipantRequest(1, session,
				new Attendee(name, null, name + "@example.org", Locale.FRENCH), List.of(), null);
	}

	private static Registration made(RegistrationDesk.Ticket ticket) {
		Registration registration = mock(Registration.class);
		given(registration.getEmail()).willReturn(ticket.request().participant().email());
		return registration;
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
