package org.passerelle.shared;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The counts of a list's searches, by what each count depends on (the filter, the reader,
 * the day...), kept until one of the given entity types is written, a minute at most
 * ({@link KeptUntilChange}): a list's count reads every row its filter finds, often
 * several times the work of the page itself, and is the same from one page to the next.
 * At most {@value #KEPT} searches are kept at a time; others are counted each time.
 *
 * @param <K> what a count depends on, with value equality (a record)
 */
public final class KeptCounts<K> {

	static final int KEPT = KeptPerKey.KEPT;

	private final KeptPerKey<K, Long> counts;

	/**
	 * @param types the entities whose writes make the counts stale; none: a write of any
	 * entity does
	 */
	public KeptCounts(Class<?>... types) {
		this.counts = new KeptPerKey<>(Duration.ofMinutes(1), types);
	}

	/** The kept count for the key, or the count made now (and kept). */
	public long get(K key, LongSupplier count) {
		return this.counts.get(key, count::getAsLong);
	}

}
