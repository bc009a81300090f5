package org.passerelle.organisation;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Names and cities as the matching of organisations compares them: {@link SearchText}'s
 * normalisation, then for a city without its arrondissement, CEDEX or postal code
 * ("Marseille 7e", "MARSEILLE CEDEX 07" and "13007 Marseille" are Marseille) and with
 * "St"/"Ste" spelled out; for a name without its legal form and the small words that
 * differ from one register to another ("Provepharm S.A.S." is "provepharm"), "St"/"Ste"
 * spelled out too.
 */
public final class MatchText {

	private static final Pattern POSTAL_CODE = Pattern.compile("\\b[0-9]{5}\\b");

	private static final Pattern CEDEX = Pattern.compile("\\bcedex(?: [0-9]{1,3})?\\b");

	private static final Pattern ARRONDISSEMENT = Pattern
		.compile("\\b[0-9]{1,2}(?: ?(?:e|er|ere|eme|ieme|em))?(?: arrondissement| arr)?\\b");

	private static final Set<String> NAME_NOISE = Set.of("sa", "sas", "sasu", "sarl", "eurl", "sca", "scop", "sci",
			"snc", "gie", "groupe", "group", "ltd", "gmbh", "inc", "the", "la", "le", "les", "l", "de", "du", "des",
			"d", "et", "and", "of", "societe");

	private MatchText() {
	}

	/** The city as matching compares it. */
	public static String city(@Nullable String city) {
		String normalised = SearchText.normalise(city);
		normalised = POSTAL_CODE.matcher(normalised).replaceAll(" ");
		normalised = CEDEX.matcher(normalised).replaceAll(" ");
		normalised = ARRONDISSEMENT.matcher(normalised).replaceAll(" ");
		return Arrays.stream(normalised.split(" +")).filter((word) -> !word.isEmpty()).map((word) -> switch (word) {
			case "st" -> "saint";
			case "ste" -> "sainte";
			default -> word;
		}).collect(Collectors.joining(" "));
	}

	private static String spelledOut(String word) {
		return switch (word) {
			case "st" -> "saint";
			case "ste" -> "sainte";
			default -> word;
		};
	}

	/**
	 * The name as matching compares it; the normalised name itself when it is nothing but
	 * small words.
	 */
	public static String name(@Nullable String name) {
		String normalised = SearchText.normalise(name);
		StringBuilder meaningful = new StringBuilder(normalised.length());
		// the normalised text's words are one space apart
		for (String word : normalised.split(" ")) {
			if (!word.isEmpty() && !NAME_NOISE.contains(word)) {
				if (!meaningful.isEmpty()) {
					meaningful.append(' ');
				}
				meaningful.append(spelledOut(word));
			}
		}
		return meaningful.isEmpty() ? normalised : meaningful.toString();
	}

}
