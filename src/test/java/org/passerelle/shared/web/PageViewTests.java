package org.passerelle.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A page is sent once whole, in UTF-8, with its length; a kept part is sent as its bytes,
 * where the template puts it; a template that fails sends nothing.
 */
class PageViewTests {

	private static final String TEMPLATE = "<p th:text=\"${before}\">before</p>"
			+ "<th:block pa:html=\"${part}\"></th:block><p th:text=\"${after}\">after</p>";

	private final SpringTemplateEngine engine = engine();

	private final StaticWebApplicationContext context = new StaticWebApplicationContext();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	PageViewTests() {
		this.context.setServletContext(new MockServletContext());
		this.context.refresh();
	}

	@Test
	void aKeptPartIsSentWhereTheTemplatePutsIt() throws Exception {
		KeptHtml part = KeptHtml.of("<table><tr><td>Aérospatiale — 3 €</td></tr></table>");
		render(TEMPLATE, Map.of("before", "Été 2026 : 🎓", "part", part, "after", "fin…"));
		String page = "<p>Été 2026 : 🎓</p><table><tr><td>Aérospatiale — 3 €</td></tr></table><p>fin…</p>";
		assertThat(this.response.getContentAsByteArray()).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
		assertThat(this.response.getContentLength()).isEqualTo(page.getBytes(StandardCharsets.UTF_8).length);
		assertThat(this.response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(this.response.getLocale()).isEqualTo(Locale.FRENCH);
	}

	@Test
	void aKeptPartIsSentAsTheBytesItKeeps() throws Exception {
		KeptHtml part = KeptHtml.of("<table><tr><td>Aérospatiale</td></tr></table>");
		List<byte[]> sent = new ArrayList<>();
		HttpServletResponse response = recording(sent);
		view(TEMPLATE).render(Map.of("before", "a", "part", part, "after", "b"), request(), response);
		assertThat(sent).containsOnlyOnce(part.utf8().get(0));
		assertThat(this.response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("<p>a</p><table><tr><td>Aérospatiale</td></tr></table><p>b</p>");
	}

	@Test
	void theTextAroundKeptPartsGoesOnInTheSameChunk() throws Exception {
		KeptHtml first = KeptHtml.of("<ul><li>Provepharm</li></ul>");
		KeptHtml second = KeptHtml.of("<ol><li>HalioDx</li></ol>");
		String template = "<p th:text=\"${a}\">a</p><th:block pa:html=\"${first}\"></th:block>"
				+ "<p th:text=\"${b}\">b</p><th:block pa:html=\"${second}\"></th:block><p th:text=\"${c}\">c</p>";
		List<byte[]> sent = new ArrayList<>();
		view(template).render(Map.of("a", "Été", "first", first, "b", "Pôle", "second", second, "c", "fin"), request(),
				recording(sent));
		assertThat(this.response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("<p>Été</p><ul><li>Provepharm</li></ul><p>Pôle</p><ol><li>HalioDx</li></ol><p>fin</p>");
		List<byte[]> text = sent.stream()
			.filter((bytes) -> bytes != first.utf8().get(0) && bytes != second.utf8().get(0))
			.distinct()
			.toList();
		assertThat(text).hasSize(1);
	}

	@Test
	void aLongPageIsSentWhole() throws Exception {
		String text = "Journée des entreprises — Montpellier, 🎓 ".repeat(600);
		String kept = "<ul>" + "<li>Provepharm · Marseille</li>\n".repeat(900) + "</ul>";
		render(TEMPLATE, Map.of("before", text, "part", KeptHtml.of(kept), "after", text));
		String page = "<p>" + text + "</p>" + kept + "<p>" + text + "</p>";
		assertThat(this.response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(page);
		assertThat(this.response.getContentLength()).isEqualTo(page.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void anythingElseIsWrittenAsThUtextWouldAndNothingAsNothing() throws Exception {
		Map<String, Object> model = new HashMap<>(Map.of("before", "a", "part", "<b>B & c</b>", "after", "d"));
		render(TEMPLATE, model);
		assertThat(this.response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>a</p><b>B & c</b><p>d</p>");
		model.remove("part");
		MockHttpServletResponse second = new MockHttpServletResponse();
		view(TEMPLATE).render(model, request(), second);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>a</p><p>d</p>");
	}

	@Test
	void aTemplateThatFailsSendsNothing() {
		String failing = "<p>Début</p><p th:text=\"${before.noSuchProperty}\">x</p>";
		assertThatExceptionOfType(TemplateProcessingException.class)
			.isThrownBy(() -> render(failing, Map.of("before", "a")));
		assertThat(this.response.getContentAsByteArray()).isEmpty();
		assertThat(this.response.isCommitted()).isFalse();
	}

	@Test
	void aKeptPartIsWrittenAsItsTextOutsideAPage() {
		Context context = new Context();
		context.setVariables(Map.of("before", "a", "part", KeptHtml.of("<i>Pôle</i>"), "after", "b"));
		assertThat(this.engine.process(TEMPLATE, context)).isEqualTo("<p>a</p><i>Pôle</i><p>b</p>");
	}

	@Test
	void withoutIndentationOnlyTheIndentationBetweenTagsIsCut() {
		KeptHtml kept = KeptHtml.withoutIndentation(
				"<table>\n  <tr>\n    <th> Mois </th>\n    <td>janvier 2026</td>\n  </tr>\n</table>\n<p>a  b</p> <p>\n\n</p>");
		assertThat(kept).hasToString(
				"<table>\n<tr>\n<th> Mois </th>\n<td>janvier 2026</td>\n</tr>\n</table>\n<p>a  b</p> <p>\n</p>");
	}

	/** The response, noting each array of bytes written to its output. */
	private HttpServletResponse recording(List<byte[]> sent) {
		return new HttpServletResponseWrapper(this.response) {
			@Override
			public ServletOutputStream getOutputStream() throws IOException {
				ServletOutputStream out = super.getOutputStream();
				return new ServletOutputStream() {
					@Override
					public void write(int b) throws IOException {
						out.write(b);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						sent.add(bytes);
						out.write(bytes, offset, length);
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
					}
				};
			}
		};
	}

	private void render(String template, Map<String, ?> model) throws Exception {
		view(template).render(model, request(), this.response);
	}

	private MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		return request;
	}

	/** The template, as the portal's view resolver gives its views. */
	private View view(String template) throws Exception {
		ThymeleafViewResolver resolver = new ThymeleafViewResolver();
		resolver.setApplicationContext(this.context);
		resolver.setTemplateEngine(this.engine);
		resolver.setViewClass(PageView.class);
		resolver.setCharacterEncoding("UTF-8");
		View view = resolver.resolveViewName(template, Locale.FRENCH);
		assertThat(view).isInstanceOf(PageView.class);
		return view;
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new KeptHtmlDialect());
		return engine;
	}

}
