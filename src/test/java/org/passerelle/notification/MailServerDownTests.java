package org.passerelle.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import org.passerelle.PostgresTest;
import org.passerelle.TestMailServer;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.OpenedEvents;
import org.passerelle.event.Registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the mail server down, registrations go on; the first mail tries the server and the
 * next ones wait in the outbox without trying it or filling the log with stack traces;
 * when the server is back, the outbox sends each of them once (its first mail tries the
 * server, the others wait for its answer).
 */
@PostgresTest
@ExtendWith({ OpenedEvents.class, OutputCaptureExtension.class })
class MailServerDownTests {

	private static final int PORT = TestMailServer.freePort();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.registerDown(registry, PORT);
	}

	@MockitoSpyBean
	private JavaMailSender sender;

	@Autowired
	private MailServer server;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private Registrations registrations;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	private GreenMail mail;

	@AfterEach
	void stopMailServer() {
		if (this.mail != null) {
			this.mail.stop();
		}
	}

	@Test
	void mailsWaitWithoutTryingTheServerAgainAndGoOnceItIsBack(CapturedOutput output) {
		this.server.tryAgain();
		Mockito.clearInvocations(this.sender);
		Event event = this.fixtures.opened("Forum sans courrier", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		String domain = "panne" + System.nanoTime() + ".example.org";
		List<String> addresses = List.of("ana@" + domain, "ben@" + domain, "chloe@" + domain, "dan@" + domain);
		register(event, session, addresses.get(0));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(failed(domain, 1)).isEqualTo(1));
		for (String address : addresses.subList(1, addresses.size())) {
			register(event, session, address);
		}

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(failed(domain, 1)).isEqualTo(4));
		assertThat(attempts()).as("mails that tried the server").isEqualTo(1);
		assertThat(output.getOut()).contains("The mail server cannot be reached")
			.contains("Mail of RegistrationMail.on not sent, left to the outbox: java.net.ConnectException")
			.doesNotContain("Unexpected exception occurred invoking async method")
			.doesNotContain("at org.passerelle.notification.Mailbox.deliver");

		this.outbox.retry(Duration.ZERO);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(failed(domain, 2)).isEqualTo(4));
		assertThat(attempts()).as("mails that tried the server").isEqualTo(2);

		this.mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
		this.outbox.retry(Duration.ZERO);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.mail.getReceivedMessagesForDomain(domain)).hasSize(4));
		for (String address : addresses) {
			assertThat(this.mail.getReceivedMessagesForDomain(address)).hasSize(1);
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(waiting(domain)).isZero());
		assertThat(output.getOut()).contains("The mail server answers again");
	}

	private void register(Event event, long session, String address) {
		this.registrations.registerParticipant(event.getId(), session,
				new Attendee("Visiteur", null, address, Locale.FRENCH), null);
	}

	/** The mails to the domain that failed, each after this many attempts. */
	private int failed(String domain, int attempts) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where status = 'FAILED' and "
						+ "completion_attempts = ? and serialized_event like ?",
				Integer.class, attempts, "%" + domain + "%");
	}

	private int waiting(String domain) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and serialized_event like ?",
				Integer.class, "%" + domain + "%");
	}

	/**
	 * How many mails were handed to the mail server (any mail of the portal: those of the
	 * demo's registrations wait in the outbox too), counting the sender's
	 * {@code send(MimeMessage)} and not the {@code send(MimeMessage...)} it calls.
	 */
	private long attempts() {
		return Mockito.mockingDetails(this.sender)
			.getInvocations()
			.stream()
			.filter((invocation) -> invocation.getMethod().getName().equals("send")
					&& Arrays.equals(invocation.getMethod().getParameterTypes(), new Class<?>[] { MimeMessage.class }))
			.count();
	}

}
