package org.passerelle.thirdplace.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.convention.Conventions;
import org.passerelle.convention.HistoryKind;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.thirdplace.HostingKind;
import org.passerelle.thirdplace.HostingNeed;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.HostingStatus;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.Sites;
import org.passerelle.thirdplace.ThirdPlaceFixtures;
import org.passerelle.thirdplace.SpaceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What people see when a rule stops them (in their language, with what they typed kept,
 * never a server error), and where an approval shows: the convention's history and the
 * organisation's page.
 */
@PostgresTest
@AutoConfigureMockMvc
class SitePagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HostingService hosting;

	@Autowired
	private Sites sites;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Conventions conventions;

	@Autowired
	private ThirdPlaceFixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theListCountsEachSitesDesksAcrossItsDeskAreas() throws Exception {
		Site site = site(37);
		this.hosting.addSpace(site.getId(), SpaceKind.DESKS, "Mezzanine", 6);
		String page = this.mvc.perform(get("/sites").with(user(staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = page.substring(page.indexOf(site.getName()));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).as("free desks / desks of the two areas, offices and rooms left out").contains("43 / 43");
	}

	@Test
	void aRoomBookedTwiceIsRefusedWithAMessageInTheReadersLanguageAndTheFormKept() throws Exception {
		Site site = site(4);
		long room = this.sites.site(site.getId()).spacesOf(SpaceKind.MEETING_ROOM).get(0).getId();
		String day = this.sites.today().plusDays(2).toString();
		this.mvc
			.perform(post("/sites/{id}/bookings", site.getId()).param("roomId", String.valueOf(room))
				.param("day", day)
				.param("fromHour", "9")
				.param("hours", "2")
				.with(user(staff()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "booking.done"));
		this.mvc
			.perform(post("/sites/{id}/bookings", site.getId()).param("roomId", String.valueOf(room))
				.param("day", day)
				.param("fromHour", "10")
				.param("hours", "1")
				.param("lang", "en")
				.with(user(staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That room is already booked for some of those hours.")))
			.andExpect(content().string(containsString("value=\"" + day + "\"")));
		this.mvc
			.perform(post("/sites/{id}/bookings", site.getId()).param("roomId", String.valueOf(room))
				.param("day", day)
				.param("fromHour", "10")
				.param("hours", "1")
				.param("lang", "fr")
				.with(user(staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cette salle est déjà réservée sur une partie de ces heures.")));
	}

	@Test
	void approvingWhenTheAreaIsFullTellsStaffAndChangesNothing() throws Exception {
		Site site = site(4);
		long area = this.sites.site(site.getId()).spacesOf(SpaceKind.DESKS).get(0).getId();
		LocalDate from = this.sites.today().plusDays(3);
		HostingRequest first = submit(site, 3, from, null);
		HostingRequest second = submit(site, 2, from.plusDays(5), from.plusDays(5));
		this.hosting.approve(first.getId(), 0, site.getId(), area, staff());
		this.mvc
			.perform(post("/sites/requests/{id}/approve", second.getId()).param("version", "0")
				.param("space", site.getId() + ":" + area)
				.with(user(staff()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("error", "hosting.approve.full"));
		assertThat(this.hosting.request(second.getId(), staff()).getStatus()).isEqualTo(HostingStatus.SUBMITTED);
	}

	@Test
	void aRequestWithItsLastDayBeforeItsFirstIsShownAgainWithTheMessage() throws Exception {
		LocalDate from = this.sites.today().plusDays(10);
		this.mvc
			.perform(post("/sites/requests/new").param("kind", "OFFICE")
				.param("people", "3")
				.param("startsOn", from.toString())
				.param("endsOn", from.minusDays(1).toString())
				.param("purpose", "Équipe projet européen")
				.param("contactName", "Lucas Bernard")
				.param("contactEmail", "liaison@demo.passerelle")
				.param("lang", "fr")
				.with(user(liaison()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le dernier jour ne peut pas précéder le premier.")))
			.andExpect(content().string(containsString("quipe projet europ")));
		this.mvc
			.perform(post("/sites/requests/{id}/decline", submit(site(4), 1, from, null).getId()).param("version", "0")
				.param("reason", " ")
				.param("lang", "en")
				.with(user(staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This field is required.")));
	}

	@Test
	void anApprovalUnderAConventionIsInItsHistoryAndTheOrganisationPageShowsTheHosting() throws Exception {
		long convention = this.jdbc.sql("select id from convention where reference = 'AMU-PROVEPHARM-2021'")
			.query(Long.class)
			.single();
		Site site = site(10);
		long area = this.sites.site(site.getId()).spacesOf(SpaceKind.DESKS).get(0).getId();
		HostingRequest request = this.hosting.submit(provepharm(), new HostingNeed(site.getId(), HostingKind.DESKS, 2,
				this.sites.today(), null, "R&D team", "Lucas", "liaison@demo.passerelle", convention), liaison());
		this.hosting.approve(request.getId(), 0, site.getId(), area, staff());
		assertThat(this.conventions.sheet(convention, staff()).history())
			.anySatisfy((entry) -> assertThat(entry.getKind() == HistoryKind.HOSTING_APPROVED
					&& entry.getDetail().contains(site.getName()) && entry.getDetail().startsWith("Provepharm"))
				.isTrue());
		this.mvc.perform(get("/organisations/{id}", provepharm()).param("lang", "en").with(user(liaison())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hosting in third places")))
			.andExpect(content().string(containsString(site.getName())));
		PasserelleUser otherLiaison = this.fixtures.person(Role.LIAISON, "CMA CGM");
		this.mvc.perform(get("/organisations/{id}", provepharm()).param("lang", "en").with(user(otherLiaison)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hosting in third places"))));
	}

	private HostingRequest submit(Site site, int desks, LocalDate from, LocalDate to) {
		return this.fixtures.submit(site, HostingKind.DESKS, desks, from, to);
	}

	private Site site(int desks) {
		return this.fixtures.site(desks);
	}

	private long provepharm() {
		return this.fixtures.provepharm();
	}

	private PasserelleUser staff() {
		return this.fixtures.staff();
	}

	private PasserelleUser liaison() {
		return this.fixtures.liaison();
	}

}
