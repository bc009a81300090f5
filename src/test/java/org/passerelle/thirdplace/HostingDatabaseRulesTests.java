package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules PostgreSQL enforces whatever the Java code does: desks never over capacity on
 * any day, even when two staff approve at the same moment; an office never held twice; a
 * meeting room never booked twice for the same hour. And the user gets a message key,
 * never a server error. The desks free over a period, and a site's occupancy, are kept
 * until a space, an allocation or a booking is written.
 */
@PostgresTest
@Import(StatementCounter.Configuration.class)
class HostingDatabaseRulesTests {

	private static final LocalDate JUNE = LocalDate.of(2027, 6, 1);

	@Autowired
	private HostingService hosting;

	@Autowired
	private Sites sites;

	@Autowired
	private ThirdPlaceFixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatementCounter counter;

	@Test
	void twoConcurrentApprovalsForTheLastDesksExactlyOneSucceeds() throws Exception {
		Site site = site();
		long area = site.spacesOf(SpaceKind.DESKS).get(0).getId();
		HostingRequest first = submit(site, HostingKind.DESKS, 4, JUNE, JUNE.plusMonths(2));
		HostingRequest second = submit(site, HostingKind.DESKS, 3, JUNE.plusMonths(1), null);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (HostingRequest request : List.of(first, second)) {
				Callable<String> approval = () -> {
					start.await();
					try {
						this.hosting.approve(request.getId(), request.getVersion(), site.getId(), area, staff());
						return "approved";
					}
					catch (HostingRuleException ex) {
						return ex.getMessageKey();
					}
				};
				outcomes.add(pool.submit(approval));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsExactlyInAnyOrder("approved", "hosting.approve.full");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.sites.desks(JUNE.plusMonths(1), JUNE.plusMonths(1)).get(site.getId()).free())
			.as("the area holds one request, never both")
			.isIn(1, 2);
	}

	@Test
	void desksAreCountedDayByDayBackToBackAndOpenEnded() {
		Site site = site();
		long area = site.spacesOf(SpaceKind.DESKS).get(0).getId();
		approve(submit(site, HostingKind.DESKS, 5, JUNE, JUNE.plusDays(9)), site, area);
		// the day after the last day: all five desks are free again
		approve(submit(site, HostingKind.DESKS, 5, JUNE.plusDays(10), null), site, area);
		// a single day inside the open-ended one: full
		HostingRequest sameDay = submit(site, HostingKind.DESKS, 1, JUNE.plusYears(3), JUNE.plusYears(3));
		assertThatThrownBy(() -> approve(sameDay, site, area)).isInstanceOfSatisfying(HostingRuleException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("hosting.approve.full"));
		// the day before the first one: free
		approve(submit(site, HostingKind.DESKS, 5, JUNE.minusDays(1), JUNE.minusDays(1)), site, area);
		assertThat(this.sites.desks(JUNE, JUNE.plusDays(9)).get(site.getId()).free()).isZero();
		assertThat(this.sites.desks(JUNE.minusDays(3), JUNE.minusDays(2)).get(site.getId()).free()).isEqualTo(5);
	}

	@Test
	void theFreeDesksOfAPeriodAreTheDesksLessTheMostTakenOnOneOfItsDays() {
		Site site = site();
		long area = site.spacesOf(SpaceKind.DESKS).get(0).getId();
		// taken, day by day from June 1st: 2 (days 0-3), 4 (4-9), 2 (10-13), 3 (14-16), 4
		// (17-19), 2 (20-24),
		// then 1 from day 25 on
		approve(submit(site, HostingKind.DESKS, 2, JUNE, JUNE.plusDays(9)), site, area);
		approve(submit(site, HostingKind.DESKS, 2, JUNE.plusDays(4), JUNE.plusDays(19)), site, area);
		approve(submit(site, HostingKind.DESKS, 1, JUNE.plusDays(14), JUNE.plusDays(24)), site, area);
		approve(submit(site, HostingKind.DESKS, 1, JUNE.plusDays(17), null), site, area);
		assertThat(this.sites.desks(JUNE, JUNE.plusDays(29)).get(site.getId())).isEqualTo(new Sites.DeskCount(5, 1));
		assertThat(this.sites.desks(JUNE.plusDays(10), JUNE.plusDays(13)).get(site.getId()).free()).isEqualTo(3);
		assertThat(this.sites.desks(JUNE.plusDays(14), JUNE.plusDays(16)).get(site.getId()).free()).isEqualTo(2);
		assertThat(this.sites.desks(JUNE.plusDays(20), JUNE.plusDays(24)).get(site.getId()).free()).isEqualTo(3);
		assertThat(this.sites.desks(JUNE.plusDays(25), JUNE.plusYears(1)).get(site.getId()).free()).isEqualTo(4);
		assertThat(this.sites.desks(JUNE.minusDays(5), JUNE.minusDays(1)).get(site.getId()).free()).isEqualTo(5);
	}

	@Test
	void theDatabaseRefusesTooManyDesksWhateverTheJavaCode() {
		Site site = site();
		long area = site.spacesOf(SpaceKind.DESKS).get(0).getId();
		HostingRequest request = submit(site, HostingKind.DESKS, 2, JUNE, null);
		assertThatThrownBy(() -> this.jdbc
			.sql("insert into thirdplace_allocation (request_id, space_id, desks, starts_on) values (?, ?, 6, ?)")
			.params(request.getId(), area, JUNE)
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("thirdplace_allocation_desks_capacity");
	}

	@Test
	void anOfficeIsNeverHeldTwiceForOverlappingDays() {
		Site site = site();
		long office = site.spacesOf(SpaceKind.OFFICE).get(0).getId();
		approve(submit(site, HostingKind.OFFICE, 2, JUNE, JUNE.plusDays(30)), site, office);
		HostingRequest overlapping = submit(site, HostingKind.OFFICE, 2, JUNE.plusDays(30), null);
		assertThatThrownBy(() -> approve(overlapping, site, office)).isInstanceOfSatisfying(HostingRuleException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("hosting.approve.officeTaken"));
		approve(submit(site, HostingKind.OFFICE, 2, JUNE.plusDays(31), null), site, office);
		assertThat(this.sites.occupancy(this.sites.site(site.getId()), JUNE, 2).weeks().get(0).officesTaken())
			.isEqualTo(1);
	}

	@Test
	void aMeetingRoomIsNeverBookedTwiceForTheSameHourButBackToBackIsFine() {
		Site site = site();
		long room = site.spacesOf(SpaceKind.MEETING_ROOM).get(0).getId();
		this.hosting.book(site.getId(), room, JUNE, 9, 2, null, staff());
		assertThatThrownBy(() -> this.hosting.book(site.getId(), room, JUNE, 10, 1, null, staff()))
			.isInstanceOfSatisfying(HostingRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("booking.taken"));
		this.hosting.book(site.getId(), room, JUNE, 11, 1, null, staff());
		this.hosting.book(site.getId(), room, JUNE, 8, 1, null, staff());
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into thirdplace_booking (space_id, booked_by, starts_at, ends_at)
				values (?, 'x', timestamptz '2027-06-01 07:30:00+00', timestamptz '2027-06-01 08:30:00+00')""")
			.params(room)
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("thirdplace_booking_overlap");
		assertThat(this.sites.occupancy(this.sites.site(site.getId()), JUNE, 1).weeks().get(0).roomHours())
			.isEqualTo(4);
	}

	@Test
	void aDeskAreaCannotShrinkBelowTheDesksTakenOnADayToCome() {
		Site site = site();
		long area = site.spacesOf(SpaceKind.DESKS).get(0).getId();
		approve(submit(site, HostingKind.DESKS, 4, this.sites.today().plusDays(20), null), site, area);
		assertThatThrownBy(() -> this.hosting.changeSpace(site.getId(), area, "Open area", 3)).isInstanceOfSatisfying(
				HostingRuleException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("space.capacity.belowTaken"));
		this.hosting.changeSpace(site.getId(), area, "Open area", 4);
	}

	@Test
	void aWithdrawnApprovalFreesItsDesks() {
		Site site = site();
		long area = site.spacesOf(SpaceKind.DESKS).get(0).getId();
		HostingRequest request = submit(site, HostingKind.DESKS, 5, JUNE, null);
		approve(request, site, area);
		assertThat(this.sites.desks(JUNE, JUNE).get(site.getId()).free()).isZero();
		long version = this.hosting.requestsOf(request.getOrganisationId())
			.stream()
			.filter((r) -> r.getId().equals(request.getId()))
			.findFirst()
			.orElseThrow()
			.getVersion();
		this.hosting.withdraw(request.getId(), version, staff());
		assertThat(this.sites.desks(JUNE, JUNE).get(site.getId()).free()).isEqualTo(5);
	}

	@Test
	void aPeriodsDesksAreKeptUntilASpaceOrAnAllocationIsWritten() throws Exception {
		Site site = site();
		long area = site.spacesOf(SpaceKind.DESKS).get(0).getId();
		LocalDate day = JUNE.plusYears(5);
		assertThat(this.sites.desks(day, day).get(site.getId())).isEqualTo(new Sites.DeskCount(5, 5));

		assertThat(this.counter.statementsOf(
				() -> assertThat(this.sites.desks(day, day).get(site.getId())).isEqualTo(new Sites.DeskCount(5, 5))))
			.as("kept")
			.isEmpty();
		this.hosting.changeSpace(site.getId(), area, "Open area", 7);
		assertThat(this.sites.desks(day, day).get(site.getId())).isEqualTo(new Sites.DeskCount(7, 7));
		approve(submit(site, HostingKind.DESKS, 2, day, day), site, area);
		assertThat(this.sites.desks(day, day).get(site.getId())).isEqualTo(new Sites.DeskCount(7, 5));
	}

	@Test
	void aSitesOccupancyIsKeptUntilABookingOrAnAllocationIsWritten() throws Exception {
		Site site = site();
		long room = site.spacesOf(SpaceKind.MEETING_ROOM).get(0).getId();
		long area = site.spacesOf(SpaceKind.DESKS).get(0).getId();
		LocalDate day = JUNE.plusYears(6);
		assertThat(week(site, day).roomHours()).isZero();

		assertThat(this.counter.statementsOf(() -> assertThat(week(site, day).roomHours()).isZero()))
			.as("the site read again, its occupancy kept")
			.isNotEmpty()
			.allSatisfy((statement) -> assertThat(statement).doesNotContain("thirdplace_booking")
				.doesNotContain("thirdplace_allocation"));
		this.hosting.book(site.getId(), room, day, 9, 2, null, staff());
		assertThat(week(site, day).roomHours()).isEqualTo(2);
		approve(submit(site, HostingKind.DESKS, 3, day, day), site, area);
		assertThat(week(site, day).days()).filteredOn((d) -> d.date().equals(day))
			.singleElement()
			.extracting(Occupancy.Day::desksTaken)
			.isEqualTo(3);
	}

	private Occupancy.Week week(Site site, LocalDate day) {
		return this.sites.occupancy(this.sites.site(site.getId()), day, 1).weeks().get(0);
	}

	private void approve(HostingRequest request, Site site, long spaceId) {
		this.hosting.approve(request.getId(), request.getVersion(), site.getId(), spaceId, staff());
	}

	private HostingRequest submit(Site site, HostingKind kind, int people, LocalDate from, LocalDate to) {
		return this.fixtures.submit(site, kind, people, from, to);
	}

	private Site site() {
		return this.fixtures.site(5);
	}

	private PasserelleUser staff() {
		return this.fixtures.staff();
	}

}
