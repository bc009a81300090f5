package org.passerelle.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A mail's words in its reader's language: a subject and a plain-text body whose
 * paragraphs are separated by blank lines and whose links are written out. The HTML part
 * shows the same words, the links made clickable.
 *
 * @param subject the subject, also the heading of the HTML part
 * @param body the text
 */
record Letter(String subject, String body) {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)»]");

	/** The body's paragraphs, each a list of lines made of text and links. */
	List<Paragraph> paragraphs() {
		return paragraphsOf(this.body);
	}

	static List<Paragraph> paragraphsOf(String text) {
		return Arrays.stream(text.strip().split("\\n\\s*\\n"))
			.filter((paragraph) -> !paragraph.isBlank())
			.map((paragraph) -> new Paragraph(paragraph.strip(),
					Arrays.stream(paragraph.strip().split("\\n")).map(Letter::parts).toList()))
			.toList();
	}

	private static List<Part> parts(String line) {
		List<Part> parts = new ArrayList<>();
		Matcher link = LINK.matcher(line);
		int from = 0;
		while (link.find()) {
			if (link.start() > from) {
				parts.add(new Part(line.substring(from, link.start()), null));
			}
			parts.add(new Part(link.group(), link.group()));
			from = link.end();
		}
		if (from < line.length()) {
			parts.add(new Part(line.substring(from), null));
		}
		return parts;
	}

	/**
	 * A paragraph of a mail.
	 *
	 * @param text its plain text
	 * @param lines its lines, for the HTML part
	 */
	record Paragraph(String text, List<List<Part>> lines) {

	}

	/**
	 * Words of a line, or a link.
	 *
	 * @param text the words, or the address shown
	 * @param href the address when this is a link
	 */
	record Part(String text, @Nullable String href) {

	}

}
