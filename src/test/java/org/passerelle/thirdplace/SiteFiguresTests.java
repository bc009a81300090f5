package org.passerelle.thirdplace;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.PostgresTest;
import org.passerelle.convention.ConventionFigures.FigureScope;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.thirdplace.SiteFigures.MonthOccupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Third places' occupancy on a world written for the test in a fresh university, counted
 * by hand. Its open site has a desk area of 10 desks, an office for 4 and a meeting room
 * for 8 (rooms are booked by the hour, not counted): 14 seats a day. A planned site with
 * 50 desks is not counted. Three desks are held from 20 January to 10 February 2025 and
 * the office from 15 February 2025, open-ended.
 * <ul>
 * <li>January: 434 seat-days offered (14 × 31), 36 held (3 × 12 days): 8 %;</li>
 * <li>February: 392 offered (14 × 28), 30 (3 × 10) + 56 (4 × 14) = 86 held: 22 %;</li>
 * <li>March: 434 offered, 124 held (4 × 31): 29 %.</li>
 * </ul>
 */
@PostgresTest
class SiteFiguresTests {

	@Autowired
	private SiteFigures figures;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private JdbcClient jdbc;

	private long university;

	@BeforeEach
	void buildTheWorld() {
		String word = DirectoryTestData.uniqueWord();
		this.university = this.directory
			.create(DirectoryTestData.organisation("Université " + word, OrganisationKind.UNIVERSITY, "Nîmes"))
			.getId();
		long company = this.directory
			.create(DirectoryTestData.organisation("Entreprise " + word, OrganisationKind.COMPANY, "Nîmes"))
			.getId();
		long site = site("OPEN");
		long desks = space(site, "DESKS", 10);
		long office = space(site, "OFFICE", 4);
		space(site, "MEETING_ROOM", 8);
		space(site("PLANNED"), "DESKS", 50);
		allocate(company, site, desks, 3, LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 10));
		allocate(company, site, office, null, LocalDate.of(2025, 2, 15), null);
	}

	@Test
	void countsSeatDaysOfferedAndHeldEachMonth() {
		assertThat(this.figures
			.occupancyByMonth(new FigureScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), this.university)))
			.extracting(MonthOccupancy::month, MonthOccupancy::offered, MonthOccupancy::held, MonthOccupancy::rate)
			.containsExactly(tuple(LocalDate.of(2025, 1, 1), 434L, 36L, 8L),
					tuple(LocalDate.of(2025, 2, 1), 392L, 86L, 22L), tuple(LocalDate.of(2025, 3, 1), 434L, 124L, 29L));
	}

	@Test
	void aPeriodWithinAMonthCountsTheWholeMonth() {
		assertThat(this.figures
			.occupancyByMonth(new FigureScope(LocalDate.of(2025, 2, 12), LocalDate.of(2025, 2, 14), this.university)))
			.extracting(MonthOccupancy::month, MonthOccupancy::offered, MonthOccupancy::held)
			.containsExactly(tuple(LocalDate.of(2025, 2, 1), 392L, 86L));
	}

	@Test
	void anotherInstitutionSeesNoneOfIt() {
		long other = this.directory
			.create(DirectoryTestData.organisation("Université " + DirectoryTestData.uniqueWord(),
					OrganisationKind.UNIVERSITY, "Nîmes"))
			.getId();
		assertThat(this.figures
			.occupancyByMonth(new FigureScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), other)))
			.extracting(MonthOccupancy::offered, MonthOccupancy::held, MonthOccupancy::rate)
			.containsExactly(tuple(0L, 0L, 0L));
	}

	private long site(String status) {
		return this.jdbc.sql("""
				insert into thirdplace_site (name, institution_id, address, city, setting, status)
				values ('Site', :institution, '1 rue du Campus', 'Nîmes', 'URBAN', :status) returning id
				""").param("institution", this.university).param("status", status).query(Long.class).single();
	}

	private long space(long site, String kind, int capacity) {
		return this.jdbc.sql("""
				insert into thirdplace_space (site_id, kind, name, capacity)
				values (:site, :kind, :kind, :capacity) returning id
				""").param("site", site).param("kind", kind).param("capacity", capacity).query(Long.class).single();
	}

	private void allocate(long organisation, long site, long space, Integer desks, LocalDate from, LocalDate to) {
		long request = this.jdbc
			.sql("""
					insert into thirdplace_hosting_request (organisation_id, site_id, kind, people, starts_on, ends_on,
					  purpose, contact_name, contact_email, status)
					values (:organisation, :site, :kind, 3, :from, :to, 'Équipe', 'Contact', 'contact@example.org', 'ACTIVE')
					returning id
					""")
			.param("organisation", organisation)
			.param("site", site)
			.param("kind", (desks != null) ? "DESKS" : "OFFICE")
			.param("from", from)
			.param("to", to, java.sql.Types.DATE)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into thirdplace_allocation (request_id, space_id, desks, starts_on, ends_on)
				values (:request, :space, :desks, :from, :to)
				""")
			.param("request", request)
			.param("space", space)
			.param("desks", desks, java.sql.Types.INTEGER)
			.param("from", from)
			.param("to", to, java.sql.Types.DATE)
			.update();
	}

}
