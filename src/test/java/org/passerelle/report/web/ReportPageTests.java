package org.passerelle.report.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures page as staff and administrators read it, in both languages, and its CSV
 * files, which say what the page says.
 */
@PostgresTest
@AutoConfigureMockMvc
class ReportPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Organisations organisations;

	@Test
	void staffReadTheFiguresOfTheirOwnInstitutionWithChartsAndTables() throws Exception {
		long utc = this.organisations.findByName("Université de technologie de Compiègne").orElseThrow().getId();
		this.mvc.perform(as("staff@demo.passerelle", get("/reports").param("institution", String.valueOf(utc))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Conventions in force by pillar")))
			.andExpect(content().string(containsString("Aix-Marseille Université and its components")))
			.andExpect(content().string(not(containsString("Université de technologie de Compiègne"))))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("<th scope=\"row\"")))
			.andExpect(content().string(not(containsString("??"))))
			.andExpect(content().string(not(containsString("id=\"institution\""))));
		this.mvc.perform(get("/reports").with(user(this.users.loadUserByUsername("staff@demo.passerelle"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Conventions en vigueur par pilier")))
			.andExpect(content().string(containsString("Aix-Marseille Université et ses composantes")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void administratorsChooseAnInstitutionOrAll() throws Exception {
		long utc = this.organisations.findByName("Université de technologie de Compiègne").orElseThrow().getId();
		this.mvc.perform(as("admin@demo.passerelle", get("/reports")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("all institutions")))
			.andExpect(content().string(containsString("id=\"institution\"")));
		this.mvc.perform(as("admin@demo.passerelle", get("/reports").param("institution", String.valueOf(utc))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Université de technologie de Compiègne and its components")));
	}

	@Test
	void aPeriodGivenBackwardsIsTurnedAroundAndSaidSo() throws Exception {
		this.mvc
			.perform(as("staff@demo.passerelle", get("/reports").param("from", "2026-06-30").param("to", "2024-01-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From 01/01/2024 to 30/06/2026")))
			.andExpect(content().string(containsString("given backwards")));
	}

	@Test
	void eachCsvFileHoldsTheTableOfThePage() throws Exception {
		String page = this.mvc
			.perform(as("admin@demo.passerelle", get("/reports").param("from", "2020-01-01").param("to", "2026-11-30")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String section : List.of("pillars", "partner-sizes", "signed", "actions", "new-partners", "events-by-kind",
				"events-by-month", "occupancy")) {
			String csv = this.mvc
				.perform(as("admin@demo.passerelle",
						get("/reports/{section}.csv", section).param("from", "2020-01-01").param("to", "2026-11-30")))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(csv).startsWith("\uFEFF");
			List<CSVRecord> records = CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.get()
				.parse(new StringReader(csv.substring(1)))
				.getRecords();
			assertThat(records).as(section).hasSizeGreaterThan(1);
			for (CSVRecord record : records.subList(1, records.size())) {
				StringBuilder row = new StringBuilder("<th scope=\"row\" class=\"fw-normal\">")
					.append(Pattern.quote(HtmlUtils.htmlEscape(record.get(0))))
					.append("</th>");
				for (int i = 1; i < record.size(); i++) {
					row.append("\\s*<td class=\"text-end\">").append(Pattern.quote(record.get(i))).append("</td>");
				}
				assertThat(Pattern.compile(row.toString()).matcher(page).find())
					.as("%s row %s on the page", section, record)
					.isTrue();
			}
		}
		this.mvc.perform(as("admin@demo.passerelle", get("/reports/no-such-figure.csv")))
			.andExpect(status().isNotFound());
	}

	@Test
	void liaisonsAndVisitorsDoNotReadTheOfficesFigures() throws Exception {
		this.mvc.perform(as("liaison@demo.passerelle", get("/reports"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports")).andExpect(status().is3xxRedirection());
	}

	/** As this person, reading English unless the request asks otherwise. */
	private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(email))).header("Accept-Language", "en");
	}

}
