package org.passerelle.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's health as administrators read it on their home page: mails that could not
 * be sent yet (event publications still incomplete a while after they were made: the
 * outbox tries them again), mails kept for digests, and when each scheduled job last ran.
 */
@Service
@Transactional(readOnly = true)
public class PortalHealth {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MailOutboxSettings outbox;

	PortalHealth(JdbcClient jdbc, Optional<Clock> clock, MailOutboxSettings outbox) {
		this.jdbc = jdbc;
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.outbox = outbox;
	}

	public Health now() {
		Instant before = this.clock.instant().minus(this.outbox.retryAfter());
		Outbox outbox = this.jdbc.sql("""
				select count(*) as failing, min(publication_date) as oldest,
				  (select count(*) from notification_digest_entry where sent_at is null) as digest
				from event_publication
				where completion_date is null and publication_date < :before
				""")
			.param("before", java.sql.Timestamp.from(before))
			.query((rs, row) -> new Outbox(rs.getLong("failing"),
					(rs.getTimestamp("oldest") != null) ? rs.getTimestamp("oldest").toInstant() : null,
					rs.getLong("digest")))
			.single();
		List<Job> jobs = this.jdbc.sql("select name, locked_at from shedlock order by name")
			.query((rs, row) -> new Job(rs.getString("name"), rs.getTimestamp("locked_at").toInstant()))
			.list();
		return new Health(outbox, jobs);
	}

	/**
	 * The mail outbox and the scheduled jobs.
	 *
	 * @param outbox the mails waiting
	 * @param jobs each job that has run, with when it last started
	 */
	public record Health(Outbox outbox, List<Job> jobs) {

	}

	/**
	 * Mails waiting.
	 *
	 * @param failing mails not sent a few minutes after they were due (the mail server
	 * refused them or was down)
	 * @param oldestFailing when the oldest of them was due, or {@code null}
	 * @param forDigests mails kept for the people's digests
	 */
	public record Outbox(long failing, @Nullable Instant oldestFailing, long forDigests) {

	}

	/** A scheduled job and when it last started on any instance. */
	public record Job(String name, Instant lastStarted) {

	}

}
