package org.passerelle.notification;

import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

/**
 * The mail server as the last mails found it. When a mail cannot reach it (the connection
 * refused or cut, no answer in time, an unknown host), the mails of the next
 * {@link NotificationSettings#mailServerPause() pause} fail at once with
 * {@link DownException}, before their templates are rendered and without trying the
 * server: their event publications stay failed, and the outbox sends them when it tries
 * again. One warning says the server went away and one line says it is back, instead of a
 * stack trace for each mail. The first mail after the pause tries the server again, and
 * so does the first after the outbox's retry ({@link #tryAgain}); the others fail at once
 * until it knows.
 * <p>
 * A mail the server refuses (an address it does not take, say) says nothing about the
 * server: the mails after it go on.
 */
@Component
class MailServer {

	private static final Logger logger = LoggerFactory.getLogger(MailServer.class);

	private final Clock clock;

	private final Duration pause;

	private @Nullable Instant downUntil;

	MailServer(NotificationSettings settings, Optional<Clock> clock) {
		this.pause = settings.mailServerPause();
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * Fails at once if a mail found the server unreachable less than the pause ago. After
	 * the pause, the first mail to ask tries the server and the others fail at once until
	 * it knows.
	 * @throws DownException if so
	 */
	synchronized void checkReachable() {
		if (this.downUntil == null) {
			return;
		}
		Instant now = this.clock.instant();
		if (now.isBefore(this.downUntil)) {
			throw new DownException(this.downUntil);
		}
		this.downUntil = now.plus(this.pause);
	}

	/**
	 * Sends a mail through the server, noting whether it could be reached.
	 */
	void send(Runnable sending) {
		try {
			sending.run();
		}
		catch (MailSendException ex) {
			if (unreachable(ex)) {
				wentDown(ex);
			}
			throw ex;
		}
		cameBack();
	}

	/**
	 * Lets the next mail try the server whatever the last one found: the outbox tries its
	 * mails again.
	 */
	synchronized void tryAgain() {
		if (this.downUntil != null) {
			this.downUntil = this.clock.instant();
		}
	}

	private synchronized void wentDown(MailSendException ex) {
		if (this.downUntil == null) {
			logger.warn("The mail server cannot be reached ({}): mails wait in the outbox, the next one tries in {}",
					NestedExceptionUtils.getMostSpecificCause(ex).toString(), this.pause);
		}
		this.downUntil = this.clock.instant().plus(this.pause);
	}

	private synchronized void cameBack() {
		if (this.downUntil != null) {
			logger.info("The mail server answers again");
			this.downUntil = null;
		}
	}

	/**
	 * Whether a failed send says the server could not be reached, rather than that it
	 * refused this mail: a network failure among its causes (Jakarta Mail's exceptions
	 * give theirs as their cause) or those of the messages that failed.
	 */
	static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketException || cause instanceof UnknownHostException
					|| cause instanceof InterruptedIOException) {
				return true;
			}
			if (cause instanceof MailSendException send) {
				for (Exception failed : send.getFailedMessages().values()) {
					if (unreachable(failed)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * A mail not tried: the mail server could not be reached a moment ago.
	 */
	static final class DownException extends MailSendException {

		DownException(Instant until) {
			super("Not tried: the mail server could not be reached a moment ago (next try from " + until + ")");
		}

	}

}
