package org.passerelle.notification;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.task.TaskExecutionProperties;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mail outbox: an event whose mail could not be sent (the mail server was down, say)
 * stays in Spring Modulith's event publication registry, marked failed; every few
 * minutes, one instance hands the publications that failed a while ago back to their
 * listeners. While the mail server cannot be reached, mails fail at once without trying
 * it ({@link MailServer}); a mail that tried and failed is logged in one line
 * ({@link MailFailures}).
 */
@Component
class MailOutbox {

	private static final Logger logger = LoggerFactory.getLogger(MailOutbox.class);

	private final FailedEventPublications failed;

	private final MailOutboxSettings settings;

	private final MailServer server;

	/**
	 * At most this many mails handed back and not yet done at once: half the mail
	 * threads' queue ({@code spring.task.execution.pool.queue-capacity}), the rest left
	 * for the new mails; the others wait for the next retry.
	 */
	private final int maxInFlight;

	MailOutbox(FailedEventPublications failed, MailOutboxSettings settings, MailServer server,
			TaskExecutionProperties execution) {
		this.failed = failed;
		this.settings = settings;
		this.server = server;
		this.maxInFlight = Math.max(1, execution.getPool().getQueueCapacity() / 2);
	}

	@Scheduled(fixedDelayString = "${passerelle.notification.outbox.retry-every:10m}",
			initialDelayString = "${passerelle.notification.outbox.first-retry:2m}")
	@SchedulerLock(name = "notification-mail-outbox", lockAtMostFor = "PT9M")
	void retry() {
		retry(this.settings.retryAfter());
	}

	/**
	 * Hands the publications that failed more than {@code age} ago back to their
	 * listeners; the first of their mails tries the mail server even if it could not be
	 * reached a moment ago (should it still be down, the others wait for the next retry
	 * without trying it). Spring Modulith hands at most a batch (100) at a time: the
	 * outbox asks again until a batch brings none it has not handed in this retry (a mail
	 * that failed again at once comes back first in the next batch), or until half the
	 * mail threads' queue is on its way. With one batch a retry, a day's mails left by a
	 * mail server down took hours to go out.
	 */
	void retry(Duration age) {
		logger.debug("Resubmitting event publications that failed more than {} ago", age);
		this.server.tryAgain();
		Set<UUID> handed = new HashSet<>();
		int before;
		do {
			before = handed.size();
			this.failed.resubmit(ResubmissionOptions.defaults()
				.withMinAge(age)
				.withMaxInFlight(this.maxInFlight)
				.withFilter((publication) -> handed.add(publication.getIdentifier())));
		}
		while (handed.size() > before);
		if (!handed.isEmpty()) {
			logger.info("Outbox: {} mails tried again", handed.size());
		}
	}

}
