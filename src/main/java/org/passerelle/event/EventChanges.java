package org.passerelle.event;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes of events and sessions written by this instance of the portal, so
 * that what is computed from them (the calendar feed) can be kept until the next change:
 * the JPA entity listener of {@link Event} and {@link Session}. The count moves when a
 * change is written, and again when its transaction ends, so that what a reader computed
 * in between (from the data before the commit) is not kept. Other instances' changes are
 * not seen: what is kept on this count also has a short age limit.
 */
public final class EventChanges {

	private static final AtomicLong count = new AtomicLong();

	/** The number of changes so far; a different number means something changed. */
	public static long count() {
		return count.get();
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		count.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					count.incrementAndGet();
				}

			});
		}
	}

}
