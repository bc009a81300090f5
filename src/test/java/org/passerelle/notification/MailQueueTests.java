package org.passerelle.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.TestClockConfiguration.MutableClock;
import org.passerelle.TestMailServer;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.RenewalWatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail the full queue of the mail threads leaves out is not lost: its event publication
 * stays in the registry, is marked failed once stale and goes out when the outbox tries
 * again. (The queue holds one task here, the staleness is 2 s.)
 */
@PostgresTest
@TestPropertySource(properties = { "spring.task.execution.pool.queue-capacity=1",
		"passerelle.background.wait-for-room=500ms", "spring.modulith.events.staleness.check-interval=1s" })
class MailQueueTests {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	private RenewalWatch watch;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	private ThreadPoolTaskExecutor executor;

	@Test
	void aMailLeftOutByTheFullQueueIsMarkedFailedOnceStale() throws InterruptedException {
		Convention convention = this.fixtures.active("File pleine " + ConventionFixtures.uniqueReference("Q"),
				Confidentiality.INTERNAL, LocalDate.now().plusDays(25), null, "CMA CGM");
		CountDownLatch release = new CountDownLatch(1);
		// the demo's mails sent, then both mail threads busy and the queue's one place
		// taken
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.executor.getActiveCount() == 0 && this.executor.getQueueSize() == 0);
		// one at a time: a task offered while the queue's place is taken is refused, even
		// with a thread about to take it
		for (int i = 1; i <= 3; i++) {
			this.executor.execute(() -> awaitQuietly(release));
			int handed = i;
			await().atMost(Duration.ofSeconds(5))
				.until(() -> this.executor.getActiveCount() + this.executor.getQueueSize() == handed);
		}
		assertThat(this.executor.getQueueSize()).isOne();
		try {
			assertThat(this.watch.run()).isGreaterThanOrEqualTo(1);
			assertThat(incomplete("PUBLISHED")).as("left out, not started").isPositive().isEqualTo(incomplete("%"));
		}
		finally {
			release.countDown();
		}
		this.clock.advance(Duration.ofMinutes(30));
		Thread.sleep(1500);
		assertThat(incomplete("PUBLISHED")).as("not stale half an hour on").isEqualTo(incomplete("%")).isPositive();
		this.clock.advance(Duration.ofMinutes(31));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(incomplete("FAILED")).isPositive().isEqualTo(incomplete("%")));
		assertThat(TestMailServer.about(convention.getReference())).isEmpty();
	}

	private int incomplete(String status) {
		return this.jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and event_type like '%ConventionEndingSoon' and status like ?", Integer.class, status);
	}

	private static void awaitQuietly(CountDownLatch release) {
		try {
			release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
