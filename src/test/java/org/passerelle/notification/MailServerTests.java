package org.passerelle.notification;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * After a mail could not reach the mail server, the mails of the next half minute fail at
 * once; a mail the server refused says nothing about the server.
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
		assertThatExceptionOfType(MailServer.DownException.class).isThrownBy(this.server::checkReachable)
			.withMessageContaining("2026-12-03T08:00:30Z");

		this.clock.advance(Duration.ofSeconds(1));
		assertThatNoException().as("the first mail after the pause tries").isThrownBy(this.server::checkReachable);
		assertThatExceptionOfType(MailServer.DownException.class).as("the others wait for it")
			.isThrownBy(this.server::checkReachable);
		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> this.server.send(() -> fail(tried, connectionRefused())));
		assertThatExceptionOfType(MailServer.DownException.class).isThrownBy(this.server::checkReachable);

		this.clock.advance(Duration.ofSeconds(30));
		this.server.send(tried::incrementAndGet);
		assertThatNoException().isThrownBy(this.server::checkReachable);
		assertThat(tried).hasValue(3);
		assertThat(output.getOut().split("The mail server cannot be reached", -1)).hasSize(2);
		assertThat(output.getOut()).contains("java.net.ConnectException: Connection refused")
			.contains("The mail server answers again");
	}

	@Test
	void theOutboxsRetryTriesTheServerAtOnce() {
		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> this.server.send(() -> fail(new AtomicInteger(), connectionRefused())));
		assertThatExceptionOfType(MailServer.DownException.class).isThrownBy(this.server::checkReachable);

		this.server.tryAgain();

		assertThatNoException().isThrownBy(this.server::checkReachable);
	}

	@Test
	void aMailTheServerRefusesDoesNotPauseTheOthers(CapturedOutput output) {
		MailSendException refused = new MailSendException(failed(new SendFailedException("550 5.1.1 no such mailbox")));
		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> this.server.send(() -> fail(new AtomicInteger(), refused)));

		assertThatNoException().isThrownBy(this.server::checkReachable);
		assertThat(output.getOut()).doesNotContain("The mail server cannot be reached");
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
