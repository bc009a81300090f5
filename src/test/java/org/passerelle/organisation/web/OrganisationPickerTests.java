package org.passerelle.organisation.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form that picks an organisation shows what is chosen and what a search found,
 * never a {@code <select>} or a list of boxes of the whole directory: the event editor's
 * organisers and partners, the administrators' user form.
 */
@PostgresTest
@AutoConfigureMockMvc
class OrganisationPickerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theEventEditorPicksOrganisersAndPartnersBySearch() throws Exception {
		long forum = this.jdbc.queryForObject("select id from event where title_fr = 'Forum Entreprises AMU'",
				Long.class);
		String page = page(as("staff@demo.passerelle", get("/events/{id}/edit/organisers", forum)));
		assertThat(page).doesNotContain("<select class=\"form-select\" id=\"organiserIds\"")
			.doesNotContain("id=\"partnerIds\" multiple")
			.doesNotContain("CMA CGM")
			.contains("name=\"partnerIdsQuery\"");
		assertThat(boxes(page, "partnerIds")).isZero();
		assertThat(boxes(page, "organiserIds")).as("the organising institution, chosen").isEqualTo(1);

		long amu = this.organisations.findByName("Aix-Marseille Université").orElseThrow().getId();
		String found = page(
				as("staff@demo.passerelle", post("/events/{id}/edit/organisers", forum)).param("find", "partnerIds")
					.param("partnerIdsQuery", "cma cgm")
					.param("organiserIds", String.valueOf(amu)));
		assertThat(found).contains("CMA CGM");
		assertThat(boxes(found, "partnerIds")).isBetween(1, 20);
		assertThat(boxes(found, "organiserIds")).as("what was ticked stays").isEqualTo(1);

		// a new event's organisers, for an administrator (who belongs to no institution)
		String fresh = page(as("admin@demo.passerelle", post("/events/new")).param("find", "organiserIds")
			.param("organiserIdsQuery", "aix-marseille")
			.param("titleFr", "Forum"));
		assertThat(fresh).contains("Aix-Marseille Université").contains("value=\"Forum\"");
		assertThat(boxes(fresh, "organiserIds")).isBetween(1, 20);
	}

	@Test
	void theUserFormPicksTheOrganisationBySearch() throws Exception {
		String page = page(as("admin@demo.passerelle", get("/admin/users/new")));
		assertThat(page).doesNotContain("<select class=\"form-select\" id=\"organisationId\"")
			.doesNotContain("<optgroup")
			.doesNotContain("CMA CGM");
		assertThat(boxes(page, "organisationId")).as("only \"none\"").isEqualTo(1);
		String found = page(as("admin@demo.passerelle", post("/admin/users/new")).param("find", "organisationId")
			.param("organisationIdQuery", "provepharm")
			.param("email", "typed@example.org"));
		assertThat(found).contains("Provepharm").contains("value=\"typed@example.org\"");
		assertThat(boxes(found, "organisationId")).isBetween(2, 21);
	}

	/**
	 * How many choices of the field the page offers (options, boxes or radio buttons).
	 */
	private static int boxes(String page, String field) {
		Matcher matcher = Pattern.compile("type=\"(?:checkbox|radio)\"[^>]*name=\"" + field + "\"").matcher(page);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		Matcher options = Pattern.compile("<select[^>]*name=\"" + field + "\"").matcher(page);
		assertThat(options.find()).as("a select for " + field).isFalse();
		return count;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		String page = this.mvc.perform(request.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("class=\"mb-3 organisation-picker\"");
		return page;
	}

	private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(email))).with(csrf());
	}

}
