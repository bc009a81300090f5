package org.passerelle.report.web;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.TransactionCounter;
import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's sections for administrators (accounts locked, pillars in use, mail and
 * jobs), staff (what awaits their institution's decision, its events to come, the latest
 * changes) and liaisons (their organisation's conventions and open actions,
 * registrations, stands and hosting requests, the events open to its sector), each shown
 * to its role only, each home in as many statements whatever the data.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class RoleHomesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Autowired
	private StatementCounter counter;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private HomeReading homes;

	@Test
	void administratorsSeeLockedAccountsPillarsMailAndJobs() throws Exception {
		this.jdbc.sql("update account set locked_until = :until where email = :email")
			// locked for ten minutes from the portal's "now" (other tests move the shared
			// clock on)
			.param("until", java.sql.Timestamp.from(this.clock.instant().plus(Duration.ofMinutes(10))))
			.param("email", "liaison@demo.passerelle")
			.update();
		long pillars = this.jdbc.sql("select count(*) from pillar").query(Long.class).single();
		try {
			this.mvc
				.perform(get("/").with(user(this.users.loadUserByUsername("admin@demo.passerelle")))
					.header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("To watch")))
				.andExpect(content().string(containsString("(liaison@demo.passerelle)")))
				.andExpect(content().string(matchesPattern("(?s).*\\d+ of " + pillars + " pillars in use.*")))
				.andExpect(content().string(containsString("mails kept for the people&#39;s digests")))
				.andExpect(content().string(containsString("Scheduled jobs")))
				.andExpect(content().string(not(containsString("??"))));
		}
		finally {
			this.jdbc.sql("update account set locked_until = null where email = :email")
				.param("email", "liaison@demo.passerelle")
				.update();
		}
	}

	@Test
	void liaisonsSeeTheirOrganisationsRegistrationsAndHostingRequests() throws Exception {
		this.mvc
			.perform(get("/").with(user(this.users.loadUserByUsername("liaison@demo.passerelle")))
				.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Les inscriptions à venir de votre organisation")))
			.andExpect(content().string(containsString("Vos demandes d&#39;hébergement")))
			.andExpect(content().string(not(containsString("À surveiller"))))
			.andExpect(content().string(not(containsString("??"))));
		// each request with its site, linked; the latest first
		long site = this.jdbc.sql("select id from thirdplace_site where name like '%Hangar J1'")
			.query(Long.class)
			.single();
		long request = this.jdbc.sql("""
				insert into thirdplace_hosting_request (organisation_id, site_id, kind, people, starts_on, purpose,
				  contact_name, contact_email, status)
				select organisation_id, :site, 'DESKS', 3, current_date + 400, 'Later', 'Lucas Bernard',
				  'liaison@demo.passerelle', 'SUBMITTED'
				from account where email = 'liaison@demo.passerelle'
				returning id
				""").param("site", site).query(Long.class).single();
		try {
			assertThat(section(home("liaison@demo.passerelle"), "our-hosting-title"))
				.containsPattern("<li>\\s*<span>3 people from \\d{2}/\\d{2}/\\d{4}</span>\\s*· <a href=\"/sites/" + site
						+ "\">Quai de l&#39;Innovation – Hangar J1</a>");
		}
		finally {
			this.jdbc.sql("delete from thirdplace_hosting_request where id = :id").param("id", request).update();
		}
	}

	/**
	 * Each role's home is read in one transaction, whatever its sections: its parts join
	 * it instead of opening one each.
	 */
	@Test
	void eachRolesHomeIsReadInOneTransaction() throws Exception {
		for (String email : List.of("admin@demo.passerelle", "staff@demo.passerelle", "liaison@demo.passerelle")) {
			PasserelleUser person = (PasserelleUser) this.users.loadUserByUsername(email);
			Model model = new ExtendedModelMap();
			int transactions = TransactionCounter.transactionsOf(this.transactionManager,
					() -> this.homes.addTo(model, person));
			assertThat(transactions).as(email).isEqualTo(1);
			assertThat(model.containsAttribute("endingSoon")).as(email).isTrue();
		}
	}

	@Test
	void staffSeeWhatAwaitsTheirDecisionTheirEventsAndTheLatestChangesButNeitherOtherSection() throws Exception {
		this.mvc
			.perform(get("/").with(user(this.users.loadUserByUsername("staff@demo.passerelle")))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("To watch"))))
			.andExpect(content().string(not(containsString("Your hosting requests"))))
			.andExpect(content().string(containsString("Awaiting your decision")))
			.andExpect(content().string(containsString("Stand and shared-stand requests")))
			.andExpect(content().string(containsString("Hosting requests")))
			.andExpect(content().string(containsString("Your events to come")))
			.andExpect(content().string(matchesPattern("(?s).*href=\"/events/\\d+\".*")))
			.andExpect(content().string(containsString("Latest changes to your conventions")))
			.andExpect(content().string(matchesPattern("(?s).*href=\"/conventions/\\d+\".*")))
			.andExpect(content().string(containsString("/account/notifications")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void liaisonsSeeTheirStands() throws Exception {
		this.mvc
			.perform(get("/").with(user(this.users.loadUserByUsername("liaison@demo.passerelle")))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your stands")))
			.andExpect(content().string(not(containsString("Awaiting your decision"))));
	}

	@Test
	void liaisonsSeeTheirOrganisationsConventionsAndOpenActionsButNotAnotherOrganisations() throws Exception {
		long provepharm = organisation("Provepharm");
		long haliodx = organisation("HalioDx");
		long amu = organisation("Aix-Marseille Université");
		LocalDate today = today();
		long ours = this.jdbc.sql("select id from convention where reference = 'AMU-PROVEPHARM-2021'")
			.query(Long.class)
			.single();
		long internships = this.jdbc.sql("""
				select a.id from convention_action a join convention_axis x on x.id = a.axis_id
				where x.convention_id = :convention and a.what = 'Quatre stages de master en R&D'
				""").param("convention", ours).query(Long.class).single();
		LocalDate internshipsDue = this.jdbc.sql("select due_on from convention_action where id = :id")
			.param("id", internships)
			.query(LocalDate.class)
			.single();
		long axis = this.jdbc.sql("select min(id) from convention_axis where convention_id = :convention")
			.param("convention", ours)
			.query(Long.class)
			.single();
		// on Provepharm's convention: an overdue action, and a finished one
		long overdue = action(axis, "Rapport annuel de recherche", today.minusDays(10), "IN_PROGRESS");
		long done = action(axis, "Bilan des stages de l'an dernier", today.minusDays(40), "DONE");
		// a convention between AMU and HalioDx, and an expired one of Provepharm's
		long theirs = convention("Convention de test AMU – HalioDx", "TEST-HALIODX", "ACTIVE", amu, haliodx);
		long theirAction = action(axis(theirs), "Action de HalioDx seulement", today.plusDays(5), "PLANNED");
		long expired = convention("Convention expirée de Provepharm", "TEST-PROVEPHARM-OLD", "EXPIRED", amu,
				provepharm);
		try {
			withOnlyTheseConventionsOf(provepharm, List.of(ours, expired),
					() -> liaisonsSeeTheirOrganisationsConventions(ours, internships, internshipsDue, overdue,
							provepharm, theirs, theirAction));
		}
		finally {
			this.jdbc.sql("delete from convention_action where id in (:ids)")
				.param("ids", List.of(overdue, done))
				.update();
			this.jdbc.sql("delete from convention where id in (:ids)").param("ids", List.of(theirs, expired)).update();
		}
	}

	private void liaisonsSeeTheirOrganisationsConventions(long ours, long internships, LocalDate internshipsDue,
			long overdue, long provepharm, long theirs, long theirAction) throws Exception {
		LocalDate today = today();
		String section = section(home("liaison@demo.passerelle"), "our-conventions-title");
		assertThat(section).contains("Your organisation&#39;s conventions")
			.contains("href=\"/conventions/" + ours + "\">Accord de recherche Provepharm – AMU sur les colorants</a>")
			.contains(">Active</span>")
			// the overdue one first, marked in words
			.containsPattern("href=\"/conventions/" + ours + "/actions/" + overdue
					+ "\">Rapport annuel de recherche</a>\\s*— <span>In progress</span>,\\s*<span>due "
					+ date(today.minusDays(10)) + "</span>\\s*<span class=\"badge text-bg-danger\">overdue</span>")
			.containsPattern("href=\"/conventions/" + ours + "/actions/" + internships
					+ "\">Quatre stages de master en R&amp;D</a>\\s*— <span>In progress</span>,\\s*<span>due "
					+ date(internshipsDue) + "</span>")
			.contains("href=\"/conventions?partner=" + provepharm + "\"")
			.doesNotContain("Bilan des stages")
			.doesNotContain("Convention expirée")
			.doesNotContain("HalioDx");
		assertThat(section.indexOf("Rapport annuel de recherche"))
			.isLessThan(section.indexOf("Quatre stages de master"));

		String other = section(home("liaison2@demo.passerelle"), "our-conventions-title");
		assertThat(other).contains("Convention de test AMU – HalioDx")
			.contains("/conventions/" + theirs + "/actions/" + theirAction)
			.doesNotContain("Provepharm")
			.doesNotContain("Rapport annuel de recherche");
	}

	@Test
	void aLiaisonsHomeShowsAtMostFiveConventionsAndTenOpenActions() throws Exception {
		long provepharm = organisation("Provepharm");
		long amu = organisation("Aix-Marseille Université");
		LocalDate today = today();
		List<Long> added = new ArrayList<>();
		try {
			for (int i = 0; i < RoleHomes.ROWS + 2; i++) {
				long convention = convention("Convention en nombre " + i, "TEST-MANY-" + i, "SIGNED", amu, provepharm);
				added.add(convention);
				long axis = axis(convention);
				for (int a = 0; a < 3; a++) {
					action(axis, "Action en nombre " + i + "-" + a, today.minusDays(100 - 10L * i - a), "PLANNED");
				}
			}
			long ours = this.jdbc.sql("select id from convention where reference = 'AMU-PROVEPHARM-2021'")
				.query(Long.class)
				.single();
			List<Long> kept = new ArrayList<>(added);
			kept.add(ours);
			String[] home = new String[1];
			withOnlyTheseConventionsOf(provepharm, kept, () -> home[0] = home("liaison@demo.passerelle"));
			String section = section(home[0], "our-conventions-title");
			assertThat(Pattern.compile("<h3 ").matcher(section).results().count()).isEqualTo(RoleHomes.ROWS);
			assertThat(Pattern.compile("/actions/\\d+\"").matcher(section).results().count())
				.isEqualTo(RoleHomes.ACTIONS);
			// the earliest due first: conventions 0 to 2 with their three actions, then
			// the first of convention 3 (ten in all); convention 3 says two more,
			// convention
			// 4 is shown without its actions, 5 and 6 not at all
			assertThat(section).contains("Action en nombre 2-2")
				.contains("Action en nombre 3-0")
				.doesNotContain("Action en nombre 3-1")
				.contains("2 more open actions on this convention")
				.contains("Convention en nombre 4")
				.contains("3 more open actions on this convention")
				.doesNotContain("Convention en nombre 5");
		}
		finally {
			this.jdbc.sql("delete from convention where id in (:ids)").param("ids", added).update();
		}
	}

	@Test
	void liaisonsSeeTheEventsOpenToTheirSectorThenThoseOpenToEverySector() throws Exception {
		// the events other tests of this context published (none for a sector, some
		// sooner than the forum) would take the list's rows: drafts for this test
		List<Long> others = this.jdbc.sql("""
				update event set status = 'DRAFT' where status = 'PUBLISHED' and title_fr not in
				  ('Forum Entreprises AMU', 'Journée étudiants–industriels', 'Tour de l''innovation')
				  and coalesce(title_en, '') <> 'Mediterranean Business Week'
				returning id
				""").query(Long.class).list();
		try {
			eventsOpenToTheirSectorThenToEverySector();
		}
		finally {
			if (!others.isEmpty()) {
				this.jdbc.sql("update event set status = 'PUBLISHED' where id in (:ids)").param("ids", others).update();
			}
		}
	}

	private void eventsOpenToTheirSectorThenToEverySector() throws Exception {
		long provepharm = organisation("Provepharm");
		String section = section(home("liaison@demo.passerelle"), "events-for-us-title");
		// Provepharm is in health, pharma and biotech: the student–industry day targets
		// it,
		// the forum and the innovation tour target no sector, the business week targets
		// the maritime, logistics and energy sectors
		assertThat(section).contains("Events you may register for")
			.contains("first those meant for your sector (Health, pharma and biotech)")
			.containsPattern("(?s)Meant for your sector: Health, pharma and biotech</h3>\\s*<ul>\\s*<li>\\s*"
					+ "<a href=\"/events/\\d+\" lang=\"fr\">Journée étudiants–industriels</a>.*Open to every sector</h3>.*"
					+ "Innovation Tour</a>.*AMU Company Forum</a>")
			.contains("href=\"/events?sector=HEALTH_BIOTECH\"")
			.doesNotContain("Mediterranean Business Week");
		long tour = this.jdbc.sql("select id from event where title_en = 'Innovation Tour'").query(Long.class).single();
		this.jdbc.sql("update organisation set sector = 'MARITIME' where id = :id").param("id", provepharm).update();
		this.jdbc.sql("update event set registration_closes_at = :closed where id = :id")
			.param("closed", Timestamp.from(this.clock.instant().minus(Duration.ofHours(1))))
			.param("id", tour)
			.update();
		try {
			assertThat(section(home("liaison@demo.passerelle"), "events-for-us-title"))
				.containsPattern("(?s)Meant for your sector: Maritime</h3>.*Mediterranean Business Week</a>"
						+ ".*Open to every sector</h3>.*AMU Company Forum</a>")
				.as("not for the maritime sector")
				.doesNotContain("Journée étudiants–industriels")
				.as("its registrations are closed")
				.doesNotContain("Innovation Tour");
			this.jdbc.sql("update organisation set sector = null where id = :id").param("id", provepharm).update();
			assertThat(section(home("liaison@demo.passerelle"), "events-for-us-title"))
				.contains("Your organisation has no sector in the directory")
				.doesNotContain("Meant for your sector")
				.doesNotContain("Mediterranean Business Week")
				.contains("AMU Company Forum</a>");
		}
		finally {
			this.jdbc.sql("update organisation set sector = 'HEALTH_BIOTECH' where id = :id")
				.param("id", provepharm)
				.update();
			this.jdbc.sql("update event set registration_closes_at = null where id = :id").param("id", tour).update();
		}
	}

	@Test
	void eachHomeSendsAsManyStatementsWhateverTheData() throws Exception {
		// once, so that the reference data the homes read is kept (KeptUntilChange)
		// before
		// counting
		statementsOfHome("staff@demo.passerelle");
		statementsOfHome("liaison@demo.passerelle");
		statementsOfHome("admin@demo.passerelle");
		List<Integer> before = List.of(statementsOfHome("staff@demo.passerelle"),
				statementsOfHome("liaison@demo.passerelle"), statementsOfHome("admin@demo.passerelle"));
		long staffInstitution = this.jdbc
			.sql("select organisation_id from account where email = 'staff@demo.passerelle'")
			.query(Long.class)
			.single();
		long liaisonOrganisation = this.jdbc
			.sql("select organisation_id from account where email = 'liaison@demo.passerelle'")
			.query(Long.class)
			.single();
		for (int i = 0; i < 3 * RoleHomes.ROWS; i++) {
			this.jdbc.sql("""
					insert into convention_history (convention_id, at, actor, kind, detail)
					select id, current_timestamp, 'staff@demo.passerelle', 'COMMENTED', 'More' from convention
					where owner_organisation_id = :institution
					""").param("institution", staffInstitution).update();
			this.jdbc
				.sql("""
						insert into thirdplace_hosting_request (organisation_id, kind, people, starts_on, purpose,
						  contact_name, contact_email, status)
						values (:organisation, 'DESKS', 2, current_date + 30, 'More', 'Ann Lee', 'ann@example.org', 'SUBMITTED')
						""")
				.param("organisation", liaisonOrganisation)
				.update();
		}
		// the liaison's conventions with their actions, and events open to its sector
		// and to every sector
		long amu = organisation("Aix-Marseille Université");
		LocalDate today = today();
		List<Long> conventions = new ArrayList<>();
		List<Long> events = new ArrayList<>();
		try {
			for (int i = 0; i < 3 * RoleHomes.ROWS; i++) {
				long convention = convention("Convention comptée " + i, "TEST-COUNT-" + i, "ACTIVE", amu,
						liaisonOrganisation);
				conventions.add(convention);
				long axis = axis(convention);
				action(axis, "Action comptée " + i, today.plusDays(i), "PLANNED");
				action(axis, "Autre action comptée " + i, null, "IN_PROGRESS");
				events
					.add(openEvent("Événement compté " + i, (i % 2 == 0) ? "HEALTH_BIOTECH" : null, today.plusDays(3)));
			}
			assertThat(List.of(statementsOfHome("staff@demo.passerelle"), statementsOfHome("liaison@demo.passerelle"),
					statementsOfHome("admin@demo.passerelle")))
				.isEqualTo(before);
		}
		finally {
			this.jdbc.sql("delete from convention where id in (:ids)").param("ids", conventions).update();
			this.jdbc.sql("delete from event where id in (:ids)").param("ids", events).update();
		}
	}

	@Test
	void theStaffHomesSectionsAreKeptUntilThePortalWritesAnything() throws Exception {
		PasserelleUser staff = (PasserelleUser) this.users.loadUserByUsername("staff@demo.passerelle");
		KeptUntilChange.written(Object.class);
		List<String> made = statementsOfHome(staff);
		List<String> kept = statementsOfHome(staff);
		KeptUntilChange.written(Object.class);
		List<String> madeAgain = statementsOfHome(staff);

		// hosting requests awaiting a decision, how full the events are, recent changes,
		// the conventions ending soon, the next events
		for (String section : List.of("from thirdplace_hosting_request r", "sum(s.places_taken)",
				"from convention_history h", "watch_on between", "select e1_0.id from event e1_0")) {
			assertThat(made).as(section).anyMatch((sql) -> sql.contains(section));
			assertThat(kept).as(section).noneMatch((sql) -> sql.contains(section));
			assertThat(madeAgain).as(section).anyMatch((sql) -> sql.contains(section));
		}
		assertThat(kept).hasSizeLessThanOrEqualTo(made.size() - 5);
	}

	/** The statements of a person's home, its sections made in the request. */
	private int statementsOfHome(String email) throws Exception {
		KeptUntilChange.written(Object.class);
		return statementsOfHome((PasserelleUser) this.users.loadUserByUsername(email)).size();
	}

	private List<String> statementsOfHome(PasserelleUser person) throws Exception {
		return this.counter
			.statementsOf(() -> this.mvc.perform(get("/").with(user(person)).header("Accept-Language", "en"))
				.andExpect(status().isOk()));
	}

	private String home(String email) throws Exception {
		PasserelleUser person = (PasserelleUser) this.users.loadUserByUsername(email);
		return this.mvc.perform(get("/").with(user(person)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("??"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** From the section's heading to the section's end. */
	private static String section(String page, String headingId) {
		int start = page.indexOf("id=\"" + headingId + "\"");
		assertThat(start).as(headingId).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Paris"));
	}

	private static String date(LocalDate day) {
		return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private long convention(String title, String reference, String status, long institution, long partner) {
		long id = this.jdbc.sql("""
				insert into convention (title, reference, status, confidentiality, owner_organisation_id)
				values (:title, :reference, :status, 'INTERNAL', :institution) returning id
				""")
			.param("title", title)
			.param("reference", reference)
			.param("status", status)
			.param("institution", institution)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into convention_party (convention_id, organisation_id, role)
				values (:id, :institution, 'INSTITUTION'), (:id, :partner, 'PARTNER')
				""").param("id", id).param("institution", institution).param("partner", partner).update();
		return id;
	}

	/**
	 * Runs the check with the partner's other conventions not over (those other tests of
	 * this context wrote, with their open actions) set aside as expired, and puts them
	 * back afterwards: they would take the rows of the liaison's home.
	 */
	private void withOnlyTheseConventionsOf(long partner, List<Long> kept, StatementCounter.ThrowingRunnable check)
			throws Exception {
		Map<Long, String> setAside = new HashMap<>();
		this.jdbc.sql("""
				with others as (
				  select c.id, c.status from convention c
				  where c.status not in ('EXPIRED', 'TERMINATED') and c.id not in (:kept)
				    and exists (select 1 from convention_party p
				                where p.convention_id = c.id and p.organisation_id = :partner)
				  for update
				)
				update convention c set status = 'EXPIRED' from others where c.id = others.id
				returning c.id, others.status
				""").param("kept", kept).param("partner", partner).query((rs) -> {
			setAside.put(rs.getLong("id"), rs.getString("status"));
		});
		try {
			check.run();
		}
		finally {
			setAside.forEach((id, status) -> this.jdbc.sql("update convention set status = :status where id = :id")
				.param("status", status)
				.param("id", id)
				.update());
		}
	}

	private long axis(long convention) {
		return this.jdbc.sql("""
				insert into convention_axis (convention_id, pillar_id, statement)
				values (:convention, (select min(id) from pillar), 'Axe de test') returning id
				""").param("convention", convention).query(Long.class).single();
	}

	private long action(long axis, String what, @Nullable LocalDate dueOn, String status) {
		return this.jdbc.sql("""
				insert into convention_action (axis_id, what, due_on, status) values (:axis, :what, :due, :status)
				returning id
				""")
			.param("axis", axis)
			.param("what", what)
			.param("due", dueOn, Types.DATE)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	/** A published event with one session, taking registrations. */
	private long openEvent(String title, @Nullable String sector, LocalDate day) {
		long event = this.jdbc.sql("""
				insert into event (title_fr, kind, status) values (:title, 'FORUM', 'PUBLISHED') returning id
				""").param("title", title).query(Long.class).single();
		this.jdbc.sql("""
				insert into event_session (event_id, day, starts_at, ends_at, venue, city, capacity)
				values (:event, :day, '09:00', '17:00', 'Amphi', 'Marseille', 10)
				""").param("event", event).param("day", day).update();
		if (sector != null) {
			this.jdbc.sql("insert into event_sector (event_id, sector) values (:event, :sector)")
				.param("event", event)
				.param("sector", sector)
				.update();
		}
		return event;
	}

}
