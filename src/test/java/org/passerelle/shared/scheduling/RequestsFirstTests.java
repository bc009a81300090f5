package org.passerelle.shared.scheduling;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A task of the portal's executor starts once no request is being answered, or once it
 * has waited long enough; nothing waits before the portal is ready.
 */
class RequestsFirstTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void aTaskHandedDuringARequestStartsWhenTheRequestIsAnswered() throws Exception {
		RequestsFirst requestsFirst = ready(Duration.ofSeconds(30));
		CountDownLatch answer = new CountDownLatch(1);
		CompletableFuture<Void> request = answering(requestsFirst, answer);

		CompletableFuture<Long> task = handed(requestsFirst);
		Thread.sleep(300);
		assertThat(task).as("waits while the request is answered").isNotDone();

		answer.countDown();
		request.get(5, TimeUnit.SECONDS);
		assertThat(task.get(5, TimeUnit.SECONDS)).as("started well before its 30 s").isLessThan(5_000);
		assertThat(requestsFirst.answering()).isZero();
	}

	@Test
	void aTaskWaitsForEveryRequestBeingAnswered() throws Exception {
		RequestsFirst requestsFirst = ready(Duration.ofSeconds(30));
		CountDownLatch first = new CountDownLatch(1);
		CountDownLatch second = new CountDownLatch(1);
		CompletableFuture<Void> one = answering(requestsFirst, first);
		CompletableFuture<Void> two = answering(requestsFirst, second);

		CompletableFuture<Long> task = handed(requestsFirst);
		first.countDown();
		one.get(5, TimeUnit.SECONDS);
		Thread.sleep(300);
		assertThat(task).as("one request is still being answered").isNotDone();

		second.countDown();
		two.get(5, TimeUnit.SECONDS);
		task.get(5, TimeUnit.SECONDS);
	}

	@Test
	void aTaskStartsAfterItsLongestWaitEvenIfRequestsGoOn() throws Exception {
		RequestsFirst requestsFirst = ready(Duration.ofMillis(500));
		CountDownLatch answer = new CountDownLatch(1);
		answering(requestsFirst, answer);

		long waited = handed(requestsFirst).get(10, TimeUnit.SECONDS);
		assertThat(waited).as("ms from handed to started").isBetween(450L, 5_000L);
		answer.countDown();
	}

	@Test
	void aTaskHandedWhenNoRequestIsAnsweredStartsAtOnce() throws Exception {
		RequestsFirst requestsFirst = ready(Duration.ofSeconds(30));
		assertThat(handed(requestsFirst).get(5, TimeUnit.SECONDS)).isLessThan(5_000);
	}

	@Test
	void nothingWaitsBeforeThePortalIsReady() throws Exception {
		RequestsFirst requestsFirst = new RequestsFirst(
				new BackgroundSettings(Duration.ofSeconds(30), Duration.ofSeconds(5)),
				new ApplicationAvailabilityBean());
		CountDownLatch answer = new CountDownLatch(1);
		answering(requestsFirst, answer);

		assertThat(handed(requestsFirst).get(5, TimeUnit.SECONDS)).isLessThan(5_000);
		answer.countDown();
	}

	@Test
	void aRequestThatFailsIsNoLongerCounted() {
		RequestsFirst requestsFirst = ready(Duration.ofSeconds(30));
		assertThatExceptionOfType(ServletException.class).isThrownBy(() -> requestsFirst
			.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
				throw new ServletException("failed");
			}));
		assertThat(requestsFirst.answering()).isZero();
	}

	private static RequestsFirst ready(Duration waitForRequests) {
		ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
		availability.onApplicationEvent(
				new AvailabilityChangeEvent<>(RequestsFirstTests.class, ReadinessState.ACCEPTING_TRAFFIC));
		return new RequestsFirst(new BackgroundSettings(waitForRequests, Duration.ofSeconds(5)), availability);
	}

	private CompletableFuture<Void> answering(RequestsFirst requestsFirst, CountDownLatch answer)
			throws InterruptedException {
		return answering(requestsFirst, answer, this.threads);
	}

	/**
	 * A request being answered, on one of {@code threads}, until {@code answer} counts
	 * down.
	 */
	static CompletableFuture<Void> answering(RequestsFirst requestsFirst, CountDownLatch answer, Executor threads)
			throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		int before = requestsFirst.answering();
		CompletableFuture<Void> request = CompletableFuture.runAsync(() -> {
			try {
				requestsFirst.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> {
					started.countDown();
					try {
						answer.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, threads);
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(requestsFirst.answering()).isEqualTo(before + 1);
		return request;
	}

	/**
	 * A task handed now, run on another thread; completes with the ms until it started.
	 */
	private CompletableFuture<Long> handed(RequestsFirst requestsFirst) {
		long handed = System.nanoTime();
		CompletableFuture<Long> started = new CompletableFuture<>();
		Runnable task = requestsFirst
			.decorate(() -> started.complete(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - handed)));
		this.threads.execute(task);
		return started;
	}

}
