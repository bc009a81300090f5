package org.passerelle;

import java.time.Duration;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until Spring Modulith's asynchronous listeners (the mails of earlier writes, on
 * other threads) have handled every publication handed to them, so that counting a
 * request's statements with Hibernate's statistics, which count every thread's, counts
 * none of theirs.
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
