package org.passerelle.report.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.passerelle.convention.ConventionFigures;
import org.passerelle.convention.ConventionFigures.FigureScope;
import org.passerelle.convention.Conventions;
import org.passerelle.event.EventFigures;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.report.ReportFigures;
import org.passerelle.report.ReportFigures.PageFigures;
import org.passerelle.report.ReportPermissions;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.SpreadsheetCsv;
import org.passerelle.thirdplace.SiteFigures;

/**
 * The office's figures ({@code /reports}) for a period and an institution: each with a
 * chart drawn by the server, the numbers in a table beside it, and the table as a CSV
 * file.
 */
@Controller
class ReportController {

	/** Years shown by default: this one and the four before. */
	private static final int DEFAULT_YEARS = 5;

	private final ConventionFigures figures;

	private final EventFigures eventFigures;

	private final SiteFigures siteFigures;

	private final Conventions conventions;

	private final Organisations organisations;

	private final ReportPermissions permissions;

	private final MessageSource messages;

	private final ReportFigures pageFigures;

	private final ReportSections sections;

	ReportController(ConventionFigures figures, EventFigures eventFigures, SiteFigures siteFigures,
			Conventions conventions, Organisations organisations, ReportPermissions permissions, MessageSource messages,
			ReportFigures pageFigures, ReportSections sections) {
		this.pageFigures = pageFigures;
		this.sections = sections;
		this.figures = figures;
		this.eventFigures = eventFigures;
		this.siteFigures = siteFigures;
		this.conventions = conventions;
		this.organisations = organisations;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/reports")
	String reports(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long institution, @AuthenticationPrincipal PasserelleUser user,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		FigureScope scope = scope(from, to, institution, user);
		PageFigures kept = this.pageFigures.of(scope);
		model.addAttribute("figures", kept.conventions());
		boolean choosesInstitution = this.permissions.choosesInstitution(user);
		model.addAttribute("sections",
				this.sections.of(kept, choosesInstitution, locale, () -> tables(kept, locale), request, response));
		model.addAttribute("periodTurnedAround", from != null && to != null && to.isBefore(from));
		model.addAttribute("choosesInstitution", choosesInstitution);
		model.addAttribute("institutions", choosesInstitution ? this.organisations.institutions() : List.of());
		model.addAttribute("institution", (scope.institutionId() != null)
				? this.organisations.findToShow(scope.institutionId()).map(Organisation::getName).orElse(null) : null);
		model.addAttribute("today", this.conventions.today());
		return "reports/index";
	}

	/** The page's figures laid out as tables and charts, in the page's order. */
	private List<ReportTable> tables(PageFigures kept, Locale locale) {
		List<ReportTable> tables = new ArrayList<>(ReportTables.of(kept.conventions(), locale, this.messages));
		ReportTables layout = new ReportTables(locale, this.messages);
		tables.add(layout.eventsByKind(kept.eventsByKind()));
		tables.add(layout.eventsByMonth(kept.eventsByMonth()));
		tables.add(layout.occupancy(kept.occupancy()));
		return tables;
	}

	@GetMapping("/reports/{section}.csv")
	void csv(@PathVariable String section,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long institution, @AuthenticationPrincipal PasserelleUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		FigureScope scope = scope(from, to, institution, user);
		Supplier<ReportTable> figure = figures(scope, new ReportTables(locale, this.messages)).get(section);
		if (figure == null) {
			throw new NotFoundException("Report", section);
		}
		ReportTable table = figure.get();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment()
					.filename("passerelle-" + section + "-" + scope.from() + "-" + scope.to() + ".csv")
					.build()
					.toString());
		try (SpreadsheetCsv csv = SpreadsheetCsv.semicolons(response.getOutputStream())) {
			csv.row(new ArrayList<Object>(table.headers()));
			for (List<Object> row : table.rows()) {
				csv.row(row);
			}
		}
	}

	/**
	 * Each figure by its name in its CSV address, made by its own query alone when asked
	 * for.
	 */
	private Map<String, Supplier<ReportTable>> figures(FigureScope scope, ReportTables tables) {
		return Map.of("pillars", () -> tables.byPillar(this.figures.byPillar(scope)), "partner-sizes",
				() -> tables.byPartnerSize(this.figures.byPartnerSize(scope)), "signed",
				() -> tables.signed(this.figures.signedPerYear(scope)), "actions",
				() -> tables.actions(this.figures.actions(scope)), "new-partners",
				() -> tables.newPartners(this.figures.newPartnersPerYear(scope)), "several-pillars",
				() -> tables.severalPillars(this.figures.partnersInSeveralPillars(scope)), "events-by-kind",
				() -> tables.eventsByKind(this.eventFigures.byKind(scope)), "events-by-month",
				() -> tables.eventsByMonth(this.eventFigures.byMonth(scope)), "occupancy",
				() -> tables.occupancy(this.siteFigures.occupancyByMonth(scope)));
	}

	/**
	 * The period asked for (this year and the four before by default; a period given
	 * backwards is turned around) and the institution this person may see.
	 */
	private FigureScope scope(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long institution,
			PasserelleUser user) {
		Long covered = this.permissions.institutionFor(user, institution);
		LocalDate today = this.conventions.today();
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusYears(DEFAULT_YEARS - 1).withDayOfYear(1);
		return end.isBefore(start) ? new FigureScope(end, start, covered) : new FigureScope(start, end, covered);
	}

}
