package org.passerelle.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.TestMailServer;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.RenewalWatch;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.OpenedEvents;
import org.passerelle.event.Registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A renewal notice that cannot be sent (the mail server is down) stays in the event
 * publication registry and goes out when the outbox tries again; so do more mails than
 * Spring Modulith hands back at once.
 */
@PostgresTest
@ExtendWith(OpenedEvents.class)
class MailOutboxTests {

	private static final int PORT = TestMailServer.freePort();

	private GreenMail mail;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.registerDown(registry, PORT);
	}

	@Autowired
	private RenewalWatch watch;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Registrations registrations;

	@Autowired
	private EventFixtures events;

	@AfterEach
	void stopMailServer() {
		if (this.mail != null) {
			this.mail.stop();
		}
	}

	@Test
	void aNoticeThatCouldNotBeSentIsKeptAndSentWhenTheOutboxTriesAgain() {
		Convention convention = this.fixtures.active("Outbox " + ConventionFixtures.uniqueReference("O"),
				Confidentiality.INTERNAL, LocalDate.now().plusDays(25), null, "CMA CGM");
		assertThat(this.watch.run()).isGreaterThanOrEqualTo(1);
		// every notice failed (none still on its way: one failing after the retry would
		// wait for the next one)
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(incomplete()).isPositive().isEqualTo(incomplete("FAILED")));

		this.mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
		this.outbox.retry(Duration.ZERO);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(Arrays.stream(this.mail.getReceivedMessages()).filter((message) -> {
				try {
					return message.getSubject().contains(convention.getReference());
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			})).hasSize(1));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(incomplete()).isZero());
	}

	@Test
	void moreMailsThanABatchGoOutInOneRetry() {
		Event event = this.events.opened("Forum de la reprise", this.events.people().amu(), 300);
		long session = this.events.sessionOf(event);
		String domain = "reprise" + System.nanoTime() + ".example.org";
		for (int i = 0; i < 250; i++) {
			this.registrations.registerParticipant(event.getId(), session,
					new Attendee("Visiteur " + i, null, "visiteur" + i + "@" + domain, Locale.FRENCH), null);
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(failed(domain)).isEqualTo(250));

		this.mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
		this.outbox.retry(Duration.ZERO);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.mail.getReceivedMessagesForDomain(domain)).hasSize(250));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(failed(domain)).isZero());
	}

	/** The mails to the domain that failed and wait for the outbox. */
	private int failed(String domain) {
		return this.jdbc.queryForObject("select count(*) from event_publication where status = 'FAILED' "
				+ "and completion_date is null and serialized_event like ?", Integer.class, "%" + domain + "%");
	}

	private int incomplete() {
		return incomplete("%");
	}

	private int incomplete(String status) {
		return this.jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and event_type like '%ConventionEndingSoon' and status like ?", Integer.class, status);
	}

}
