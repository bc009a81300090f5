package org.passerelle.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import org.passerelle.convention.ConventionFigures;
import org.passerelle.convention.ConventionFigures.FigureScope;
import org.passerelle.convention.ConventionFigures.Figures;
import org.passerelle.event.EventFigures;
import org.passerelle.event.EventFigures.KindCounts;
import org.passerelle.event.EventFigures.MonthCounts;
import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.LeastRecentlyUsed;
import org.passerelle.thirdplace.SiteFigures;
import org.passerelle.thirdplace.SiteFigures.MonthOccupancy;

/**
 * The figures of the reports page for a scope, kept until anything is written in the
 * portal by this instance, and for a minute at most (writes by another instance or by
 * plain SQL): the events' figures read every registration of the period, about half a
 * second on a large office, and the page is read far more often than the figures change.
 * The CSV files are counted anew each time.
 */
@Service
public class ReportFigures {

	/** How long figures are kept at most. */
	static final Duration MAX_AGE = Duration.ofMinutes(1);

	/** How many scopes (period and institution) are kept at once. */
	private static final int SCOPES = 64;

	private final ConventionFigures conventions;

	private final EventFigures events;

	private final SiteFigures sites;

	private final Map<FigureScope, KeptUntilChange<PageFigures>> kept = new LeastRecentlyUsed<>(SCOPES);

	ReportFigures(ConventionFigures conventions, EventFigures events, SiteFigures sites) {
		this.conventions = conventions;
		this.events = events;
		this.sites = sites;
	}

	/** Every figure of the page for the scope. */
	public PageFigures of(FigureScope scope) {
		KeptUntilChange<PageFigures> figures;
		synchronized (this.kept) {
			figures = this.kept.computeIfAbsent(scope,
					(key) -> new KeptUntilChange<>(MAX_AGE, () -> new PageFigures(this.conventions.figures(key),
							this.events.byKind(key), this.events.byMonth(key), this.sites.occupancyByMonth(key))));
		}
		return figures.get();
	}

	/**
	 * The figures of the reports page.
	 *
	 * @param conventions the conventions' figures
	 * @param eventsByKind the events' figures by kind
	 * @param eventsByMonth the events' figures by month
	 * @param occupancy the third places' occupancy by month
	 */
	public record PageFigures(Figures conventions, List<KindCounts> eventsByKind, List<MonthCounts> eventsByMonth,
			List<MonthOccupancy> occupancy) {

	}

}
