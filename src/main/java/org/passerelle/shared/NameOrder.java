package org.passerelle.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order people expect names in, when the portal sorts them itself rather than the
 * database (whose name columns use the French ICU collation): French order, accents and
 * case after the letters ("Calanques", "CMA CGM", "École", "Usinage").
 */
public final class NameOrder {

	private NameOrder() {
	}

	/** Compares the names that {@code name} gives, in French order; nulls last. */
	public static <T> Comparator<T> by(Function<T, String> name) {
		Collator collator = Collator.getInstance(Locale.FRENCH);
		collator.setStrength(Collator.TERTIARY);
		return Comparator.comparing(name, Comparator.nullsLast(collator::compare));
	}

}
