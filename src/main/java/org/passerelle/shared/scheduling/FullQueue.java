package org.passerelle.shared.scheduling;

import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * When the task executor's queue is full, the task handed to it waits for room, at most
 * {@code passerelle.background.wait-for-room} (5 s); past that, or when the executor is
 * shutting down, it is left out, without an exception.
 * <p>
 * The executor runs Spring Modulith's asynchronous listeners (the mails), handed to it
 * after their change is committed, and each has its event publication in the registry, in
 * PostgreSQL: a publication left out stays there as published, Spring Modulith's
 * staleness monitor marks it failed once it is older than
 * {@code spring.modulith.events.staleness.published} (an hour), and the mail outbox sends
 * it then.
 * <p>
 * The queue is bounded ({@code spring.task.execution.pool.queue-capacity}) because each
 * waiting mail held about 800 bytes of the heap until it was sent: registrations faster
 * than the mail server for minutes left tens of thousands of them (issue 13). Waiting for
 * room holds the request that handed the mail instead: registrations then go as fast as
 * their mails. One warning a minute at most says how many were left out.
 */
@Component
class FullQueue implements ThreadPoolTaskExecutorCustomizer, RejectedExecutionHandler {

	private static final Logger logger = LoggerFactory.getLogger(FullQueue.class);

	private static final long WARN_EVERY = TimeUnit.MINUTES.toNanos(1);

	private final long waitForRoom;

	private final AtomicLong leftOut = new AtomicLong();

	private final AtomicLong warned = new AtomicLong(System.nanoTime() - WARN_EVERY);

	FullQueue(BackgroundSettings settings) {
		this.waitForRoom = settings.waitForRoom().toNanos();
	}

	@Override
	public void customize(ThreadPoolTaskExecutor executor) {
		executor.setRejectedExecutionHandler(this);
	}

	@Override
	public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
		if (!executor.isShutdown()) {
			try {
				if (executor.getQueue().offer(task, this.waitForRoom, TimeUnit.NANOSECONDS)) {
					return;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		long count = this.leftOut.incrementAndGet();
		long now = System.nanoTime();
		long last = this.warned.get();
		if (now - last >= WARN_EVERY && this.warned.compareAndSet(last, now)) {
			logger.warn(
					"The background queue is full ({} tasks waiting): {} left out since start-up, "
							+ "their event publications to be sent by the outbox once stale",
					executor.getQueue().size(), count);
		}
	}

	/** How many tasks were left out since start-up. */
	long leftOut() {
		return this.leftOut.get();
	}

}
