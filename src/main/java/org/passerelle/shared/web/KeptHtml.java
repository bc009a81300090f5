package org.passerelle.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.util.IWritableCharSequence;

/**
 * A part of a page rendered once and kept (a list, a record's page, a report's sections),
 * with its bytes in UTF-8 made once: a page writes it with {@code pa:html="${part}"}
 * ({@link KeptHtmlDialect}), and {@link PageView} sends those bytes as they are, where
 * {@code th:utext} had the part's text copied into the page's, then encoded again, for
 * every request (issue 13). Elsewhere (a mail, a part rendered into another part) it is
 * written as its text.
 */
public final class KeptHtml implements IWritableCharSequence {

	/** Whitespace between two tags that holds a line break: a template's indentation. */
	private static final Pattern INDENTATION = Pattern.compile(">[ \\t]*\\R\\s*<");

	private final List<byte[]> utf8;

	private @Nullable String html;

	private KeptHtml(List<byte[]> utf8, @Nullable String html) {
		this.utf8 = utf8;
		this.html = html;
	}

	/** The HTML, and its bytes made now. */
	public static KeptHtml of(String html) {
		return new KeptHtml(List.of(html.getBytes(StandardCharsets.UTF_8)), html);
	}

	/**
	 * The HTML with the template's indentation between tags (whitespace holding a line
	 * break) cut to one line break, and its bytes made now: the same page for a reader,
	 * whose browser shows whitespace between tags as one space, or as one line break in
	 * an element styled {@code white-space: pre-line}. For HTML with no {@code <pre>}, no
	 * {@code <textarea>} and no other whitespace-preserving style (the reports' tables
	 * and charts lost a quarter of their bytes).
	 */
	public static KeptHtml withoutIndentation(String html) {
		return of(INDENTATION.matcher(html).replaceAll(">\n<"));
	}

	/**
	 * HTML sent as these bytes in UTF-8, one after the other: not to be changed. Its text
	 * is made only if asked for.
	 */
	static KeptHtml ofBytes(List<byte[]> utf8) {
		return new KeptHtml(List.copyOf(utf8), null);
	}

	/** The HTML's bytes in UTF-8, in order: not to be changed. */
	List<byte[]> utf8() {
		return this.utf8;
	}

	@Override
	public void write(Writer writer) throws IOException {
		if (writer instanceof PageView.PageWriter page) {
			page.writeKept(this);
		}
		else {
			writer.write(toString());
		}
	}

	@Override
	public int length() {
		return toString().length();
	}

	@Override
	public char charAt(int index) {
		return toString().charAt(index);
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		return toString().subSequence(start, end);
	}

	@Override
	public String toString() {
		String text = this.html;
		if (text == null) {
			StringBuilder joined = new StringBuilder();
			for (byte[] bytes : this.utf8) {
				joined.append(new String(bytes, StandardCharsets.UTF_8));
			}
			text = joined.toString();
			this.html = text;
		}
		return text;
	}

}
