package org.passerelle.thirdplace;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo third places are loaded once: a site in the city centre by the port, a
 * suburban one, a planned one; hosted companies, one under a convention; a request
 * waiting for a decision.
 */
@PostgresTest
class ThirdPlaceDemoDataTests {

	@Autowired
	private Sites sites;

	@Autowired
	private HostingService hosting;

	@Autowired
	private ThirdPlaceFixtures fixtures;

	@Autowired
	private ThirdPlaceDemoData demo;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void loadsTheSitesAndTheHostingOfTheIssueOnce() {
		List<Site> all = this.sites.all()
			.stream()
			.filter((site) -> !site.getName().startsWith("Test site") && !site.getName().startsWith("Count")
					&& !site.getName().startsWith("Matrix") && !site.getName().startsWith("Pages"))
			.toList();
		assertThat(all).extracting(Site::getName, Site::getSetting, Site::getStatus)
			.contains(tuple("Quai de l'Innovation – Hangar J1", SiteSetting.URBAN, SiteStatus.OPEN),
					tuple("Tiers-lieu de Château-Gombert", SiteSetting.SUBURBAN, SiteStatus.OPEN),
					tuple("Tiers-lieu de Luminy", SiteSetting.SUBURBAN, SiteStatus.PLANNED));
		List<HostingRequest> requests = this.hosting.visibleTo(this.fixtures.admin());
		assertThat(requests)
			.anySatisfy((request) -> assertThat(request.getStatus()).isEqualTo(HostingStatus.SUBMITTED));
		assertThat(requests).filteredOn((request) -> request.getConventionId() != null)
			.anySatisfy((request) -> assertThat(request.getStatus()).isEqualTo(HostingStatus.ACTIVE));
		assertThat(requests.stream().filter((request) -> request.getStatus() == HostingStatus.ACTIVE).count())
			.isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from convention_history where kind = 'HOSTING_APPROVED'")
			.query(Long.class)
			.single()).isPositive();

		long sites = this.jdbc.sql("select count(*) from thirdplace_site").query(Long.class).single();
		this.demo.run(new DefaultApplicationArguments());
		assertThat(this.jdbc.sql("select count(*) from thirdplace_site").query(Long.class).single())
			.as("a restart loads nothing twice")
			.isEqualTo(sites);
	}

}
