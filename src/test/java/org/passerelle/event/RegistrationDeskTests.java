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
	void registrationsArrivingWhileABatchIsMadeAreMadeTogetherNextInArrivalOrder() throws Exception {
		CountDownLatch firstBatchMaking = new CountDownLatch(1);
		CountDownLatch othersQueued = new CountDownLatch(1);
		RegistrationDesk desk = new RegistrationDesk(recording((ticket) -> {
			if (ticket.request().participant().name().equals("first")) {
				firstBatchMaking.countDown();
				waitFor(othersQueued);
			}
			ticket.made(made(ticket));
		}));
		Future<RegistrationDesk.Ticket> first = this.pool.submit(() -> desk.queue(request(7, "first")));
		assertThat(firstBatchMaking.await(10, TimeUnit.SECONDS)).isTrue();
		List<Future<RegistrationDesk.Ticket>> others = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String name = "person" + i;
			others.add(this.pool.submit(() -> desk.queue(request(7, name))));
			// one at a time, so that the queue's order is known
			await().atMost(Duration.ofSeconds(10)).until(() -> desk.waiting(7) == others.size());
		}
		othersQueued.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).registration().getEmail()).isEqualTo("first@example.org");
		for (int i = 0; i < 10; i++) {
			assertThat(others.get(i).get(10, TimeUnit.SECONDS).registration().getEmail())
				.isEqualTo("person" + i + "@example.org");
		}
		assertThat(this.batches).hasSize(2);
		assertThat(this.batches.get(0)).containsExactly("first@example.org");
		assertThat(this.batches.get(1)).hasSize(10).startsWith("person0@example.org").endsWith("person9@example.org");
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
		assertThat(made).hasSize(121).doesNotHaveDuplicates();
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
		RegistrationDesk throwing = new RegistrationDesk((tickets) -> {
			throw new IllegalStateException("the database went away");
		});
		assertThat(throwing.queue(request(7, "ada")).isAlone()).isTrue();
		RegistrationDesk unsettled = new RegistrationDesk(recording((ticket) -> {
		}));
		RegistrationDesk.Ticket ticket = unsettled.queue(request(7, "bob"));
		assertThat(ticket.isAlone()).isTrue();
		assertThatThrownBy(ticket::registration).isInstanceOf(IllegalStateException.class);
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

	/** Records each batch's addresses, then settles each ticket as told. */
	private Consumer<List<RegistrationDesk.Ticket>> recording(Consumer<RegistrationDesk.Ticket> settle) {
		return (tickets) -> {
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
