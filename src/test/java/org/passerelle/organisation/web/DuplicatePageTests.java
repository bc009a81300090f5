package org.passerelle.organisation.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.PublicProfile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The probable duplicates page as staff read it: a deactivated organisation among the
 * pairs, and the organisations still waiting to be compared.
 */
@PostgresTest
@AutoConfigureMockMvc
class DuplicatePageTests {

	private static final String ADMIN = "admin@demo.passerelle";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aDeactivatedOrganisationIsListedAsSuchUntilReactivated() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		String siren = DirectoryTestData.uniqueSiren();
		String active = "Lavande Analytics " + word;
		String deactivated = "LAVANDE ANALYTICS SAS " + word;
		this.directory.create(company(active, siren));
		long second = this.directory.create(company(deactivated, siren)).getId();

		this.directory.deactivate(second);
		page("en").andExpect(content().string(containsString(active + "</a>")))
			.andExpect(content().string(not(badgeAfter(active))))
			.andExpect(content().string(badgeAfter(deactivated)));

		this.directory.reactivate(second);
		page("en").andExpect(content().string(containsString(deactivated + "</a>")))
			.andExpect(content().string(not(badgeAfter(deactivated))));
	}

	@Test
	@Transactional // the test's own queue, which the job does not see, rolled back at the
					// end
	void thePageSaysHowManyOrganisationsAreStillWaitingToBeCompared() throws Exception {
		this.jdbc.sql("delete from organisation_duplicate_pending").update();
		page("en").andExpect(content().string(not(containsString("still being compared"))))
			.andExpect(content().string(not(containsString("duplicates-pending"))));

		queue(1234);
		page("en").andExpect(content().string(containsString("<p id=\"duplicates-pending\" "
				+ "class=\"alert alert-info\" role=\"status\">1,234 organisations are still being compared with the "
				+ "rest of the directory (after a large import, for instance); their probable duplicates will appear "
				+ "here within a few minutes.</p>")));
		page("fr").andExpect(content().string(containsString("1\u202f234 organisations sont encore comparées au "
				+ "reste de l&#39;annuaire (après un import volumineux, par exemple)\u00a0; leurs doublons probables "
				+ "apparaîtront ici d&#39;ici quelques minutes.")));

		this.jdbc.sql("delete from organisation_duplicate_pending").update();
		queue(1);
		page("en").andExpect(content().string(containsString("One organisation is still being compared with the "
				+ "rest of the directory (after a large import, for instance); its probable duplicates will appear "
				+ "here within a few minutes.")));
	}

	/** Queues that many organisations (made-up ids: the queue has no foreign key). */
	private void queue(int organisations) {
		this.jdbc.sql("""
				insert into organisation_duplicate_pending (organisation_id, queued_at)
				select -n, now() from generate_series(1, :n) as n""").param("n", organisations).update();
	}

	private ResultActions page(String language) throws Exception {
		return this.mvc
			.perform(get("/organisations/duplicates").with(user(this.users.loadUserByUsername(ADMIN)))
				.header("Accept-Language", language))
			.andExpect(status().isOk());
	}

	/** The page, with the organisation's name followed by the badge "Deactivated". */
	private static org.hamcrest.Matcher<String> badgeAfter(String name) {
		return matchesPattern(Pattern.compile("(?s).*" + Pattern.quote(name + "</a>")
				+ "\\s*<span class=\"badge text-bg-secondary\">Deactivated</span>.*"));
	}

	private static OrganisationDetails company(String name, String siren) {
		return new OrganisationDetails(name, OrganisationKind.COMPANY, null, siren, Set.of(),
				new PublicProfile(null, null, null, "Aix-en-Provence", null, null, null, Set.of()));
	}

}
