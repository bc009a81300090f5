package org.passerelle.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public data file written for the tests (under {@code src/test/resources}), made
 * unique for each use: {@code {w}} becomes a word of its own, {@code {siren:N}} a SIREN
 * of its own (the same for the same N), {@code {siret:N:NNNNN}} that SIREN followed by
 * the establishment's number (its last digit replaced by the Luhn key that makes the
 * SIRET valid), {@code {uai}} a valid UAI of its own and {@code {ror}} a valid ROR
 * identifier of its own.
 *
 * @param text the file's text
 * @param word the word put for {@code {w}}
 * @param sirens the SIREN put for each N
 */
public record OpenDataFile(String text, String word, Map<Integer, String> sirens) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(w|uai|ror|siren:(\\d+)|siret:(\\d+):(\\d{5}))}");

	public static OpenDataFile read(String name) {
		String template;
		try (InputStream input = OpenDataFile.class.getResourceAsStream(name)) {
			template = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String word = DirectoryTestData.uniqueWord();
		Map<Integer, String> sirens = new HashMap<>();
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			String value;
			if (matcher.group(1).equals("w")) {
				value = word;
			}
			else if (matcher.group(1).equals("uai")) {
				value = uniqueUai();
			}
			else if (matcher.group(1).equals("ror")) {
				value = uniqueRor();
			}
			else if (matcher.group(2) != null) {
				value = sirens.computeIfAbsent(Integer.valueOf(matcher.group(2)),
						(n) -> DirectoryTestData.uniqueSiren());
			}
			else {
				value = siret(sirens.computeIfAbsent(Integer.valueOf(matcher.group(3)),
						(n) -> DirectoryTestData.uniqueSiren()), matcher.group(4).substring(0, 4));
			}
			matcher.appendReplacement(text, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(text);
		return new OpenDataFile(text.toString(), word, sirens);
	}

	/** The valid SIRET of a SIREN's establishment: four digits and the Luhn key. */
	public static String siret(String siren, String fourDigits) {
		for (int key = 0; key <= 9; key++) {
			if (Identifier.SIRET.isValid(siren + fourDigits + key)) {
				return siren + fourDigits + key;
			}
		}
		throw new IllegalStateException("No Luhn key for " + siren + fourDigits);
	}

	/** A valid UAI no other test uses. */
	public static String uniqueUai() {
		return Identifier.uaiOf(String.format(java.util.Locale.ROOT, "%07d", (long) (Math.random() * 10_000_000L)));
	}

	/** A valid ROR identifier no other test uses. */
	public static String uniqueRor() {
		String crockford = "0123456789abcdefghjkmnpqrstvwxyz";
		StringBuilder ror = new StringBuilder("0");
		for (int i = 0; i < 6; i++) {
			ror.append(crockford.charAt((int) (Math.random() * 32)));
		}
		for (int check = 0; check <= 99; check++) {
			String candidate = ror + String.format(java.util.Locale.ROOT, "%02d", check);
			if (Identifier.ROR.isValid(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No check digits for " + ror);
	}

	public byte[] bytes() {
		return this.text.getBytes(StandardCharsets.UTF_8);
	}

}
