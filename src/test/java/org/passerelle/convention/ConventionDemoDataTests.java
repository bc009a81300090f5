package org.passerelle.convention;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo conventions are loaded once, realistic, and reachable through the public
 * queries other modules use.
 */
@PostgresTest
class ConventionDemoDataTests {

	@Autowired
	private Conventions conventions;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private Organisations organisations;

	@Test
	void loadsTheAgreementsOfTheIssue() {
		List<ConventionRow> all = this.conventions
			.search(ConventionFilter.none(), PageRequest.of(0, 100), this.fixtures.admin())
			.getContent();
		ConventionRow smartPort = row(all, "SMARTPORT-2023");
		assertThat(smartPort.institutions()).containsExactly("Aix-Marseille Université");
		assertThat(smartPort.partners()).containsExactly("CMA CGM", "L'Occitane en Provence",
				"Métropole Aix-Marseille-Provence");
		assertThat(smartPort.status()).isEqualTo(ConventionStatus.ACTIVE);

		ConventionRow defence = row(all, "AMU-EMZD-2024");
		assertThat(defence.pillars()).extracting(Pillar::getNameEn)
			.containsExactly("Recruitment & professional integration", "Training", "Research & innovation",
					"Cybersecurity");

		ConventionRow incubator = row(all, "IMTMA-ENSCM-INC");
		// in French order: "École" before "IMT"
		assertThat(incubator.institutions()).containsExactly("École nationale supérieure de chimie de Montpellier",
				"IMT Mines Alès");
		assertThat(incubator.openEnded()).isTrue();

		assertThat(row(all, "UTC-OCCITANE-2019").status()).isEqualTo(ConventionStatus.EXPIRED);
		assertThat(this.conventions.endingSoon(this.fixtures.admin())).extracting(ConventionRow::reference)
			.contains("AMU-PROVEPHARM-2021", "POLYTECH-CMACGM-2022");
	}

	@Test
	void anOrganisationsPageListsItsConventionsWithStatusAndPillars() {
		long cmaCgm = this.organisations.findByName("CMA CGM").orElseThrow().getId();
		List<ConventionSummary> forLiaison = this.conventions.forOrganisation(cmaCgm, this.fixtures.liaison());
		assertThat(forLiaison).extracting(ConventionSummary::title)
			.contains("SmartPort – port intelligent et durable de Marseille-Fos");
		ConventionSummary smartPort = forLiaison.stream()
			.filter((summary) -> summary.title().startsWith("SmartPort"))
			.findFirst()
			.orElseThrow();
		assertThat(smartPort.status()).isEqualTo(ConventionStatus.ACTIVE);
		assertThat(smartPort.pillarNamesEn()).containsExactly("Training", "Research & innovation", "Entrepreneurship");

		long provepharm = this.organisations.findByName("Provepharm").orElseThrow().getId();
		assertThat(this.conventions.forOrganisation(provepharm, this.fixtures.liaison()))
			.extracting(ConventionSummary::title)
			.contains("Accord de recherche Provepharm – AMU sur les colorants");
		assertThat(this.conventions.forOrganisation(provepharm)).extracting(ConventionSummary::title)
			.doesNotContain("Accord de recherche Provepharm – AMU sur les colorants");
	}

	private static ConventionRow row(List<ConventionRow> rows, String reference) {
		return rows.stream().filter((row) -> row.reference().equals(reference)).findFirst().orElseThrow();
	}

}
