package org.passerelle.notification;

import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * How the failures of the asynchronous listeners (Spring Modulith's, after a commit) are
 * logged. A mail that could not be sent leaves its event publication failed and the
 * outbox tries it again: one line says so, without the stack trace of some fifty lines
 * that the default handler wrote for each mail (with the mail server down, every mail of
 * a burst of registrations wrote its own). A mail not tried because the server could not
 * be reached a moment ago is logged at debug level only: {@link MailServer} warned once.
 * Any other failure is logged as before, with its stack trace.
 */
@Component
class MailFailures implements AsyncConfigurer, AsyncUncaughtExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(MailFailures.class);

	private final AsyncUncaughtExceptionHandler others = new SimpleAsyncUncaughtExceptionHandler();

	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return this;
	}

	@Override
	public void handleUncaughtException(Throwable ex, Method method, Object... params) {
		String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
		if (ex instanceof MailServer.DownException) {
			logger.debug("Mail of {} not tried, left to the outbox: {}", listener, ex.getMessage());
		}
		else if (ex instanceof MailException) {
			logger.warn("Mail of {} not sent, left to the outbox: {}", listener,
					NestedExceptionUtils.getMostSpecificCause(ex).toString());
		}
		else {
			this.others.handleUncaughtException(ex, method, params);
		}
	}

}
