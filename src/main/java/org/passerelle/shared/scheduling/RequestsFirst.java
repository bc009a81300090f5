package org.passerelle.shared.scheduling;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Background work waits for the requests: a task of the portal's task executor (Spring
 * Modulith's asynchronous listeners, that is the mails) starts once no request is being
 * answered, or once it has waited {@code passerelle.background.wait-for-requests} (2 s)
 * since it was handed to the executor, whichever comes first. A burst of registrations is
 * answered first and its mails go right after it; under a steady load every mail still
 * goes, at most that long after it would have. Nothing waits before the portal accepts
 * traffic (its readiness, as {@code StartingUpFilter} reads it: the executor also builds
 * the JPA entity manager factory during start-up).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestsFirst extends OncePerRequestFilter implements TaskDecorator {

	private final AtomicInteger answering = new AtomicInteger();

	private final AtomicInteger waiting = new AtomicInteger();

	private final Object quiet = new Object();

	private final long waitAtMost;

	private final ApplicationAvailability availability;

	RequestsFirst(BackgroundSettings settings, ApplicationAvailability availability) {
		this.waitAtMost = settings.waitForRequests().toNanos();
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.answering.incrementAndGet();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (this.answering.decrementAndGet() == 0 && this.waiting.get() > 0) {
				synchronized (this.quiet) {
					this.quiet.notifyAll();
				}
			}
		}
	}

	@Override
	public Runnable decorate(Runnable task) {
		long handed = System.nanoTime();
		return () -> {
			awaitQuiet(handed + this.waitAtMost);
			task.run();
		};
	}

	/**
	 * Waits until no request is being answered, or until {@code deadline}
	 * ({@link System#nanoTime()}).
	 */
	void awaitQuiet(long deadline) {
		if (this.answering.get() == 0 || this.availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		this.waiting.incrementAndGet();
		try {
			synchronized (this.quiet) {
				long left;
				while (this.answering.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
					this.quiet.wait(Math.max(1, left / 1_000_000));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	/** How many requests are being answered. */
	int answering() {
		return this.answering.get();
	}

}
