package org.passerelle.notification;

import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
 * so does the first after the outbox's retry ({@link #tryAgain}); the mails that come
 * while it tries wait for its answer: they go if it reached the server, and fail at once
 * if it did not. (Failing them at once instead left them for the outbox's next retry, ten
 * minutes on, even when the server had come back.)
 * <p>
 * A mail the server refuses (an address it does not take, say) says the server answers:
 * the mails after it go on.
 */
@Component
class MailServer {

	private static final Logger logger = LoggerFactory.getLogger(MailServer.class);

	private final Clock clock;

	private final Duration pause;

	/** Until when mails are not tried; {@code null} while the server answers. */
	private @Nullable Instant downUntil;

	/** Whether a mail is trying the server after a pause, the others waiting for it. */
	private boolean trying;

	MailServer(NotificationSettings settings, Optional<Clock> clock) {
		this.pause = settings.mailServerPause();
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * Makes and sends a mail through the server (the mail is rendered in
	 * {@code sending}), noting whether it could be reached; if it could not be reached a
	 * moment ago, fails at once without making the mail.
	 * @param sending renders the mail and hands it to the server
	 * @throws DownException if the mail server could not be reached a moment ago, or the
	 * mail that tried it meanwhile could not reach it either
	 */
	void send(Runnable sending) {
		boolean trial = admit();
		try {
			sending.run();
			answered();
		}
		catch (MailSendException ex) {
			if (unreachable(ex)) {
				wentDown(ex);
			}
			else {
				answered();
			}
			throw ex;
		}
		finally {
			if (trial) {
				tried();
			}
		}
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

	/**
	 * Whether a mail may go now: at once while the server answers; after a mail trying
	 * it, as that mail found it; if it could not be reached less than the pause ago, not.
	 * @return whether this mail is the one that tries the server after a pause
	 * @throws DownException if the mail is not to be tried
	 */
	private synchronized boolean admit() {
		long waitedUntil = System.nanoTime() + this.pause.toNanos();
		while (this.trying) {
			long left = waitedUntil - System.nanoTime();
			if (left <= 0) {
				throw new DownException(this.clock.instant());
			}
			try {
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new DownException(this.clock.instant());
			}
		}
		Instant until = this.downUntil;
		if (until == null) {
			return false;
		}
		if (this.clock.instant().isBefore(until)) {
			throw new DownException(until);
		}
		this.trying = true;
		return true;
	}

	private synchronized void tried() {
		this.trying = false;
		notifyAll();
	}

	private synchronized void wentDown(MailSendException ex) {
		if (this.downUntil == null) {
			logger.warn("The mail server cannot be reached ({}): mails wait in the outbox, the next one tries in {}",
					NestedExceptionUtils.getMostSpecificCause(ex).toString(), this.pause);
		}
		this.downUntil = this.clock.instant().plus(this.pause);
	}

	private synchronized void answered() {
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
