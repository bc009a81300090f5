package org.passerelle.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.PostgresTest;
import org.passerelle.convention.ConventionFigures.FigureScope;
import org.passerelle.event.Event;
import org.passerelle.report.ReportFigures.PageFigures;
import org.passerelle.shared.KeptUntilChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page's figures are kept per scope until something is written.
 */
@PostgresTest
class ReportFiguresTests {

	@Autowired
	private ReportFigures figures;

	@Test
	void figuresAreKeptPerScopeUntilAnEntityIsWritten() {
		FigureScope all = new FigureScope(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), null);
		FigureScope lastYear = new FigureScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null);
		PageFigures first = this.figures.of(all);
		assertThat(this.figures.of(all)).isSameAs(first);
		assertThat(this.figures.of(lastYear)).isNotSameAs(first);
		KeptUntilChange.written(Event.class);
		PageFigures again = this.figures.of(all);
		assertThat(again).isNotSameAs(first).isEqualTo(first);
		assertThat(this.figures.of(all)).isSameAs(again);
	}

}
