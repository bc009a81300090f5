package org.passerelle.thirdplace.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.thirdplace.Amenity;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SiteDetails;
import org.passerelle.thirdplace.SiteSetting;
import org.passerelle.thirdplace.SiteStatus;
import org.passerelle.thirdplace.Sites;
import org.passerelle.thirdplace.SpaceKind;
import org.passerelle.thirdplace.ThirdPlaceFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of sites' filters and table, rendered once per filter and language and kept
 * ({@link SiteListing}) until a site, a space, an allocation or an organisation is
 * written: a second reader reads no site, and a change shows on the next view (a change
 * of a site's amenities alone included: it changes the site's version).
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class SiteListingTests {

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

	@Test
	void aSecondReaderOfTheSameFilterGetsTheSameTableWithoutReadingTheSites() throws Exception {
		Site site = site(EnumSet.of(Amenity.PARKING));
		List<String> pages = new ArrayList<>();

		List<String> first = this.counter.statementsOf(() -> pages.add(page("/sites", "fr")));
		List<String> second = this.counter.statementsOf(() -> pages.add(page("/sites", "fr")));

		assertThat(first).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from thirdplace_site"));
		assertThat(second).noneSatisfy((sql) -> assertThat(sql).containsIgnoringCase("from thirdplace_site"));
		assertThat(table(pages.get(1))).isEqualTo(table(pages.get(0))).contains(site.getName());
	}

	@Test
	void eachLanguageAndEachFilterHasItsOwnTable() throws Exception {
		Site parked = site(EnumSet.of(Amenity.PARKING));
		Site other = site(EnumSet.of(Amenity.LAB_ACCESS));
		page("/sites", "fr");

		String english = page("/sites", "en");
		String parking = page("/sites?amenity=PARKING", "en");

		assertThat(table(english)).contains("Parking", "Lab access", parked.getName(), other.getName());
		assertThat(table(page("/sites", "fr"))).contains("Accès aux laboratoires");
		assertThat(table(parking)).contains(parked.getName()).doesNotContain(other.getName());
		assertThat(parking).contains("<option value=\"PARKING\" selected=\"selected\">Parking</option>");
	}

	@Test
	void aChangeOfASitesAmenitiesAloneShowsOnTheNextView() throws Exception {
		Site site = site(EnumSet.of(Amenity.PARKING));
		assertThat(row(page("/sites", "en"), site)).contains("Parking").doesNotContain("Public transport");

		this.hosting.changeSite(site.getId(), this.sites.site(site.getId()).getVersion(),
				details(site.getName(), EnumSet.of(Amenity.PARKING, Amenity.PUBLIC_TRANSPORT)));

		assertThat(row(page("/sites", "en"), site)).contains("Parking", "Public transport");
	}

	@Test
	void aNewSpaceShowsInTheFreeDesksOnTheNextView() throws Exception {
		Site site = site(EnumSet.noneOf(Amenity.class));
		assertThat(row(page("/sites", "en"), site)).contains("10 / 10");

		this.hosting.addSpace(site.getId(), SpaceKind.DESKS, "Mezzanine", 6);

		assertThat(row(page("/sites", "en"), site)).contains("16 / 16");
	}

	private String page(String path, String language) throws Exception {
		return this.mvc.perform(get(path).param("lang", language).with(user(this.fixtures.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String table(String page) {
		return page.substring(page.indexOf("<table"), page.indexOf("</table>"));
	}

	private static String row(String page, Site site) {
		String row = page.substring(page.indexOf(site.getName()));
		return row.substring(0, row.indexOf("</tr>"));
	}

	private Site site(EnumSet<Amenity> amenities) {
		Site site = this.hosting.createSite(details("Listing " + UUID.randomUUID(), amenities), this.fixtures.amu());
		this.hosting.addSpace(site.getId(), SpaceKind.DESKS, "Open area", 10);
		return site;
	}

	private static SiteDetails details(String name, EnumSet<Amenity> amenities) {
		return new SiteDetails(name, "Campus", "1 quai", "Marseille", SiteSetting.URBAN, "Un site", "A site", 800, null,
				null, SiteStatus.OPEN, amenities);
	}

}
