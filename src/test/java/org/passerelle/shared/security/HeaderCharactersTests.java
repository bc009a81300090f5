package org.passerelle.shared.security;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HeaderCharacters} decides as {@code StrictHttpFirewall}'s default patterns (the
 * same regular expressions, copied from Spring Security 7.1) on every character and on
 * random texts.
 */
class HeaderCharactersTests {

	private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void decidesAsTheDefaultPatternsOnEveryCodePoint() {
		int refused = 0;
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			String text = "a" + new String(Character.toChars(c)) + "b";
			assertThat(HeaderCharacters.isAllowedName(text)).as("U+%04X in a name", c)
				.isEqualTo(NAME.matcher(text).matches());
			assertThat(HeaderCharacters.isAllowedValue(text)).as("U+%04X in a value", c)
				.isEqualTo(VALUE.matcher(text).matches());
			if (!VALUE.matcher(text).matches()) {
				refused++;
			}
		}
		// the controls and the unassigned code points are refused, the rest is not
		assertThat(refused).isGreaterThan(800_000);
	}

	@Test
	void decidesAsTheDefaultPatternsOnRandomTexts() {
		Random random = new Random(13);
		int allowed = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				int pick = random.nextInt(10);
				if (pick < 7) {
					text.append((char) (0x20 + random.nextInt(0x5f)));
				}
				else if (pick < 8) {
					text.append((char) random.nextInt(0x20));
				}
				else {
					text.append((char) random.nextInt(0x10000));
				}
			}
			String s = text.toString();
			assertThat(HeaderCharacters.isAllowedName(s)).as(s).isEqualTo(NAME.matcher(s).matches());
			assertThat(HeaderCharacters.isAllowedValue(s)).as(s).isEqualTo(VALUE.matcher(s).matches());
			if (HeaderCharacters.isAllowedValue(s)) {
				allowed++;
			}
		}
		assertThat(allowed).isBetween(2_000, 19_000);
	}

	@Test
	void keepsATabInAValueOnly() {
		assertThat(HeaderCharacters.isAllowedValue("text/html;\tq=0.9")).isTrue();
		assertThat(HeaderCharacters.isAllowedName("X-\tName")).isFalse();
		assertThat(HeaderCharacters.isAllowedValue("a\r\nSet-Cookie: x")).isFalse();
		assertThat(HeaderCharacters.isAllowedName("Accept-Language")).isTrue();
		assertThat(HeaderCharacters.isAllowedValue("fr-FR,fr;q=0.9,en;q=0.8")).isTrue();
	}

}
