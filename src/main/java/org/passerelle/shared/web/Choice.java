package org.passerelle.shared.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One choice of a long list's {@code <select>} (the clusters, the institutions), written
 * by the {@code pa:choices} attribute ({@link ChoicesDialect}).
 *
 * @param value what the form sends
 * @param label what the reader sees
 */
public record Choice(String value, String label) {

	/** The choices of the items, in their order. */
	public static <T> List<Choice> of(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
		return items.stream().map((item) -> new Choice(String.valueOf(value.apply(item)), label.apply(item))).toList();
	}

}
