package org.passerelle.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PageHtml;
import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.account.AccountDetails;
import org.passerelle.account.AccountService;
import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's home: the parts the staff of an institution share (conventions ending
 * soon; what awaits a decision, the events' fill, the latest changes, what they can do,
 * the next events) are rendered once per institution and language and kept
 * ({@link StaffHome}); the greeting and the person's own actions are theirs on every
 * request.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class StaffHomeTests {

	/**
	 * What reading the shared parts sends: hosting requests, fill, changes, the watch.
	 */
	private static final List<String> SHARED = List.of("from thirdplace_hosting_request r", "sum(s.places_taken)",
			"from convention_history h", "watch_on between");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSecondStaffMemberOfTheInstitutionGetsTheKeptPartsWithTheirOwnGreetingAndActions() throws Exception {
		PasserelleUser sophie = staff("staff@demo.passerelle");
		long colleague = staffAccount("Aix-Marseille Université", "Jeanne Collègue");
		long action = actionOwnedBy(colleague, "Relancer le service des stages de Jeanne");
		try {
			PasserelleUser jeanne = staff(email(colleague));
			KeptUntilChange.written(Object.class);
			List<String> pages = new ArrayList<>();
			List<String> made = this.counter.statementsOf(() -> pages.add(PageHtml.read(this.mvc, "/", sophie, "en")));
			List<String> kept = this.counter.statementsOf(() -> pages.add(PageHtml.read(this.mvc, "/", jeanne, "en")));

			for (String shared : SHARED) {
				assertThat(made).as(shared).anyMatch((sql) -> sql.contains(shared));
				assertThat(kept).as(shared).noneMatch((sql) -> sql.contains(shared));
			}
			// each reads their own actions
			assertThat(made).anyMatch((sql) -> sql.contains("a.owner_account_id = "));
			assertThat(kept).anyMatch((sql) -> sql.contains("a.owner_account_id = "));
			assertThat(pages.get(0)).contains("Hello, Sophie Martin")
				.doesNotContain("Relancer le service des stages de Jeanne")
				.contains("Awaiting your decision")
				.contains("Latest changes to your conventions");
			assertThat(pages.get(1)).contains("Hello, Jeanne Collègue")
				.containsPattern("href=\"/conventions/\\d+/actions/" + action
						+ "\">Relancer le service des stages de Jeanne</a>");
			// the parts they share are the same, to the character
			for (String heading : List.of("to-decide-title", "event-fill-title", "recent-changes-title",
					"next-events-title")) {
				assertThat(section(pages.get(1), heading)).as(heading).isEqualTo(section(pages.get(0), heading));
			}
			assertThat(between(pages.get(1), "<h2 class=\"h4 mt-4 mb-3\">", "next-events-title"))
				.isEqualTo(between(pages.get(0), "<h2 class=\"h4 mt-4 mb-3\">", "next-events-title"))
				.contains("What you can do")
				.contains("href=\"/reports\"");
		}
		finally {
			this.jdbc.sql("delete from convention_action where id = :id").param("id", action).update();
			removeAccount(colleague);
		}
	}

	@Test
	void anotherInstitutionsStaffAndAnotherLanguageGetTheirOwnParts() throws Exception {
		long other = staffAccount("IMT Mines Alès", "Paul Alésien");
		try {
			PasserelleUser sophie = staff("staff@demo.passerelle");
			KeptUntilChange.written(Object.class);
			String amu = PageHtml.read(this.mvc, "/", sophie, "en");
			List<String> pages = new ArrayList<>();
			List<String> otherInstitution = this.counter
				.statementsOf(() -> pages.add(PageHtml.read(this.mvc, "/", staff(email(other)), "en")));
			pages.add(PageHtml.read(this.mvc, "/", sophie, "fr"));

			for (String shared : SHARED) {
				assertThat(otherInstitution).as(shared).anyMatch((sql) -> sql.contains(shared));
			}
			String recentChanges = section(amu, "recent-changes-title");
			assertThat(recentChanges).containsPattern("href=\"/conventions/\\d+\"");
			assertThat(pages.get(0)).contains("Hello, Paul Alésien").doesNotContain(recentChanges);
			assertThat(pages.get(1)).contains("Bonjour, Sophie Martin")
				.contains("En attente de votre décision")
				.contains("Ce que vous pouvez faire")
				.doesNotContain("Awaiting your decision")
				.doesNotContain("??");
		}
		finally {
			removeAccount(other);
		}
	}

	@Test
	void aWriteRemakesTheSharedParts() throws Exception {
		PasserelleUser sophie = staff("staff@demo.passerelle");
		long convention = this.jdbc.sql("""
				select min(c.id) from convention c join organisation o on o.id = c.owner_organisation_id
				where o.name = 'Aix-Marseille Université'
				""").query(Long.class).single();
		String actor = "Relecteur " + UUID.randomUUID();
		String before = PageHtml.read(this.mvc, "/", sophie, "en");
		this.jdbc.sql("""
				insert into convention_history (convention_id, at, actor, kind, detail)
				values (:convention, current_timestamp, :actor, 'COMMENTED', 'Relu')
				""").param("convention", convention).param("actor", actor).update();
		try {
			// what the portal's own writes do (this one is plain SQL)
			KeptUntilChange.written(Object.class);
			List<String> pages = new ArrayList<>();
			List<String> remade = this.counter
				.statementsOf(() -> pages.add(PageHtml.read(this.mvc, "/", sophie, "en")));

			assertThat(remade).anyMatch((sql) -> sql.contains("from convention_history h"));
			assertThat(section(before, "recent-changes-title")).doesNotContain(actor);
			assertThat(section(pages.get(0), "recent-changes-title")).contains(actor);
		}
		finally {
			this.jdbc.sql("delete from convention_history where actor = :actor").param("actor", actor).update();
			KeptUntilChange.written(Object.class);
		}
	}

	private PasserelleUser staff(String email) {
		return (PasserelleUser) this.users.loadUserByUsername(email);
	}

	private long staffAccount(String institution, String name) {
		long organisation = this.jdbc.sql("select id from organisation where name = :name")
			.param("name", institution)
			.query(Long.class)
			.single();
		return this.accounts
			.create(new AccountDetails("staff-" + UUID.randomUUID() + "@example.org", name, Role.STAFF, organisation),
					"a long and quiet river of stones 42")
			.getId();
	}

	private String email(long account) {
		return this.jdbc.sql("select email from account where id = :id")
			.param("id", account)
			.query(String.class)
			.single();
	}

	/**
	 * An open action on a convention of Aix-Marseille Université, carried by the account.
	 */
	private long actionOwnedBy(long account, String what) {
		long id = this.jdbc.sql("""
				insert into convention_action (axis_id, what, status, owner_account_id)
				select min(x.id), :what, 'PLANNED', :account from convention_axis x
				join convention c on c.id = x.convention_id
				join organisation o on o.id = c.owner_organisation_id
				where o.name = 'Aix-Marseille Université'
				returning id
				""").param("what", what).param("account", account).query(Long.class).single();
		KeptUntilChange.written(Object.class);
		return id;
	}

	private void removeAccount(long account) {
		this.jdbc.sql("delete from account_audit_entry where account_id = :id or actor_account_id = :id")
			.param("id", account)
			.update();
		this.jdbc.sql("delete from account where id = :id").param("id", account).update();
		KeptUntilChange.written(Object.class);
	}

	/** From the section's heading to the section's end. */
	private static String section(String page, String headingId) {
		int start = page.indexOf("id=\"" + headingId + "\"");
		assertThat(start).as(headingId).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		int end = page.indexOf(to, start);
		assertThat(end).as(to).isPositive();
		return page.substring(start, end);
	}

}
