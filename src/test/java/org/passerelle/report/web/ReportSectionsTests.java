package org.passerelle.report.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.passerelle.PostgresTest;
import org.passerelle.convention.ConventionFigures.FigureScope;
import org.passerelle.event.Event;
import org.passerelle.report.ReportFigures;
import org.passerelle.report.ReportFigures.PageFigures;
import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.web.KeptHtml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page's sections are rendered once for the same figures and language, and
 * again for new figures, another language or another reader's links.
 */
@PostgresTest
class ReportSectionsTests {

	private static final FigureScope SCOPE = new FigureScope(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 11, 30),
			null);

	@Autowired
	private ReportSections sections;

	@Autowired
	private ReportFigures figures;

	@Autowired
	private MessageSource messages;

	private final AtomicInteger laidOut = new AtomicInteger();

	/** New figures for each test: the others' renderings are not this one's. */
	@BeforeEach
	void newFigures() {
		KeptUntilChange.written(Event.class);
	}

	@Test
	void theSameFiguresInTheSameLanguageAreRenderedOnce() {
		PageFigures figures = this.figures.of(SCOPE);
		KeptHtml first = render(figures, false, Locale.ENGLISH);
		assertThat(first).contains("Conventions in force by pillar")
			.contains("<svg")
			.contains("<td class=\"text-end\">");
		assertThat(render(figures, false, Locale.ENGLISH)).isSameAs(first);
		assertThat(this.laidOut).hasValue(1);
	}

	@Test
	void newFiguresAreRenderedAgain() {
		PageFigures figures = this.figures.of(SCOPE);
		KeptHtml first = render(figures, false, Locale.ENGLISH);
		KeptUntilChange.written(Event.class);
		PageFigures again = this.figures.of(SCOPE);
		assertThat(again).isNotSameAs(figures);
		KeptHtml second = render(again, false, Locale.ENGLISH);
		assertThat(second).isNotSameAs(first).hasToString(first.toString());
		assertThat(this.laidOut).hasValue(2);
	}

	@Test
	void eachLanguageAndEachReaderHasItsOwnRendering() {
		FigureScope institution = new FigureScope(SCOPE.from(), SCOPE.to(), 1L);
		PageFigures figures = this.figures.of(institution);
		KeptHtml english = render(figures, false, Locale.ENGLISH);
		KeptHtml french = render(figures, false, Locale.FRENCH);
		KeptHtml choosing = render(figures, true, Locale.ENGLISH);
		assertThat(english).contains("Conventions in force by pillar").doesNotContain("institution=1");
		assertThat(french).contains("Conventions en vigueur par pilier");
		assertThat(choosing).contains("Conventions in force by pillar").contains("institution=1");
		assertThat(this.laidOut).hasValue(3);
	}

	private KeptHtml render(PageFigures figures, boolean choosesInstitution, Locale locale) {
		Supplier<List<ReportTable>> tables = () -> {
			this.laidOut.incrementAndGet();
			return ReportTables.of(figures.conventions(), locale, this.messages);
		};
		return this.sections.of(figures, choosesInstitution, locale, tables, new MockHttpServletRequest(),
				new MockHttpServletResponse());
	}

}
