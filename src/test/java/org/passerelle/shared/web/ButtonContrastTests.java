package org.passerelle.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outline buttons read as buttons, not as disabled ones: their text and border contrast
 * with the white page by 7:1 or more (WCAG AAA for text; AA asks 4.5:1, and 3:1 for the
 * border).
 */
class ButtonContrastTests {

	@Test
	void outlineButtonsContrastStronglyWithThePage() throws IOException {
		String css = new ClassPathResource("static/css/passerelle.css").getContentAsString(StandardCharsets.UTF_8);
		for (String button : new String[] { "btn-outline-secondary", "btn-outline-primary" }) {
			String rule = rule(css, "." + button);
			assertThat(contrastWithWhite(colour(css, rule, "--bs-btn-color"))).as(button).isGreaterThanOrEqualTo(7);
			assertThat(contrastWithWhite(colour(css, rule, "--bs-btn-border-color"))).as(button)
				.isGreaterThanOrEqualTo(7);
		}
	}

	@Test
	void contrastIsComputedAsWcagSays() {
		assertThat(contrastWithWhite("#000000")).isEqualTo(21, org.assertj.core.data.Offset.offset(0.01));
		assertThat(contrastWithWhite("#6c757d")).isEqualTo(4.69, org.assertj.core.data.Offset.offset(0.01));
	}

	private static String rule(String css, String selector) {
		Matcher matcher = Pattern.compile(Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
		assertThat(matcher.find()).as(selector).isTrue();
		return matcher.group(1);
	}

	/**
	 * The colour a property is set to, following {@code var(--name)} to the root's value.
	 */
	private static String colour(String css, String rule, String property) {
		Matcher matcher = Pattern.compile(Pattern.quote(property) + ":\\s*([^;]+);").matcher(rule);
		assertThat(matcher.find()).as(property).isTrue();
		String value = matcher.group(1).strip();
		Matcher variable = Pattern.compile("var\\((--[\\w-]+)\\)").matcher(value);
		return variable.matches() ? colour(css, rule(css, ":root"), variable.group(1)) : value;
	}

	private static double contrastWithWhite(String hex) {
		return 1.05 / (luminance(hex) + 0.05);
	}

	private static double luminance(String hex) {
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			channels[i] = (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

}
