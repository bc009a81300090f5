package org.passerelle.shared;

import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that holds at most so many entries, and forgets the one read or written least
 * recently when it would hold more: for what the portal keeps per key (figures, rendered
 * pages). Not thread-safe: callers synchronize on it.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

	@Serial
	private static final long serialVersionUID = 1L;

	private final int most;

	/**
	 * @param most how many entries it holds at most
	 */
	public LeastRecentlyUsed(int most) {
		super(16, 0.75f, true);
		this.most = most;
	}

	@Override
	protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
		return size() > this.most;
	}

}
