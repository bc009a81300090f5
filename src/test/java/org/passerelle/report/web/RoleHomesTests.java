package org.passerelle.report.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
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
 * changes) and liaisons (their organisation's registrations, stands and hosting
 * requests), each shown to its role only, each home in as many statements whatever the
 * data.
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
		assertThat(List.of(statementsOfHome("staff@demo.passerelle"), statementsOfHome("liaison@demo.passerelle"),
				statementsOfHome("admin@demo.passerelle")))
			.isEqualTo(before);
	}

	private int statementsOfHome(String email) throws Exception {
		PasserelleUser person = (PasserelleUser) this.users.loadUserByUsername(email);
		return this.counter
			.statementsOf(() -> this.mvc.perform(get("/").with(user(person)).header("Accept-Language", "en"))
				.andExpect(status().isOk()))
			.size();
	}

}
