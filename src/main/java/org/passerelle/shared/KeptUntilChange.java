package org.passerelle.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value computed from rarely changed records (pillars, institutions, a list's filter
 * choices), kept until one of the given entity types is written by this instance of the
 * portal, or for at most {@code maxAge} (changes made by another instance, or by plain
 * SQL). Writes are counted by a Hibernate listener when flushed and again when their
 * transaction ends, so that a value computed in between from the data before the commit
 * is not kept. Readers of a kept value must not change it: keep lists unmodifiable.
 * <p>
 * One reader at a time makes a new value: while it does, the others are given the last
 * one instead of making it too (under load, every request would otherwise run the same
 * queries at once when the value goes stale, and wait for the connection pool; issue 13).
 * Before the first value is there, the others wait for it, for {@link #FIRST_WAIT} at
 * most (right after a start, 32 readers of the reports page made its figures at once:
 * 503s and time-outs for 20 s); past that they make it themselves, so that a maker short
 * of a connection held by waiting readers does not hold them all.
 *
 * @param <T> the kept value
 */
public final class KeptUntilChange<T> {

	/** How long readers wait for another reader making the first value. */
	static final Duration FIRST_WAIT = Duration.ofSeconds(2);

	private static final Map<String, AtomicLong> changes = new ConcurrentHashMap<>();

	/** Writes of any entity, for values made from records of every kind. */
	private static final AtomicLong anyChange = new AtomicLong();

	private final List<String> types;

	private final long maxAgeNanos;

	private final Supplier<T> compute;

	private final long firstWaitNanos;

	/** Where readers wait for the first value, and its maker says it is there. */
	private final Object firstMade = new Object();

	private volatile @Nullable Kept<T> kept;

	/** Whether a reader is making a new value in place of a stale one. */
	private final AtomicBoolean making = new AtomicBoolean();

	/**
	 * @param maxAge how long a value is kept at most, whatever this instance saw
	 * @param compute makes the value (in its own read-only transaction if it needs one)
	 * @param types the entities whose writes make the value stale; none: a write of any
	 * entity does
	 */
	public KeptUntilChange(Duration maxAge, Supplier<T> compute, Class<?>... types) {
		this(maxAge, FIRST_WAIT, compute, types);
	}

	KeptUntilChange(Duration maxAge, Duration firstWait, Supplier<T> compute, Class<?>... types) {
		this.types = Arrays.stream(types).map(Class::getName).toList();
		this.maxAgeNanos = maxAge.toNanos();
		this.firstWaitNanos = firstWait.toNanos();
		this.compute = compute;
	}

	/**
	 * The kept value, or a new one if the types changed or it is too old (the stale one
	 * while another reader is making it).
	 */
	public T get() {
		long count = count();
		long now = System.nanoTime();
		Kept<T> current = this.kept;
		if (current != null && current.count() == count && now - current.madeAt() < this.maxAgeNanos) {
			return current.value();
		}
		boolean maker = this.making.compareAndSet(false, true);
		if (!maker) {
			Kept<T> last = (current != null) ? current : awaitFirst();
			if (last != null) {
				return last.value();
			}
		}
		try {
			T value = this.compute.get();
			this.kept = new Kept<>(value, count, now);
			return value;
		}
		finally {
			if (maker) {
				this.making.set(false);
				synchronized (this.firstMade) {
					this.firstMade.notifyAll();
				}
			}
		}
	}

	/**
	 * The first value, once the reader making it has made it; {@code null} if it failed
	 * or took longer than the first wait.
	 */
	private @Nullable Kept<T> awaitFirst() {
		long deadline = System.nanoTime() + this.firstWaitNanos;
		synchronized (this.firstMade) {
			while (this.kept == null && this.making.get()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.firstMade, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			return this.kept;
		}
	}

	private long count() {
		if (this.types.isEmpty()) {
			return anyChange.get();
		}
		long count = 0;
		for (String type : this.types) {
			AtomicLong changed = changes.get(type);
			count += (changed != null) ? changed.get() : 0;
		}
		return count;
	}

	/**
	 * Writes of any entity this instance has counted so far: something made when it was
	 * {@code n} may be stale once it is not (for what cannot be made by a supplier, such
	 * as a rendered page).
	 */
	public static long changes() {
		return anyChange.get();
	}

	/**
	 * An entity of the type (or a subtype mapped as its own entity) was written: counts
	 * now and again when the transaction ends. Called by the Hibernate listener.
	 */
	public static void written(Class<?> type) {
		AtomicLong changed = changes.computeIfAbsent(type.getName(), (name) -> new AtomicLong());
		changed.incrementAndGet();
		anyChange.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					changed.incrementAndGet();
					anyChange.incrementAndGet();
				}

			});
		}
	}

	private record Kept<T>(T value, long count, long madeAt) {
	}

}
