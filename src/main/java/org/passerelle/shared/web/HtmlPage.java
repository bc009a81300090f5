package org.passerelle.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;

/**
 * A whole page already rendered ({@link KeptViews} with a template's name as its view),
 * written as the portal's Thymeleaf views write theirs: HTML in UTF-8, in its language.
 *
 * @param html the page
 * @param locale its language (the response's {@code Content-Language})
 */
public record HtmlPage(String html, Locale locale) implements View {

	private static final String CONTENT_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	@Override
	public String getContentType() {
		return CONTENT_TYPE;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setLocale(this.locale);
		response.getWriter().write(this.html);
	}

}
