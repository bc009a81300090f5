package org.passerelle.thirdplace.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import org.passerelle.ListenersDone;
import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.TransactionCounter;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.thirdplace.Amenity;
import org.passerelle.thirdplace.HostingKind;
import org.passerelle.thirdplace.HostingNeed;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SiteDetails;
import org.passerelle.thirdplace.SiteSetting;
import org.passerelle.thirdplace.SiteStatus;
import org.passerelle.thirdplace.Sites;
import org.passerelle.thirdplace.SpaceKind;
import org.passerelle.thirdplace.ThirdPlaceFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of sites and a site's page (with its occupancy calendar) run the same number
 * of SQL statements however many sites, spaces, amenities, hosted organisations and
 * bookings they show: the entity queries, and the free desks and the calendar's plain SQL
 * queries, one per figure whatever the data. Only the test's own thread is counted.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class SitePagesStatementCountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HostingService hosting;

	@Autowired
	private Sites sites;

	@Autowired
	private ThirdPlaceFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theListRunsAsManyStatementsForThreeSitesAsForTen() throws Exception {
		// a write first, as before the second count: the list is rendered again after
		// any change (SiteListing), not read from what an earlier test kept
		site(3);
		List<String> few = statementsFor(get("/sites"), staff());
		for (int i = 0; i < 7; i++) {
			site(3);
		}
		List<String> many = statementsFor(get("/sites"), staff());
		assertThat(many).hasSameSizeAs(few);
		assertThat(few.size())
			.as("sites, their spaces, their amenities, the institutions' names, the reader's components")
			.isLessThanOrEqualTo(6);
	}

	@Test
	void aSitePageRunsAsManyStatementsForOneHostedOrganisationAsForSix() throws Exception {
		Site small = site(1);
		Site large = site(6);
		for (Site site : new Site[] { small, large }) {
			long room = this.sites.site(site.getId()).spacesOf(SpaceKind.MEETING_ROOM).get(0).getId();
			for (int hour = 9; hour < ((site == small) ? 10 : 15); hour++) {
				this.hosting.book(site.getId(), room, this.sites.today().plusDays(1), hour, 1, null, staff());
			}
		}
		for (PasserelleUser reader : new PasserelleUser[] { staff(), liaison() }) {
			List<String> few = statementsFor(get("/sites/{id}", small.getId()), reader);
			List<String> many = statementsFor(get("/sites/{id}", large.getId()), reader);
			assertThat(many).as("as %s", reader.getEmail()).hasSameSizeAs(few);
		}
	}

	/**
	 * The requests' list is read in one transaction, for six more pending requests as
	 * without them, for staff and for a liaison: the requests, the sites, the
	 * organisations' names and the permission checks for each request and each site open
	 * none of their own.
	 */
	@Test
	void theRequestsListIsReadInOneTransactionWhateverTheRequests() throws Exception {
		Site site = site(0);
		assertThat(transactionsFor(get("/sites/requests"), staff())).isEqualTo(1);
		for (int i = 0; i < 6; i++) {
			LocalDate from = this.sites.today().plusDays(10 + i);
			this.hosting.submit(this.fixtures.organisation("Provepharm"), new HostingNeed(site.getId(),
					HostingKind.DESKS, 2, from, from.plusMonths(1), "A team", "Ann", "ann@example.org", null), staff());
		}
		assertThat(transactionsFor(get("/sites/requests"), staff())).isEqualTo(1);
		assertThat(transactionsFor(get("/sites/requests"), liaison())).isEqualTo(1);
	}

	/**
	 * An open site with spaces, all the amenities, and the given number of hosted teams.
	 */
	private Site site(int hosted) {
		long amu = this.fixtures.amu();
		Site site = this.hosting.createSite(
				new SiteDetails("Count " + UUID.randomUUID(), "Campus", "1 quai", "Marseille", SiteSetting.URBAN,
						"Un site", "A site", 800, null, null, SiteStatus.OPEN, EnumSet.allOf(Amenity.class)),
				amu);
		long desks = this.hosting.addSpace(site.getId(), SpaceKind.DESKS, "Open area", 50).getId();
		this.hosting.addSpace(site.getId(), SpaceKind.OFFICE, "Office", 4);
		this.hosting.addSpace(site.getId(), SpaceKind.MEETING_ROOM, "Room", 8);
		String[] companies = { "Provepharm", "CMA CGM", "Innate Pharma", "HalioDx", "Cosmed", "Eurobiomed" };
		for (int i = 0; i < hosted; i++) {
			long organisation = this.fixtures.organisation(companies[i]);
			LocalDate from = this.sites.today().plusDays(i);
			HostingRequest request = this.hosting.submit(organisation, new HostingNeed(site.getId(), HostingKind.DESKS,
					3, from, from.plusMonths(2), "A team", "Ann", "ann@example.org", null), staff());
			this.hosting.approve(request.getId(), 0, site.getId(), desks, staff());
		}
		return site;
	}

	private PasserelleUser staff() {
		return this.fixtures.staff();
	}

	private PasserelleUser liaison() {
		return this.fixtures.liaison();
	}

	/**
	 * The transactions of one page, asked after the listeners of earlier writes are done.
	 * With a CSRF token, as a browser's request has one: without it, the page would make
	 * a token and save the new session in a transaction of its own.
	 */
	private long transactionsFor(AbstractMockHttpServletRequestBuilder<?> request, PasserelleUser reader)
			throws Exception {
		ListenersDone.await(this.jdbc);
		return TransactionCounter.transactionsOf(this.transactionManager,
				() -> this.mvc.perform(request.with(user(reader)).with(csrf())).andExpect(status().isOk()));
	}

	/**
	 * The statements of one page, asked after the listeners of earlier writes are done.
	 */
	private List<String> statementsFor(AbstractMockHttpServletRequestBuilder<?> request, PasserelleUser reader)
			throws Exception {
		ListenersDone.await(this.jdbc);
		return this.counter.statementsOf(() -> this.mvc.perform(request.with(user(reader))).andExpect(status().isOk()));
	}

}
