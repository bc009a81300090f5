package org.passerelle.convention.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import org.passerelle.ListenersDone;
import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.convention.ActionDetails;
import org.passerelle.convention.ActionStatus;
import org.passerelle.convention.Axis;
import org.passerelle.convention.AxisDetails;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionDates;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.ConventionService;
import org.passerelle.convention.Signatory;
import org.passerelle.shared.KeptUntilChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list and detail pages run the same number of SQL statements however many
 * conventions, parties, pillars, axes, actions and comments they show (counted on the
 * test's own thread, whoever sends them).
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class StatementCountTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private ConventionService service;

	@Autowired
	private StatementCounter counter;

	@Test
	void theListRunsAsManyStatementsForTwoConventionsAsForTen() throws Exception {
		String tag = ConventionFixtures.uniqueReference("COUNT");
		for (int i = 0; i < 2; i++) {
			this.fixtures.active(tag + " small " + i, Confidentiality.PUBLIC, LocalDate.now().plusYears(1), null,
					"CMA CGM");
		}
		long few = statementsFor(get("/conventions").param("q", tag));
		long fewExported = statementsFor(get("/conventions/export.csv").param("q", tag));
		for (int i = 0; i < 8; i++) {
			Convention convention = this.fixtures.active(tag + " large " + i, Confidentiality.INTERNAL,
					LocalDate.now().plusYears(2), null, "CMA CGM", "L'Occitane en Provence",
					"Métropole Aix-Marseille-Provence");
			this.fixtures.withPillars(convention.getId(), "Training", "Research & innovation", "Cybersecurity",
					"International");
		}
		long many = statementsFor(get("/conventions").param("q", tag));
		assertThat(many).isEqualTo(few);
		assertThat(few)
			.as("page, count, parties, pillars, organisations, the filters' choices (institutions and partners of conventions in two each)"
					+ " and the components of the reader's institution (once)")
			.isLessThanOrEqualTo(10);
		assertThat(statementsFor(get("/conventions/export.csv").param("q", tag))).isEqualTo(fewExported);
		for (String email : List.of("admin@demo.passerelle", "liaison@demo.passerelle")) {
			assertThat(statementsFor(get("/conventions").param("q", tag), this.fixtures.user(email)))
				.isLessThanOrEqualTo(few);
		}
	}

	@Test
	void theDetailPageRunsAsManyStatementsForASmallConventionAsForALargeOne() throws Exception {
		Convention small = this.fixtures.draft("Small for counting", Confidentiality.INTERNAL, "CMA CGM");
		fill(small.getId(), 1, 1, 1, "Training");
		long few = statementsFor(get("/conventions/{id}", small.getId()));

		Convention large = this.fixtures.draft("Large for counting", Confidentiality.INTERNAL, "CMA CGM",
				"L'Occitane en Provence", "Provepharm");
		fill(large.getId(), 3, 4, 3, "Training", "Research & innovation", "Cybersecurity");
		long many = statementsFor(get("/conventions/{id}", large.getId()));

		assertThat(many).isEqualTo(few);
	}

	/**
	 * Adds axes to each pillar, actions to each axis, comments to each action, a document
	 * and signatories.
	 */
	private void fill(long id, int axesPerPillar, int actionsPerAxis, int commentsPerAction, String... pillars)
			throws Exception {
		this.fixtures.withPillars(id, pillars);
		for (String pillar : pillars) {
			for (int i = 1; i < axesPerPillar; i++) {
				this.service.addAxis(id, this.fixtures.pillar(pillar),
						new AxisDetails("More on " + pillar + " " + i, null), this.fixtures.admin());
			}
		}
		for (Axis axis : this.service.forEditing(id, this.fixtures.admin()).getAxes()) {
			for (int i = 0; i < actionsPerAxis; i++) {
				long action = this.service
					.addAction(id, axis.getId(),
							new ActionDetails("Action " + i, "Owner", LocalDate.now(), ActionStatus.IN_PROGRESS,
									"Notes"),
							this.fixtures.admin())
					.getId();
				for (int c = 0; c < commentsPerAction; c++) {
					this.service.comment(id, action, "Comment " + c, this.fixtures.staff());
				}
			}
		}
		this.service.changeDates(id, this.fixtures.version(id),
				new ConventionDates(LocalDate.now(), LocalDate.now(), LocalDate.now().plusYears(3), false, false, null),
				List.of(new Signatory("Signatory", "President", this.fixtures.amu(), LocalDate.now()),
						new Signatory("Other", "CEO", this.fixtures.organisation("CMA CGM"), LocalDate.now())),
				this.fixtures.admin());
		this.mvc
			.perform(ConventionPagesTests.as(this.fixtures.staff(),
					multipart("/conventions/{id}/documents", id)
						.file(new MockMultipartFile("file", "annex.pdf", "application/pdf", DocumentTests.PDF))))
			.andExpect(status().isFound());
	}

	private long statementsFor(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return statementsFor(request, this.fixtures.staff());
	}

	private long statementsFor(AbstractMockHttpServletRequestBuilder<?> request,
			org.passerelle.shared.PasserelleUser user) throws Exception {
		// asked twice: the second time with its reference data (pillars, institutions)
		// kept, after a convention is written: what is kept until anything is written
		// (the list's page, count and rendering) is read again
		List<String> statements = List.of();
		for (int i = 0; i < 2; i++) {
			if (i == 1) {
				KeptUntilChange.written(Convention.class);
			}
			ListenersDone.await(this.jdbc);
			statements = this.counter.statementsOf(() -> this.mvc.perform(request
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(user)))
				.andExpect(status().isOk()));
		}
		return statements.size();
	}

}
