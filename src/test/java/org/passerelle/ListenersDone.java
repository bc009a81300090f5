package org.passerelle;

import java.time.Duration;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until Spring Modulith's asynchronous listeners (the mails of earlier writes, on
 * other threads) have handled every publication handed to them, so that a request counted
 * afterwards meets the portal at rest: what the listeners write (and what their writes
 * make the pages read again) happens before the count, not during it.
 */
public final class ListenersDone {

	private ListenersDone() {
	}

	public static void await(JdbcClient jdbc) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql(
					"select count(*) from event_publication where status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')")
				.query(Integer.class)
				.single() == 0);
	}

}
