package org.passerelle.convention.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
import org.passerelle.convention.Conventions;
import org.passerelle.shared.PasserelleUser;

/**
 * The convention list as CSV (Apache Commons CSV), with the list's filters and in the
 * reader's language; a UTF-8 byte order mark lets spreadsheets read accents right.
 */
@Controller
class ConventionExportController {

	private final Conventions conventions;

	private final MessageSource messages;

	ConventionExportController(Conventions conventions, MessageSource messages) {
		this.conventions = conventions;
		this.messages = messages;
	}

	@GetMapping("/conventions/export.csv")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long pillar,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long partner,
			@RequestParam(required = false) Long institution, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean endingSoon, @AuthenticationPrincipal PasserelleUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		ConventionFilter filter = new ConventionFilter(StringUtils.hasText(q) ? q.strip() : null, pillar,
				ConventionController.status(status), partner, institution, year, endingSoon);
		List<ConventionRow> rows = this.conventions.export(filter, user);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("conventions-" + this.conventions.today() + ".csv")
					.build()
					.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader(msg("convention.reference", locale), msg("convention.edition", locale),
					msg("convention.title", locale), msg("convention.status", locale),
					msg("convention.confidentiality", locale), msg("convention.institutions", locale),
					msg("convention.partners", locale), msg("convention.pillars", locale),
					msg("convention.startsOn", locale), msg("convention.endsOn", locale),
					msg("convention.tacitRenewal", locale), msg("convention.watchOn", locale))
			.get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (ConventionRow row : rows) {
				printer.printRecord(safe(row.reference()), row.edition(), safe(row.title()),
						msg(row.status().messageKey(), locale), msg(row.confidentiality().messageKey(), locale),
						safe(String.join("; ", row.institutions())), safe(String.join("; ", row.partners())),
						safe(row.pillars().stream().map((p) -> p.name(locale)).collect(Collectors.joining("; "))),
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

	/** Keeps a spreadsheet from reading a cell as a formula. */
	static String safe(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
