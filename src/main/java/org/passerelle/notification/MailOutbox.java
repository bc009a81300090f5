package org.passerelle.notification;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mail outbox: an event whose mail could not be sent (the mail server was down, say)
 * stays in Spring Modulith's event publication registry; every few minutes, one instance
 * hands the publications left incomplete for a while back to their listeners.
 */
@Component
class MailOutbox {

	private static final Logger logger = LoggerFactory.getLogger(MailOutbox.class);

	/** How long a publication may stay incomplete before it is tried again. */
	static final Duration RETRY_AFTER = Duration.ofMinutes(5);

	private final IncompleteEventPublications incomplete;

	MailOutbox(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Scheduled(fixedDelayString = "${passerelle.notification.retry-every:PT10M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "notification-mail-outbox", lockAtMostFor = "PT9M")
	void retry() {
		logger.debug("Resubmitting event publications incomplete for more than {}", RETRY_AFTER);
		this.incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
	}

}
