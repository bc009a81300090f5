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
 * Once a day, reminds the people of the portal who carry an open action due within
 * {@code passerelle.convention.action-reminder-days} (overdue ones included, once): it
 * publishes {@link ActionDueSoon}, which the notification module mails, and stores the
 * date reminded with the action in the same transaction, so that no run reminds it twice
 * (and a moved due date is reminded again). ShedLock keeps the job to one instance at a
 * time. Like {@link RenewalWatch}, the run opens its transaction itself, so that the
 * scheduled path has one.
 */
@Component
public class ActionReminders {

	private static final Logger logger = LoggerFactory.getLogger(ActionReminders.class);

	private static final List<ActionStatus> OPEN = List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);

	/** How far back an overdue action is still reminded once. */
	private static final int OVERDUE_DAYS = 365;

	private final ActionRepository actions;

	private final Conventions conventions;

	private final ConventionSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	ActionReminders(ActionRepository actions, Conventions conventions, ConventionSettings settings,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.actions = actions;
		this.conventions = conventions;
		this.settings = settings;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(cron = "${passerelle.convention.action-reminder-cron:0 30 6 * * *}",
			zone = "${passerelle.convention.zone:Europe/Paris}")
	@SchedulerLock(name = "convention-action-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void scheduledRun() {
		run();
	}

	/**
	 * Reminds the owners of the actions newly due soon.
	 * @return how many were reminded
	 */
	public int run() {
		Integer reminded = this.transactions.execute((status) -> {
			LocalDate today = this.conventions.today();
			List<Action> due = this.actions.findDueForReminder(OPEN, today.minusDays(OVERDUE_DAYS),
					today.plusDays(this.settings.actionReminderDays()));
			due.forEach((action) -> this.events.publishEvent(action.remind()));
			return due.size();
		});
		if (reminded != null && reminded > 0) {
			logger.info("Action reminders: {} owner(s) reminded", reminded);
		}
		return (reminded != null) ? reminded : 0;
	}

}
