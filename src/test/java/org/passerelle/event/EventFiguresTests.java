package org.passerelle.event;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.PostgresTest;
import org.passerelle.convention.ConventionFigures.FigureScope;
import org.passerelle.event.EventFigures.Counts;
import org.passerelle.event.EventFigures.KindCounts;
import org.passerelle.event.EventFigures.MonthCounts;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.PublicProfile;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.Sector;
import org.passerelle.organisation.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The office's figures on events, on a small world written for the test in a fresh
 * university with a faculty, each expectation counted by hand. The period runs from
 * 2025-01-01 to 2025-06-30 (all of it before today).
 * <ul>
 * <li>E1, a forum of the university, published: S1 on 2025-03-10 for 10 places with three
 * confirmed (two checked in; one for company A), one pending (for company B), a walk-in
 * checked in, two waitlisted and one cancelled (for company C); S2 on 2025-04-02 for 20
 * places, nobody;</li>
 * <li>E2, a workshop of the faculty, published: on 2025-03-20 for 4 places, four
 * confirmed and one waitlisted, nobody checked in; another session in 2999, outside the
 * period;</li>
 * <li>E3, a workshop of the university, still a draft, and E4, a forum of another
 * university: left out.</li>
 * </ul>
 * So the forums: 1 event, 2 sessions, 30 places, 5 registrations (fill rate 17 %), 2
 * waiting, 3 present of 5 expected (60 %), 2 companies; the workshops: 1 event, 1
 * session, 4 places, 4 registrations (100 %), 1 waiting, 0 present of 4 (0 %), no
 * company.
 */
@PostgresTest
class EventFiguresTests {

	private static final FigureScope FIRST_HALF = new FigureScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
			null);

	@Autowired
	private EventFigures figures;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private JdbcClient jdbc;

	private long university;

	private long faculty;

	@BeforeEach
	void buildTheWorld() {
		String word = DirectoryTestData.uniqueWord();
		this.university = this.directory
			.create(DirectoryTestData.organisation("Université " + word, OrganisationKind.UNIVERSITY, "Nîmes"))
			.getId();
		this.faculty = this.directory
			.create(new OrganisationDetails("Faculté " + word, OrganisationKind.FACULTY, this.university, null,
					Set.of(), new PublicProfile(null, null, null, "Nîmes", null, null, null, Set.of())))
			.getId();
		long other = this.directory
			.create(DirectoryTestData.organisation("Autre université " + word, OrganisationKind.UNIVERSITY, "Nîmes"))
			.getId();
		long a = company("A " + word);
		long b = company("B " + word);
		long c = company("C " + word);

		long e1 = event("FORUM", "PUBLISHED", this.university);
		long s1 = session(e1, "2025-03-10", 10);
		registration(s1, "CONFIRMED", a, true, false);
		registration(s1, "CONFIRMED", null, true, false);
		registration(s1, "CONFIRMED", null, false, false);
		registration(s1, "PENDING", b, false, false);
		registration(s1, "CONFIRMED", null, true, true);
		registration(s1, "WAITLISTED", null, false, false);
		registration(s1, "WAITLISTED", null, false, false);
		registration(s1, "CANCELLED", c, false, false);
		session(e1, "2025-04-02", 20);

		long e2 = event("WORKSHOP", "PUBLISHED", this.faculty);
		long s3 = session(e2, "2025-03-20", 4);
		for (int i = 0; i < 4; i++) {
			registration(s3, "CONFIRMED", null, false, false);
		}
		registration(s3, "WAITLISTED", null, false, false);
		registration(session(e2, "2999-01-01", 4), "CONFIRMED", null, false, false);

		registration(session(event("WORKSHOP", "DRAFT", this.university), "2025-03-15", 5), "CONFIRMED", null, false,
				false);
		registration(session(event("FORUM", "PUBLISHED", other), "2025-03-11", 5), "CONFIRMED", a, true, false);
	}

	@Test
	void countsEventsOfTheInstitutionAndItsComponentsByKind() {
		assertThat(this.figures.byKind(scope(this.university))).extracting(KindCounts::kind, KindCounts::counts)
			.containsExactly(tuple(EventKind.FORUM, new Counts(1, 2, 30, 5, 2, 5, 3, 2)),
					tuple(EventKind.WORKSHOP, new Counts(1, 1, 4, 4, 1, 4, 0, 0)));
		Counts forums = this.figures.byKind(scope(this.university)).get(0).counts();
		assertThat(forums.fillRate()).isEqualTo(17);
		assertThat(forums.attendanceRate()).isEqualTo(60);
	}

	@Test
	void countsEachMonthOfThePeriodMonthsWithoutSessionsIncluded() {
		assertThat(this.figures.byMonth(scope(this.university))).extracting(MonthCounts::month, MonthCounts::counts)
			.containsExactly(tuple(LocalDate.of(2025, 1, 1), new Counts(0, 0, 0, 0, 0, 0, 0, 0)),
					tuple(LocalDate.of(2025, 2, 1), new Counts(0, 0, 0, 0, 0, 0, 0, 0)),
					tuple(LocalDate.of(2025, 3, 1), new Counts(2, 2, 14, 9, 3, 9, 3, 2)),
					tuple(LocalDate.of(2025, 4, 1), new Counts(1, 1, 20, 0, 0, 0, 0, 0)),
					tuple(LocalDate.of(2025, 5, 1), new Counts(0, 0, 0, 0, 0, 0, 0, 0)),
					tuple(LocalDate.of(2025, 6, 1), new Counts(0, 0, 0, 0, 0, 0, 0, 0)));
	}

	@Test
	void aComponentAloneCountsOnlyItsOwnEvents() {
		assertThat(this.figures.byKind(scope(this.faculty))).extracting(KindCounts::kind, KindCounts::counts)
			.containsExactly(tuple(EventKind.WORKSHOP, new Counts(1, 1, 4, 4, 1, 4, 0, 0)));
	}

	@Test
	void sessionsToComeHoldPlacesButExpectNobodyYet() {
		FigureScope future = new FigureScope(LocalDate.of(2999, 1, 1), LocalDate.of(2999, 1, 31), this.university);
		assertThat(this.figures.byKind(future)).extracting(KindCounts::kind, KindCounts::counts)
			.containsExactly(tuple(EventKind.WORKSHOP, new Counts(1, 1, 4, 1, 0, 0, 0, 0)));
	}

	private FigureScope scope(long institution) {
		return new FigureScope(FIRST_HALF.from(), FIRST_HALF.to(), institution);
	}

	private long company(String name) {
		return this.directory
			.create(DirectoryTestData.company(name, "Nîmes", SizeClass.SME, Sector.DIGITAL, Region.OCCITANIE, null,
					Set.of()))
			.getId();
	}

	private long event(String kind, String status, long organiser) {
		long id = this.jdbc
			.sql("insert into event (title_fr, kind, status) values ('Événement', :kind, :status) returning id")
			.param("kind", kind)
			.param("status", status)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into event_organiser (event_id, organisation_id) values (:event, :organiser)")
			.param("event", id)
			.param("organiser", organiser)
			.update();
		return id;
	}

	private long session(long event, String day, int capacity) {
		return this.jdbc.sql("""
				insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity)
				values (:event, cast(:day as date), '09:00', '17:00', 'Campus', 'Nîmes', :capacity) returning id
				""").param("event", event).param("day", day).param("capacity", capacity).query(Long.class).single();
	}

	private void registration(long session, String status, Long organisation, boolean checkedIn, boolean walkIn) {
		this.jdbc.sql("""
				insert into event_registration (public_id, session_id, event_id, kind, status, organisation_id, name,
				  email, language, registered_at, checked_in_at, walk_in)
				select :publicId, s.id, s.event_id, :kind, :status, :organisation, 'Personne', :email, 'fr',
				  current_timestamp, case when :checkedIn then current_timestamp end, :walkIn
				from event_session s where s.id = :session
				""")
			.param("publicId", UUID.randomUUID())
			.param("kind", (organisation != null) ? "ORGANISATION" : "PARTICIPANT")
			.param("status", status)
			.param("organisation", organisation, java.sql.Types.BIGINT)
			.param("email", UUID.randomUUID() + "@example.org")
			.param("checkedIn", checkedIn)
			.param("walkIn", walkIn)
			.param("session", session)
			.update();
	}

}
