package org.passerelle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The transactions an action begins on the test's own thread (a request of MockMvc
 * included), through the application's transaction manager. Hibernate's statistics count
 * every thread's: a background job or an event listener running meanwhile would be
 * counted too.
 */
public final class TransactionCounter {

	private TransactionCounter() {
	}

	/** Runs the action on this thread and returns how many transactions it began. */
	public static int transactionsOf(PlatformTransactionManager manager, StatementCounter.ThrowingRunnable action)
			throws Exception {
		ConfigurableTransactionManager configurable = (ConfigurableTransactionManager) manager;
		Thread thread = Thread.currentThread();
		AtomicInteger begun = new AtomicInteger();
		TransactionExecutionListener listener = new TransactionExecutionListener() {

			@Override
			public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
				if (Thread.currentThread() == thread) {
					begun.incrementAndGet();
				}
			}

		};
		// a new collection rather than the manager's own changed: other threads may be
		// going through it meanwhile
		Collection<TransactionExecutionListener> before = List.copyOf(configurable.getTransactionExecutionListeners());
		List<TransactionExecutionListener> counting = new ArrayList<>(before);
		counting.add(listener);
		configurable.setTransactionExecutionListeners(counting);
		try {
			action.run();
		}
		finally {
			configurable.setTransactionExecutionListeners(new ArrayList<>(before));
		}
		return begun.get();
	}

}
