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

	/**
	 * Up to which character (exclusive) {@link #normalise} may read a text a character at
	 * a time, from {@link #TABLE}.
	 */
	private static final char TABLE_END = '\u2070';

	/**
	 * What each Latin letter (with its accents, ligatures included, up to U+024F) and
	 * each punctuation mark (up to U+00BF and from U+2000) becomes, as the full path
	 * turns it: letters and digits into their unaccented lower case, joining marks into
	 * nothing, anything else into {@link #SEPARATOR}; made once from the full path
	 * itself. A text with another character (Greek, a combining accent...) takes the full
	 * path.
	 */
	private static final String[] TABLE = table();

	private static final String SEPARATOR = " ";

	private SearchText() {
	}

	public static String normalise(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder normalised = new StringBuilder(text.length());
		boolean separated = true; // no separator at the start
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= TABLE_END) {
				return slowly(text);
			}
			String becomes = TABLE[c];
			if (becomes == null) {
				return slowly(text);
			}
			if (becomes == SEPARATOR) {
				if (!separated) {
					normalised.append(' ');
					separated = true;
				}
			}
			else if (!becomes.isEmpty()) {
				normalised.append(becomes);
				separated = false;
			}
		}
		int length = normalised.length();
		if (length > 0 && normalised.charAt(length - 1) == ' ') {
			normalised.setLength(length - 1);
		}
		return normalised.toString();
	}

	/**
	 * Each character of the table between two letters, through the full path: what stands
	 * between them is what the character becomes.
	 */
	private static String[] table() {
		String[] table = new String[TABLE_END];
		for (char c = 0; c < TABLE_END; c++) {
			if (c >= '\u0250' && c < '\u2000') {
				continue;
			}
			String between = slowly("a" + c + "a");
			String becomes = between.substring(1, between.length() - 1);
			if (Character.isSurrogate(c) || !between.startsWith("a") || !between.endsWith("a")
					|| !becomes.chars().allMatch((x) -> (x >= 'a' && x <= 'z') || (x >= '0' && x <= '9'))
							&& !becomes.equals(SEPARATOR)) {
				throw new IllegalStateException("Character " + (int) c + " becomes '" + between + "'");
			}
			table[c] = becomes.equals(SEPARATOR) ? SEPARATOR : becomes;
		}
		return table;
	}

	/** The normalisation character class by character class, for any text. */
	static String slowly(String text) {
		if (text.isBlank()) {
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
