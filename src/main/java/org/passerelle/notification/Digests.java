package org.passerelle.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.account.Account;
import org.passerelle.account.AccountService;
import org.passerelle.account.Delivery;
import org.passerelle.account.NotificationPreferences;
import org.passerelle.notification.MailTemplates.Section;

/**
 * Sends each person the mails kept for their digest, gathered in one mail: every morning
 * those taken daily, and on Mondays also those taken weekly, in the person's language, as
 * plain text and HTML (each mail kept under its own heading). One instance at a time
 * (ShedLock); each person's digest in its own transaction, which marks the mails it
 * gathers as sent, so that a digest that failed to go is tried again the next time and a
 * mail is never sent twice.
 */
@Component
class Digests {

	private static final Logger logger = LoggerFactory.getLogger(Digests.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient jdbc;

	private final Mailbox mailbox;

	private final MailTemplates templates;

	private final NotificationPreferences preferences;

	private final AccountService accounts;

	private final MessageSource messages;

	private final NotificationSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Digests(JdbcClient jdbc, Mailbox mailbox, MailTemplates templates, NotificationPreferences preferences,
			AccountService accounts, MessageSource messages, NotificationSettings settings, Optional<Clock> clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.mailbox = mailbox;
		this.templates = templates;
		this.preferences = preferences;
		this.accounts = accounts;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(cron = "${passerelle.notification.digest-cron:0 0 7 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "notification-digests", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void scheduledRun() {
		boolean monday = LocalDate.ofInstant(this.clock.instant(), PARIS).getDayOfWeek() == DayOfWeek.MONDAY;
		send(monday ? EnumSet.of(Delivery.DAILY, Delivery.WEEKLY) : EnumSet.of(Delivery.DAILY));
	}

	/**
	 * Sends the digests of these deliveries to everyone who has mails waiting in them.
	 * @return how many digests were sent
	 */
	int send(Set<Delivery> deliveries) {
		List<String> names = deliveries.stream().map(Delivery::name).toList();
		List<Long> waiting = this.jdbc.sql("""
				select distinct account_id from notification_digest_entry
				where sent_at is null and delivery in (:deliveries)
				order by account_id
				""").param("deliveries", names).query(Long.class).list();
		int sent = 0;
		for (long accountId : waiting) {
			try {
				Boolean done = this.transactions.execute((status) -> sendTo(accountId, names));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (MailServer.DownException ex) {
				logger.debug("The digest of account {} waits for the mail server: {}", accountId, ex.getMessage());
			}
			catch (RuntimeException ex) {
				logger.warn("The digest of account {} could not be sent; it is tried again next time", accountId, ex);
			}
		}
		logger.info("{} digests sent ({})", sent, deliveries);
		return sent;
	}

	private boolean sendTo(long accountId, List<String> deliveries) {
		List<Entry> entries = this.jdbc.sql("""
				select id, subject, body from notification_digest_entry
				where account_id = :account and sent_at is null and delivery in (:deliveries)
				order by id
				for update skip locked
				""")
			.param("account", accountId)
			.param("deliveries", deliveries)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("subject"), rs.getString("body")))
			.list();
		Account account = this.accounts.get(accountId);
		if (entries.isEmpty() || !account.isActive()) {
			markSent(entries);
			return false;
		}
		Locale locale = this.preferences.language(accountId);
		List<Section> sections = entries.stream()
			.map((entry) -> new Section(entry.subject(), Letter.paragraphsOf(entry.body())))
			.toList();
		MailTemplates.Rendered digest = this.templates.render(text("mail.digest.subject", entries.size(), locale),
				Letter.paragraphsOf(text("mail.digest.intro", entries.size(), locale)), sections,
				Letter.paragraphsOf(text("mail.digest.preferences", entries.size(), locale)), locale);
		markSent(entries);
		this.mailbox.deliver(account.getEmail(), digest);
		return true;
	}

	private void markSent(List<Entry> entries) {
		if (!entries.isEmpty()) {
			this.jdbc.sql("update notification_digest_entry set sent_at = current_timestamp where id in (:ids)")
				.param("ids", entries.stream().map(Entry::id).toList())
				.update();
		}
	}

	private String text(String key, int count, Locale locale) {
		return this.messages.getMessage(key, new Object[] { count, this.settings.baseUrl() + "/account/notifications" },
				locale);
	}

	private record Entry(long id, String subject, String body) {

	}

}
