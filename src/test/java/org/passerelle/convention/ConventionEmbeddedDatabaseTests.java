package org.passerelle.convention;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The conventions' queries and pages also work on the embedded H2 database of
 * {@code ./mvnw spring-boot:run} (PostgreSQL mode), demo data included.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:conventions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ConventionEmbeddedDatabaseTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private Conventions conventions;

	@Autowired
	private Organisations organisations;

	@Autowired
	private RenewalWatch watch;

	@Test
	void listsFiltersShowsAndExportsTheDemoConventions() throws Exception {
		long smartPort = this.conventions
			.search(new ConventionFilter("smartport", this.fixtures.pillar("Training"), ConventionStatus.ACTIVE,
					this.fixtures.organisation("CMA CGM"), this.fixtures.amu(), LocalDate.now().getYear(), false),
					PageRequest.of(0, 20), this.fixtures.staff())
			.getContent()
			.get(0)
			.id();
		this.mvc.perform(get("/conventions").param("endingSoon", "true").with(user(this.fixtures.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("AMU-PROVEPHARM-2021")));
		this.mvc.perform(get("/conventions/{id}", smartPort).with(user(this.fixtures.liaison())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SmartPort")));
		this.mvc.perform(get("/conventions/export.csv").with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SMARTPORT-2023")));
		long cmaCgm = this.organisations.findByName("CMA CGM").orElseThrow().getId();
		assertThat(this.conventions.forOrganisation(cmaCgm, this.fixtures.staff())).isNotEmpty();
		assertThat(this.watch.run()).isGreaterThanOrEqualTo(1);
		assertThat(this.watch.run()).isZero();
		assertThat(List
			.of(this.fixtures.active("On H2", Confidentiality.INTERNAL, LocalDate.now().plusYears(1), 2, "Provepharm")))
			.extracting(Convention::getWatchOn)
			.containsExactly(LocalDate.now().plusYears(1).minusMonths(2));
	}

}
