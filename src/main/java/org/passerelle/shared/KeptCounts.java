package org.passerelle.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

	static final int KEPT = 1000;

	private final KeptUntilChange<Map<K, Long>> counts;

	/**
	 * @param types the entities whose writes make the counts stale; none: a write of any
	 * entity does
	 */
	public KeptCounts(Class<?>... types) {
		this.counts = new KeptUntilChange<>(Duration.ofMinutes(1), ConcurrentHashMap::new, types);
	}

	/** The kept count for the key, or the count made now (and kept). */
	public long get(K key, LongSupplier count) {
		// the map is replaced when a write happens: a count made from the data before a
		// write goes with the map it was put in
		Map<K, Long> kept = this.counts.get();
		Long found = kept.get(key);
		if (found != null) {
			return found;
		}
		long counted = count.getAsLong();
		if (kept.size() < KEPT) {
			kept.put(key, counted);
		}
		return counted;
	}

}
