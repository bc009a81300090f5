package org.passerelle.report.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.ITemplateEngine;

import org.springframework.stereotype.Component;

import org.passerelle.convention.ConventionFigures.FigureScope;
import org.passerelle.report.ReportFigures;
import org.passerelle.report.ReportFigures.PageFigures;
import org.passerelle.shared.LeastRecentlyUsed;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptRenderings;

/**
 * The figures' sections of the reports page (each a chart and its table), rendered once
 * for the figures and the reader's language and kept as HTML until the figures are made
 * anew ({@link ReportFigures} keeps them until something is written). The page has a
 * thousand table cells and ninety bars: rendering them was nearly all of its cost (issue
 * 13), for the same HTML each time. The HTML is kept without the template's indentation,
 * with its bytes ({@link KeptHtml}).
 */
@Component
class ReportSections {

	/** How many renderings are kept at once (a scope, a language, whether it chooses). */
	private static final int KEPT = 32;

	private static final String TEMPLATE = "reports/sections";

	private final ITemplateEngine templates;

	private final Map<Key, Rendered> kept = new LeastRecentlyUsed<>(KEPT);

	ReportSections(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The sections' HTML for these figures, as kept if they were rendered from the same
	 * figures in the same language.
	 * @param figures the page's figures, as kept by {@link ReportFigures}
	 * @param choosesInstitution whether the reader chooses the institution (the CSV links
	 * then name it)
	 * @param tables the figures laid out as tables, made only when rendered
	 */
	KeptHtml of(PageFigures figures, boolean choosesInstitution, Locale locale, Supplier<List<ReportTable>> tables,
			HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(figures.conventions().scope(), locale, choosesInstitution);
		Rendered rendered;
		synchronized (this.kept) {
			rendered = this.kept.get(key);
		}
		if (rendered != null && rendered.figures() == figures) {
			return rendered.html();
		}
		KeptHtml html = KeptHtml
			.withoutIndentation(render(figures, choosesInstitution, locale, tables.get(), request, response));
		synchronized (this.kept) {
			this.kept.put(key, new Rendered(figures, html));
		}
		return html;
	}

	private String render(PageFigures figures, boolean choosesInstitution, Locale locale, List<ReportTable> tables,
			HttpServletRequest request, HttpServletResponse response) {
		return KeptRenderings.render(this.templates, TEMPLATE, "sections", locale, request, response,
				Map.of("tables", tables, "figures", figures.conventions(), "choosesInstitution", choosesInstitution));
	}

	private record Key(FigureScope scope, Locale locale, boolean choosesInstitution) {
	}

	/** The HTML and the figures it was rendered from (the very ones: kept figures). */
	private record Rendered(PageFigures figures, KeptHtml html) {
	}

}
