package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import org.passerelle.convention.HostingUnderConvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules a hosting request, a site and a booking keep themselves, without a database.
 */
class HostingRequestTests {

	private static final LocalDate MAY = LocalDate.of(2027, 5, 3);

	@Test
	void aRequestIsSubmittedThenReviewedThenApprovedHoldingDesks() {
		Site site = openSite();
		HostingRequest request = request(null, 4, MAY.plusMonths(3));
		assertThat(request.getStatus()).isEqualTo(HostingStatus.SUBMITTED);
		assertThat(request.domainEvents()).singleElement().isInstanceOf(HostingStatusChanged.class);
		request.clearDomainEvents();
		request.review("staff@x");
		request.approve(site, site.spacesOf(SpaceKind.DESKS).get(0), "staff@x");
		assertThat(request.getStatus()).isEqualTo(HostingStatus.APPROVED);
		assertThat(request.getSiteId()).isEqualTo(10L);
		assertThat(request.getAllocations()).singleElement().satisfies((allocation) -> {
			assertThat(allocation.getDesks()).isEqualTo(4);
			assertThat(allocation.getStartsOn()).isEqualTo(MAY);
			assertThat(allocation.getEndsOn()).isEqualTo(MAY.plusMonths(3));
		});
		assertThat(request.domainEvents()).hasSize(4)
			.element(2)
			.isInstanceOfSatisfying(HostingApproved.class,
					(approved) -> assertThat(approved.conventionId()).isEqualTo(77L));
		assertThat(request.domainEvents()).last()
			.as("the convention's history hears of it")
			.isInstanceOfSatisfying(HostingUnderConvention.class,
					(hosting) -> assertThat(hosting.siteName()).isEqualTo("Quai"));
	}

	@Test
	void anOfficeIsHeldWholeAndMustHoldTheTeam() {
		Site site = openSite();
		HostingRequest small = new HostingRequest(5, need(HostingKind.OFFICE, 3, null), "liaison@x");
		small.approve(site, site.spacesOf(SpaceKind.OFFICE).get(0), "staff@x");
		assertThat(small.getAllocations()).singleElement()
			.satisfies((allocation) -> assertThat(allocation.getDesks()).isNull());
		HostingRequest big = new HostingRequest(5, need(HostingKind.OFFICE, 9, null), "liaison@x");
		assertThatThrownBy(() -> big.approve(site, site.spacesOf(SpaceKind.OFFICE).get(0), "staff@x"))
			.hasMessage("hosting.approve.tooSmall");
		assertThatThrownBy(() -> big.approve(site, site.spacesOf(SpaceKind.DESKS).get(0), "staff@x"))
			.hasMessage("hosting.approve.wrongSpace");
	}

	@Test
	void aDeclineNeedsAReasonAndEndsTheRequest() {
		HostingRequest request = request(null, 2, null);
		assertThatThrownBy(() -> request.decline(" ", "staff@x")).hasMessage("hosting.decline.reasonRequired");
		request.decline("No desk left this summer", "staff@x");
		assertThat(request.getStatus()).isEqualTo(HostingStatus.DECLINED);
		assertThat(request.getDeclineReason()).isEqualTo("No desk left this summer");
		assertThatThrownBy(() -> request.approve(openSite(), openSite().spacesOf(SpaceKind.DESKS).get(0), "s"))
			.hasMessage("hosting.transition.notAllowed");
		assertThatThrownBy(() -> request.withdraw("liaison@x")).hasMessage("hosting.withdraw.notAllowed");
	}

	@Test
	void anApprovedRequestWithdrawnGivesItsSpacesBack() {
		Site site = openSite();
		HostingRequest request = request(null, 2, null);
		request.approve(site, site.spacesOf(SpaceKind.DESKS).get(0), "staff@x");
		request.withdraw("liaison@x");
		assertThat(request.getStatus()).isEqualTo(HostingStatus.WITHDRAWN);
		assertThat(request.getAllocations()).isEmpty();
	}

	@Test
	void anActiveHostingEndsOnADayItCovers() {
		Site site = openSite();
		HostingRequest request = request(null, 2, null);
		request.approve(site, site.spacesOf(SpaceKind.DESKS).get(0), "staff@x");
		assertThatThrownBy(() -> request.activate(MAY.minusDays(1), "staff@x")).hasMessage("hosting.activate.tooEarly");
		request.activate(MAY, "staff@x");
		assertThatThrownBy(() -> request.withdraw("liaison@x")).hasMessage("hosting.withdraw.notAllowed");
		assertThatThrownBy(() -> request.end(MAY.minusDays(1), "staff@x")).hasMessage("hosting.end.outside");
		request.end(MAY, "staff@x");
		assertThat(request.getStatus()).isEqualTo(HostingStatus.ENDED);
		assertThat(request.getAllocations().get(0).getEndsOn()).isEqualTo(MAY);
		assertThat(request.covers(MAY)).isTrue();
		assertThat(request.covers(MAY.plusDays(1))).isFalse();
	}

	@Test
	void datesAndSitesAreChecked() {
		assertThatThrownBy(() -> request(null, 2, MAY.minusDays(1))).hasMessage("hosting.dates.order");
		assertThat(request(null, 2, MAY).covers(MAY)).as("a single day").isTrue();
		HostingRequest elsewhere = new HostingRequest(5,
				new HostingNeed(99L, HostingKind.DESKS, 2, MAY, null, "p", "Ann", "ann@x.example", null), "liaison@x");
		Site site = openSite();
		assertThatThrownBy(() -> elsewhere.approve(site, site.spacesOf(SpaceKind.DESKS).get(0), "staff@x"))
			.hasMessage("hosting.approve.otherSite");
		Site planned = site(SiteStatus.PLANNED);
		assertThatThrownBy(() -> request(null, 2, null).approve(planned, planned.spacesOf(SpaceKind.DESKS).get(0), "s"))
			.hasMessage("hosting.approve.siteNotOpen");
	}

	@Test
	void floorAreaIsShownInSquareFeetAndTheDescriptionFallsBack() {
		assertThat(Site.toSquareFeet(1)).isEqualTo(11);
		assertThat(Site.toSquareFeet(1000)).isEqualTo(10_764);
		assertThat(Site.toSquareFeet(836_127)).as("close to nine million square feet").isEqualTo(8_999_996);
		Site site = openSite();
		assertThat(site.description(Locale.FRENCH)).isEqualTo("Sur le port");
		assertThat(site.describedInOtherLanguage(Locale.FRENCH)).isFalse();
		assertThat(site.description(Locale.ENGLISH)).as("no English: the French one").isEqualTo("Sur le port");
		assertThat(site.describedInOtherLanguage(Locale.ENGLISH)).isTrue();
		assertThat(site.desks()).isEqualTo(12);
	}

	@Test
	void aSiteHasNoTwoSpacesOfTheSameNameAndNoEmptySpace() {
		Site site = openSite();
		assertThatThrownBy(() -> site.addSpace(SpaceKind.MEETING_ROOM, "open area", 4)).hasMessage("space.name.taken");
		assertThatThrownBy(() -> site.addSpace(SpaceKind.MEETING_ROOM, "Empty", 0)).hasMessage("space.capacity.range");
	}

	@Test
	void aBookingIsOfAMeetingRoomByTheHour() {
		Site site = openSite();
		Space room = site.spacesOf(SpaceKind.MEETING_ROOM).get(0);
		var nine = MAY.atTime(9, 0).atZone(Sites.ZONE).toInstant();
		assertThat(new Booking(room, 5L, "l@x", nine, nine.plusSeconds(3600)).getSpaceId()).isEqualTo(3L);
		assertThatThrownBy(() -> new Booking(room, 5L, "l@x", nine, nine)).hasMessage("booking.hours.order");
		assertThatThrownBy(() -> new Booking(room, 5L, "l@x", nine.plusSeconds(60), nine.plusSeconds(3600)))
			.hasMessage("booking.hours.whole");
		assertThatThrownBy(
				() -> new Booking(site.spacesOf(SpaceKind.OFFICE).get(0), 5L, "l@x", nine, nine.plusSeconds(3600)))
			.hasMessage("booking.notARoom");
	}

	private static HostingRequest request(Long siteId, int desks, LocalDate endsOn) {
		return new HostingRequest(5, new HostingNeed(siteId, HostingKind.DESKS, desks, MAY, endsOn, "A team of four",
				"Ann", "ann@x.example", 77L), "liaison@x");
	}

	private static HostingNeed need(HostingKind kind, int people, LocalDate endsOn) {
		return new HostingNeed(null, kind, people, MAY, endsOn, "A team", "Ann", "ann@x.example", null);
	}

	private static Site openSite() {
		return site(SiteStatus.OPEN);
	}

	private static Site site(SiteStatus status) {
		Site site = new Site(new SiteDetails("Quai", null, "1 quai", "Marseille", SiteSetting.URBAN, "Sur le port",
				null, 1200, null, null, status, Set.of(Amenity.PARKING)), 1);
		ReflectionTestUtils.setField(site, "id", 10L);
		long id = 1;
		for (Space space : new Space[] { site.addSpace(SpaceKind.DESKS, "Open area", 12),
				site.addSpace(SpaceKind.OFFICE, "Office 1", 4), site.addSpace(SpaceKind.MEETING_ROOM, "Room", 8) }) {
			ReflectionTestUtils.setField(space, "id", id++);
		}
		return site;
	}

}
