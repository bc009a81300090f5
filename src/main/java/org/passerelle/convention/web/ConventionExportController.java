package org.passerelle.convention.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.passerelle.convention.ConventionFilter;
import org.passerelle.convention.ConventionRow;
import org.passerelle.organisation.OrganisationSearch.Group;
import org.passerelle.organisation.Organisations;
import org.passerelle.convention.Conventions;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.SpreadsheetCsv;

/**
 * The convention list as CSV, with the list's filters and in the reader's language,
 * written by the portal's {@link SpreadsheetCsv} (byte order mark, formula-safe cells).
 */
@Controller
class ConventionExportController {

	private final Conventions conventions;

	private final MessageSource messages;

	private final Organisations organisations;

	ConventionExportController(Conventions conventions, MessageSource messages, Organisations organisations) {
		this.conventions = conventions;
		this.messages = messages;
		this.organisations = organisations;
	}

	@GetMapping("/conventions/export.csv")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long pillar,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long partner,
			@RequestParam(required = false) String partnerName, @RequestParam(required = false) Long institution,
			@RequestParam(required = false) String institutionName, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean endingSoon, @AuthenticationPrincipal PasserelleUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		ConventionFilter filter = new ConventionFilter(StringUtils.hasText(q) ? q.strip() : null, pillar,
				ConventionController.status(status),
				PartyFilter.of(partner, partnerName, Group.PARTNERS, this.organisations).organisations(),
				PartyFilter.of(institution, institutionName, Group.INSTITUTIONS, this.organisations).organisations(),
				year, endingSoon);
		List<ConventionRow> rows = this.conventions.export(filter, user);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("conventions-" + this.conventions.today() + ".csv")
					.build()
					.toString());
		try (SpreadsheetCsv csv = SpreadsheetCsv.commas(response.getOutputStream())) {
			csv.row(msg("convention.reference", locale), msg("convention.edition", locale),
					msg("convention.title", locale), msg("convention.status", locale),
					msg("convention.confidentiality", locale), msg("convention.institutions", locale),
					msg("convention.partners", locale), msg("convention.pillars", locale),
					msg("convention.startsOn", locale), msg("convention.endsOn", locale),
					msg("convention.tacitRenewal", locale), msg("convention.watchOn", locale));
			for (ConventionRow row : rows) {
				csv.row(row.reference(), row.edition(), row.title(), msg(row.status().messageKey(), locale),
						msg(row.confidentiality().messageKey(), locale), String.join("; ", row.institutions()),
						String.join("; ", row.partners()),
						row.pillars().stream().map((p) -> p.name(locale)).collect(Collectors.joining("; ")),
						date(row.startsOn()),
						row.openEnded() ? msg("convention.openEnded", locale) : date(row.endsOn()),
						msg(row.tacitRenewal() ? "form.yes" : "form.no", locale), date(row.watchOn()));
			}
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	/**
	 * Keeps a spreadsheet from reading a cell as a formula (as every cell of the export).
	 */
	static String safe(String value) {
		return SpreadsheetCsv.safe(value);
	}

}
