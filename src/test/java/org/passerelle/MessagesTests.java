package org.passerelle;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string exists in French and in English.
 */
class MessagesTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> french = load("messages_fr.properties").stringPropertyNames();
		assertThat(french).as("keys missing in French").containsAll(english);
		assertThat(english).as("keys missing in English").containsAll(french);
	}

	@Test
	void everyKeyUsedInTemplatesIsTranslated() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
		assertThat(load("messages_fr.properties").stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
