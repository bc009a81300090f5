package org.passerelle.convention;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.TestMailServer;
import org.passerelle.TestClockConfiguration.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The renewal watch e-mails the owning office once per convention coming to its end (or
 * to its last day to give notice), through the event publication registry, never twice
 * and never for a terminated convention; ShedLock keeps a second run from starting while
 * the first holds the lock.
 */
@PostgresTest
class RenewalWatchTests {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	private RenewalWatch watch;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private Conventions conventions;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ConventionRepository repository;

	@Autowired
	private HistoryRepository history;

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * The path the scheduler takes: {@code scheduledRun()} on the Spring bean, not its
	 * steps. The lock is released (its time is up) between the runs, as it is from one
	 * day to the next, so that the second run really runs.
	 */
	@Test
	void theScheduledRunExpiresSavesTheNoticeAndMailsOnceThroughTheBean() throws Exception {
		LocalDate today = this.conventions.today();
		Convention ended = this.fixtures.active("Ended " + ConventionFixtures.uniqueReference("X"),
				Confidentiality.INTERNAL, today.minusDays(1), null, "CMA CGM");
		Convention ending = this.fixtures.active("Scheduled " + ConventionFixtures.uniqueReference("S"),
				Confidentiality.INTERNAL, today.plusDays(40), null, "CMA CGM");
		releaseLock();

		this.watch.scheduledRun();

		assertThat(this.repository.findById(ended.getId()).orElseThrow().getStatus())
			.isEqualTo(ConventionStatus.EXPIRED);
		assertThat(this.history.findByConventionIdOrderByAtDescIdDesc(ended.getId()))
			.anySatisfy((entry) -> assertThat(entry.getToStatus()).isEqualTo(ConventionStatus.EXPIRED));
		assertThat(this.history.findByConventionIdOrderByAtDescIdDesc(ending.getId()))
			.filteredOn((entry) -> entry.getKind() == HistoryKind.RENEWAL_NOTICE_SENT)
			.hasSize(1);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(about(ending)).hasSize(1));

		releaseLock();
		this.watch.scheduledRun();
		Thread.sleep(1000);
		assertThat(about(ending)).hasSize(1);
		assertThat(this.history.findByConventionIdOrderByAtDescIdDesc(ending.getId()))
			.filteredOn((entry) -> entry.getKind() == HistoryKind.RENEWAL_NOTICE_SENT)
			.hasSize(1);
	}

	private void releaseLock() {
		this.jdbc.update("update shedlock set lock_until = timezone('utc', current_timestamp) - interval '1 second'"
				+ " where name = 'convention-renewal-watch'");
	}

	@Test
	void mailsTheOwningOfficeOnceAndNotForATerminatedConvention() throws Exception {
		LocalDate today = this.conventions.today();
		Convention ending = this.fixtures.active("Ending " + ConventionFixtures.uniqueReference("E"),
				Confidentiality.INTERNAL, today.plusDays(30), null, "CMA CGM");
		Convention notice = this.fixtures.active("Notice " + ConventionFixtures.uniqueReference("N"),
				Confidentiality.INTERNAL, today.plusMonths(3).plusDays(10), 3, "Provepharm");
		Convention terminated = this.fixtures.active("Terminated " + ConventionFixtures.uniqueReference("T"),
				Confidentiality.INTERNAL, today.plusDays(20), null, "CMA CGM");
		this.fixtures.moveTo(terminated.getId(), ConventionStatus.TERMINATED);
		Convention far = this.fixtures.active("Far " + ConventionFixtures.uniqueReference("F"),
				Confidentiality.INTERNAL, today.plusYears(2), null, "CMA CGM");

		assertThat(this.watch.run()).isGreaterThanOrEqualTo(2);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(recipients(ending)).contains("staff@demo.passerelle").doesNotHaveDuplicates());
		int office = about(ending).size();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(about(notice)).hasSize(office));
		assertThat(TestMailServer.text(about(notice).get(0))).contains("sauf dénonciation")
			.contains("/conventions/" + notice.getId());

		assertThat(this.watch.run()).isZero();
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.watch.run()).isZero();
		Thread.sleep(1000);
		assertThat(about(ending)).hasSize(office);
		assertThat(about(notice)).hasSize(office);
		assertThat(about(terminated)).isEmpty();
		assertThat(about(far)).isEmpty();
	}

	@Test
	void aSecondRunDoesNotStartWhileTheFirstHoldsTheLock() throws Exception {
		this.watch.scheduledRun();
		Convention late = this.fixtures.active("Late " + ConventionFixtures.uniqueReference("L"),
				Confidentiality.INTERNAL, this.conventions.today().plusDays(15), null, "CMA CGM");
		this.watch.scheduledRun();
		Thread.sleep(1000);
		assertThat(about(late)).isEmpty();
		assertThat(this.watch.run()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(about(late)).isNotEmpty());
	}

	private static List<MimeMessage> about(Convention convention) {
		return TestMailServer.about(convention.getReference());
	}

	/** Each member of the office is written to, once, in their own mail. */
	private static List<String> recipients(Convention convention) {
		return about(convention).stream().flatMap((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
