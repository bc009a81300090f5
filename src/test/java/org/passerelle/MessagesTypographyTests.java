package org.passerelle;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Punctuation as each language writes it: in French a non-breaking space (U+00A0 or
 * U+202F) before {@code : ; ? !}, never an ordinary space nor none; in English no space
 * at all before them.
 */
class MessagesTypographyTests {

	/** An ordinary space before, or (for ; ? !) a letter or digit right before. */
	private static final Pattern FRENCH_WRONG = Pattern.compile(" [:;?!]|[\\p{L}\\p{N}][;?!]");

	private static final Pattern ENGLISH_WRONG = Pattern.compile("[ \\u00A0\\u202F][:;?!]");

	@Test
	void frenchPutsANonBreakingSpaceBeforeTwoPartPunctuation() throws IOException {
		assertThat(wrong("messages_fr.properties", FRENCH_WRONG)).isEmpty();
	}

	@Test
	void englishPutsNoSpaceBeforePunctuation() throws IOException {
		assertThat(wrong("messages.properties", ENGLISH_WRONG)).isEmpty();
	}

	@Test
	void theRulesCatchWhatTheyAreFor() {
		assertThat(FRENCH_WRONG.matcher("Objectifs :").find()).isTrue();
		assertThat(FRENCH_WRONG.matcher("Pourquoi?").find()).isTrue();
		assertThat(FRENCH_WRONG.matcher("Objectifs\u00A0: un\u202F; deux\u00A0?").find()).isFalse();
		assertThat(ENGLISH_WRONG.matcher("Objectives :").find()).isTrue();
		assertThat(ENGLISH_WRONG.matcher("Objectives\u00A0:").find()).isTrue();
		assertThat(ENGLISH_WRONG.matcher("Objectives: one; two?").find()).isFalse();
	}

	private static List<String> wrong(String file, Pattern rule) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		assertThat(messages).isNotEmpty();
		return new TreeMap<>(messages).entrySet()
			.stream()
			.filter((entry) -> rule.matcher(entry.getValue().toString()).find())
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.toList();
	}

}
