package org.passerelle.organisation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text as the directory compares it: without accents or case, punctuation turned into
 * spaces (dots and apostrophes are dropped). "Université d'Aix-Marseille" becomes
 * "universite daix marseille" and "S.A." becomes "sa", so that a search for "universite"
 * finds it. The directory search matches words inside this text through a trigram index.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern JOINING = Pattern.compile("[.'\u2019]+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private SearchText() {
	}

	public static String normalise(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String lower = text.toLowerCase(Locale.ROOT)
			.replace("œ", "oe")
			.replace("æ", "ae")
			.replace("ß", "ss")
			.replace("ø", "o")
			.replace("ł", "l")
			.replace("đ", "d");
		String decomposed = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		String joined = JOINING.matcher(decomposed).replaceAll("");
		return NOT_ALPHANUMERIC.matcher(joined).replaceAll(" ").strip();
	}

	/** The normalised words of a search, each of which must be found. */
	public static List<String> words(@Nullable String query) {
		String normalised = normalise(query);
		if (normalised.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(normalised.split(" ")).distinct().limit(8).toList();
	}

}
