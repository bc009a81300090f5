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
 * of its own (the same for the same N) and {@code {siret:N:NNNNN}} that SIREN followed by
 * the establishment's number.
 *
 * @param text the file's text
 * @param word the word put for {@code {w}}
 * @param sirens the SIREN put for each N
 */
public record OpenDataFile(String text, String word, Map<Integer, String> sirens) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(w|siren:(\\d+)|siret:(\\d+):(\\d{5}))}");

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
			else if (matcher.group(2) != null) {
				value = sirens.computeIfAbsent(Integer.valueOf(matcher.group(2)),
						(n) -> DirectoryTestData.uniqueSiren());
			}
			else {
				value = sirens.computeIfAbsent(Integer.valueOf(matcher.group(3)),
						(n) -> DirectoryTestData.uniqueSiren()) + matcher.group(4);
			}
			matcher.appendReplacement(text, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(text);
		return new OpenDataFile(text.toString(), word, sirens);
	}

	public byte[] bytes() {
		return this.text.getBytes(StandardCharsets.UTF_8);
	}

}
