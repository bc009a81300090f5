package org.passerelle.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values made per key (an institution, a filter and its reader...), all kept until one of
 * the given entity types is written, or for at most {@code maxAge}
 * ({@link KeptUntilChange}). At most {@value #KEPT} keys (or the number given) are kept
 * at a time; values for others are made each time. Readers must not change a kept value:
 * keep lists unmodifiable.
 *
 * @param <K> what a value depends on, with value equality (a record)
 * @param <V> the value
 */
public final class KeptPerKey<K, V> {

	static final int KEPT = 1000;

	private final KeptUntilChange<Map<K, V>> values;

	private final int capacity;

	/**
	 * @param maxAge how long values are kept at most, whatever this instance saw
	 * @param types the entities whose writes make the values stale; none: a write of any
	 * entity does
	 */
	public KeptPerKey(Duration maxAge, Class<?>... types) {
		this(KEPT, maxAge, types);
	}

	/**
	 * @param capacity how many keys are kept at a time (fewer than {@value #KEPT} for
	 * large values, such as rendered HTML)
	 * @param maxAge how long values are kept at most, whatever this instance saw
	 * @param types the entities whose writes make the values stale; none: a write of any
	 * entity does
	 */
	public KeptPerKey(int capacity, Duration maxAge, Class<?>... types) {
		this.capacity = capacity;
		this.values = new KeptUntilChange<>(maxAge, ConcurrentHashMap::new, types);
	}

	/** The value kept for the key, or the one made now (and kept). */
	public V get(K key, Supplier<V> make) {
		// the map is replaced when a write happens: a value made from the data before a
		// write goes with the map it was put in
		Map<K, V> kept = this.values.get();
		V found = kept.get(key);
		if (found != null) {
			return found;
		}
		V made = make.get();
		if (kept.size() < this.capacity) {
			kept.put(key, made);
		}
		return made;
	}

}
