package org.passerelle.convention;

import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, finds the conventions in force whose end — or, under tacit renewal, last
 * day to give notice — falls within {@code passerelle.convention.renewal-watch-days}, and
 * publishes {@link ConventionEndingSoon} once per such date. ShedLock keeps the job to
 * one instance at a time; the date notified is stored with the convention, in the same
 * transaction as the event's publication, so that no run notifies it twice. The same run
 * marks as expired the conventions in force whose end date has passed without tacit
 * renewal.
 * <p>
 * Each step opens its own transaction explicitly (not through {@code @Transactional}):
 * the scheduler calls {@link #scheduledRun()}, and a call from one method of this bean to
 * another does not go through Spring's proxy, so an annotation on the steps would apply
 * to tests only and never to the scheduled path.
 */
@Component
public class RenewalWatch {

	private static final Logger logger = LoggerFactory.getLogger(RenewalWatch.class);

	private final ConventionRepository conventions;

	private final Conventions queries;

	private final ConventionService service;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	RenewalWatch(ConventionRepository conventions, Conventions queries, ConventionService service,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.conventions = conventions;
		this.queries = queries;
		this.service = service;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(cron = "${passerelle.convention.renewal-watch-cron:0 0 6 * * *}",
			zone = "${passerelle.convention.zone:Europe/Paris}")
	@SchedulerLock(name = "convention-renewal-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void scheduledRun() {
		expireEnded();
		run();
	}

	/**
	 * Marks as expired the signed or active conventions, without tacit renewal, whose end
	 * date is past; each change is recorded in the convention's history as the portal's.
	 * @return how many expired
	 */
	public int expireEnded() {
		Integer expired = this.transactions.execute((status) -> expireEndedInTransaction());
		return (expired != null) ? expired : 0;
	}

	private int expireEndedInTransaction() {
		List<Convention> ended = this.conventions.findEndedBefore(Conventions.IN_FORCE, this.queries.today());
		ended.forEach(this.service::expire);
		if (!ended.isEmpty()) {
			logger.info("Renewal watch: {} convention(s) expired", ended.size());
		}
		return ended.size();
	}

	/**
	 * Notifies the conventions newly within the watch.
	 * @return how many were notified
	 */
	public int run() {
		Integer notified = this.transactions.execute((status) -> notifyInTransaction());
		return (notified != null) ? notified : 0;
	}

	private int notifyInTransaction() {
		LocalDate today = this.queries.today();
		List<Convention> due = this.conventions.findDueForRenewalNotice(Conventions.IN_FORCE, today,
				this.queries.watchHorizon());
		for (Convention convention : due) {
			this.events.publishEvent(new ConventionEndingSoon(convention.getId(), convention.getTitle(),
					convention.getReference(), convention.getOwnerOrganisationId(), convention.getWatchOn(),
					convention.getEndsOn(), convention.isTacitRenewal()));
			this.service.renewalNoticeSent(convention);
		}
		if (!due.isEmpty()) {
			logger.info("Renewal watch: {} convention(s) notified", due.size());
		}
		return due.size();
	}

}
