package org.passerelle.notification;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;

import org.passerelle.TestClockConfiguration.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * After a mail could not reach the mail server, the mails of the next half minute fail at
 * once; then one tries it and the others wait for its answer. A mail the server refused
 * says the server answers.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailServerTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));

	private final MailServer server = new MailServer(
			new NotificationSettings("passerelle@localhost", "http://localhost:8080", Duration.ofSeconds(30)),
			Optional.of(this.clock));

	@Test
	void aFailureToConnectPausesTheMailsUntilThePauseIsOver(CapturedOutput output) {
		AtomicInteger tried = new AtomicInteger();
		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> this.server.send(() -> fail(tried, connectionRefused())));

		this.clock.advance(Duration.ofSeconds(29));
		assertThatExceptionOfType(MailServer.DownException.class)
			.isThrownBy(() -> this.server.send(tried::incrementAndGet))
			.withMessageContaining("2026-12-03T08:00:30Z");
		assertThat(tried).as("not tried during the pause").hasValue(1);

		this.clock.advance(Duration.ofSeconds(1));
		assertThatExceptionOfType(MailSendException.class).as("the first mail after the pause tries")
			.isThrownBy(() -> this.server.send(() -> fail(tried, connectionRefused())))
			.isNotInstanceOf(MailServer.DownException.class);
		assertThatExceptionOfType(MailServer.DownException.class).as("a new pause")
			.isThrownBy(() -> this.server.send(tried::incrementAndGet));
		assertThat(tried).hasValue(2);

		this.clock.advance(Duration.ofSeconds(30));
		this.server.send(tried::incrementAndGet);
		this.server.send(tried::incrementAndGet);
		assertThat(tried).hasValue(4);
		assertThat(output.getOut().split("The mail server cannot be reached", -1)).hasSize(2);
		assertThat(output.getOut()).contains("java.net.ConnectException: Connection refused")
			.contains("The mail server answers again");
	}

	@Test
	void theMailsThatComeWhileOneTriesTheServerGoIfItReachedIt() throws Exception {
		AtomicInteger tried = new AtomicInteger();
		Trial trial = new Trial(tried::incrementAndGet, tried::incrementAndGet);
		assertThat(tried).as("the second mail waits").hasValue(0);

		trial.answer.countDown();
		trial.first.get(10, TimeUnit.SECONDS);
		trial.second.get(10, TimeUnit.SECONDS);
		assertThat(tried).as("both went").hasValue(2);
	}

	@Test
	void theMailsThatComeWhileOneTriesTheServerFailAtOnceIfItCouldNotReachIt() throws Exception {
		AtomicInteger tried = new AtomicInteger();
		Trial trial = new Trial(() -> fail(tried, connectionRefused()), tried::incrementAndGet);

		trial.answer.countDown();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> trial.first.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(MailSendException.class);
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> trial.second.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(MailServer.DownException.class);
		assertThat(tried).as("only the first tried").hasValue(1);
	}

	@Test
	void theOutboxsRetryTriesTheServerAtOnce() {
		pauseTheMails();
		AtomicInteger tried = new AtomicInteger();

		this.server.tryAgain();

		this.server.send(tried::incrementAndGet);
		assertThat(tried).hasValue(1);
	}

	@Test
	void aMailTheServerRefusesDoesNotPauseTheOthers(CapturedOutput output) {
		aMailIsRefused();

		assertTheNextMailTriesTheServer();
		assertThat(output.getOut()).doesNotContain("The mail server cannot be reached");
	}

	@Test
	void aMailTheServerRefusesAfterThePauseSaysItIsBack(CapturedOutput output) {
		pauseTheMails();
		this.clock.advance(Duration.ofSeconds(30));
		aMailIsRefused();

		assertTheNextMailTriesTheServer();
		assertThat(output.getOut()).contains("The mail server answers again");
	}

	@Test
	void aMailThatFailsToBeMadeLetsTheNextOneTryTheServer() {
		pauseTheMails();
		this.clock.advance(Duration.ofSeconds(30));
		assertThatIllegalStateException().isThrownBy(() -> this.server.send(() -> {
			throw new IllegalStateException("template");
		}));

		assertTheNextMailTriesTheServer();
	}

	@Test
	void networkFailuresAreTheServerBeingUnreachable() {
		assertThat(MailServer.unreachable(connectionRefused())).isTrue();
		assertThat(MailServer.unreachable(new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect", new UnknownHostException("smtp.example.org")))))
			.isTrue();
		assertThat(MailServer.unreachable(new MailSendException(failed(
				new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))))))
			.isTrue();
		assertThat(MailServer.unreachable(new MailSendException(
				failed(new MessagingException("Can't send command", new SocketException("Connection reset"))))))
			.isTrue();
		assertThat(MailServer.unreachable(new MailSendException(failed(new SendFailedException("550"))))).isFalse();
		assertThat(MailServer.unreachable(new MailSendException("no answer"))).isFalse();
	}

	/** The server refuses a mail's address. */
	private void aMailIsRefused() {
		MailSendException refused = new MailSendException(failed(new SendFailedException("550 5.1.1 no such mailbox")));
		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> this.server.send(() -> fail(new AtomicInteger(), refused)));
	}

	private void assertTheNextMailTriesTheServer() {
		AtomicInteger tried = new AtomicInteger();
		this.server.send(tried::incrementAndGet);
		assertThat(tried).hasValue(1);
	}

	/** A mail could not reach the server: the next ones are paused. */
	private void pauseTheMails() {
		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> this.server.send(() -> fail(new AtomicInteger(), connectionRefused())));
		assertThatExceptionOfType(MailServer.DownException.class).isThrownBy(() -> this.server.send(() -> {
		}));
	}

	/**
	 * After a pause, a first mail tries the server and holds until {@link #answer} (then
	 * runs {@code first}); a second mail comes meanwhile and waits (then runs
	 * {@code second} if let through).
	 */
	private final class Trial {

		final CountDownLatch answer = new CountDownLatch(1);

		final CompletableFuture<Void> first;

		final CompletableFuture<Void> second;

		Trial(Runnable first, Runnable second) throws InterruptedException {
			pauseTheMails();
			MailServerTests.this.clock.advance(Duration.ofSeconds(30));
			CountDownLatch trying = new CountDownLatch(1);
			this.first = CompletableFuture.runAsync(() -> MailServerTests.this.server.send(() -> {
				trying.countDown();
				awaitLatch(this.answer);
				first.run();
			}));
			assertThat(trying.await(10, TimeUnit.SECONDS)).as("the first mail tries").isTrue();
			this.second = new CompletableFuture<>();
			Thread secondMail = new Thread(() -> {
				try {
					MailServerTests.this.server.send(second);
					this.second.complete(null);
				}
				catch (RuntimeException ex) {
					this.second.completeExceptionally(ex);
				}
			});
			secondMail.start();
			await().atMost(Duration.ofSeconds(10)).until(() -> secondMail.getState() == Thread.State.TIMED_WAITING);
		}

		private static void awaitLatch(CountDownLatch latch) {
			try {
				latch.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** As Spring's mail sender reports a server that refuses the connection. */
	private static MailSendException connectionRefused() {
		return new MailSendException("Mail server connection failed", new MessagingException(
				"Couldn't connect to host, port: localhost, 25", new ConnectException("Connection refused")), Map.of());
	}

	/** As Spring's mail sender reports a message that failed once connected. */
	private static Map<Object, Exception> failed(Exception failure) {
		return Map.of("mail", failure);
	}

	private static void fail(AtomicInteger tried, MailSendException failure) {
		tried.incrementAndGet();
		throw failure;
	}

}
