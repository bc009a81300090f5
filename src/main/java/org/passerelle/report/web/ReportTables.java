package org.passerelle.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import org.passerelle.event.EventFigures.Counts;
import org.passerelle.event.EventFigures.KindCounts;
import org.passerelle.event.EventFigures.MonthCounts;
import org.passerelle.thirdplace.SiteFigures.MonthOccupancy;

import org.passerelle.convention.ConventionFigures.Figures;
import org.passerelle.convention.ConventionFigures.PartnerPillars;
import org.passerelle.convention.ConventionFigures.PillarActions;
import org.passerelle.convention.ConventionFigures.PillarCount;
import org.passerelle.convention.ConventionFigures.SizeCount;
import org.passerelle.convention.ConventionFigures.YearCount;
import org.passerelle.report.web.BarChart.Bar;

/**
 * The office's figures laid out as tables and charts, in the reader's language: the page
 * and the CSV files are both made from these, so they always agree.
 */
final class ReportTables {

	private final Locale locale;

	private final MessageSource messages;

	ReportTables(Locale locale, MessageSource messages) {
		this.locale = locale;
		this.messages = messages;
	}

	static List<ReportTable> of(Figures figures, Locale locale, MessageSource messages) {
		ReportTables tables = new ReportTables(locale, messages);
		return List.of(tables.byPillar(figures.byPillar()), tables.byPartnerSize(figures.byPartnerSize()),
				tables.signed(figures.signedPerYear()), tables.actions(figures.actions()),
				tables.newPartners(figures.newPartnersPerYear()),
				tables.severalPillars(figures.partnersInSeveralPillars()));
	}

	ReportTable signed(List<YearCount> counts) {
		return perYear("signed", counts, "report.column.conventions");
	}

	ReportTable newPartners(List<YearCount> counts) {
		return perYear("new-partners", counts, "report.column.partners");
	}

	/**
	 * Events by kind: events, sessions, places, registrations and the fill rate, people
	 * waiting, attendance and companies met; the chart shows the registrations.
	 */
	ReportTable eventsByKind(List<KindCounts> kinds) {
		Map<String, Counts> counts = new LinkedHashMap<>();
		kinds.forEach((kind) -> counts.put(message(kind.kind().messageKey()), kind.counts()));
		return events("events-by-kind", "report.eventsByKind", "report.column.kind", counts);
	}

	/** Events by month, the same columns and chart. */
	ReportTable eventsByMonth(List<MonthCounts> months) {
		Map<String, Counts> counts = new LinkedHashMap<>();
		months.forEach((month) -> counts.put(month(month.month()), month.counts()));
		return events("events-by-month", "report.eventsByMonth", "report.column.month", counts);
	}

	private ReportTable events(String id, String key, String firstHeader, Map<String, Counts> counts) {
		List<List<Object>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		counts.forEach((label, count) -> {
			rows.add(List.of(label, count.events(), count.sessions(), count.places(), count.registrations(),
					count.fillRate(), count.waitlisted(), count.present(), count.attendanceRate(), count.companies()));
			bars.add(new Bar(label, count.registrations()));
		});
		return new ReportTable(id, key + ".title", key + ".intro",
				headers(firstHeader, "report.column.events", "report.column.sessions", "report.column.places",
						"report.column.registrations", "report.column.fillRate", "report.column.waitlisted",
						"report.column.present", "report.column.attendanceRate", "report.column.companies"),
				rows, BarChart.of(bars));
	}

	/** Third places' occupancy by month; the chart shows the rate. */
	ReportTable occupancy(List<MonthOccupancy> months) {
		List<List<Object>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (MonthOccupancy month : months) {
			String label = month(month.month());
			rows.add(List.of(label, month.offered(), month.held(), month.rate()));
			bars.add(new Bar(label, month.rate(), "#1f6e43"));
		}
		return new ReportTable(
				"occupancy", "report.occupancy.title", "report.occupancy.intro", headers("report.column.month",
						"report.column.seatDaysOffered", "report.column.seatDaysHeld", "report.column.occupancyRate"),
				rows, BarChart.ofPercentages(bars, this.locale));
	}

	private String month(java.time.LocalDate first) {
		return java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", this.locale).format(first);
	}

	ReportTable byPillar(List<PillarCount> counts) {
		List<List<Object>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (PillarCount count : counts) {
			rows.add(List.of(count.name(this.locale), count.count()));
			bars.add(new Bar(count.name(this.locale), count.count(), count.colour().hex()));
		}
		return new ReportTable("pillars", "report.pillars.title", "report.pillars.intro",
				headers("report.column.pillar", "report.column.conventions"), rows, BarChart.of(bars));
	}

	ReportTable byPartnerSize(List<SizeCount> counts) {
		List<List<Object>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (SizeCount count : counts) {
			String label = message(count.size().messageKey());
			rows.add(List.of(label, count.count()));
			bars.add(new Bar(label, count.count()));
		}
		return new ReportTable("partner-sizes", "report.sizes.title", "report.sizes.intro",
				headers("report.column.partnerSize", "report.column.conventions"), rows, BarChart.of(bars));
	}

	private ReportTable perYear(String id, List<YearCount> counts, String countHeader) {
		List<List<Object>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (YearCount count : counts) {
			rows.add(List.of(String.valueOf(count.year()), count.count()));
			bars.add(new Bar(String.valueOf(count.year()), count.count()));
		}
		String key = "report." + id.replace("-p", "P");
		return new ReportTable(id, key + ".title", key + ".intro", headers("report.column.year", countHeader), rows,
				BarChart.of(bars));
	}

	ReportTable actions(List<PillarActions> actions) {
		List<List<Object>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (PillarActions pillar : actions) {
			String name = pillar.pillar().name(this.locale);
			rows.add(List.of(name, pillar.planned(), pillar.inProgress(), pillar.done(), pillar.cancelled(),
					pillar.overdue()));
			bars.add(new Bar(name, pillar.overdue(), "#a0341f"));
		}
		return new ReportTable("actions", "report.actions.title", "report.actions.intro",
				headers("report.column.pillar", "action.status.planned", "action.status.in_progress",
						"action.status.done", "action.status.cancelled", "report.column.overdue"),
				rows, BarChart.of(bars));
	}

	ReportTable severalPillars(List<PartnerPillars> partners) {
		List<List<Object>> rows = new ArrayList<>();
		for (PartnerPillars partner : partners) {
			rows.add(List.of(partner.name(), partner.pillars(), partner.conventions()));
		}
		return new ReportTable("several-pillars", "report.severalPillars.title", "report.severalPillars.intro",
				headers("report.column.partner", "report.column.pillars", "report.column.conventions"), rows, null);
	}

	private List<String> headers(String... keys) {
		return java.util.Arrays.stream(keys).map(this::message).toList();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

}
