package org.passerelle.event.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.PostgresTest;
import org.passerelle.TestClockConfiguration.MutableClock;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.Registration;
import org.passerelle.event.Registrations;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The check-in page: a name found without regard to accents or case (through the trigram
 * index), marked present and taken back, the session's attendance, walk-ins.
 */
@PostgresTest
@AutoConfigureMockMvc
class CheckInPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MutableClock clock;

	@Test
	void staffFindZoeByTypingZoeAndCheckHerInThenTakeItBack() throws Exception {
		Event event = this.fixtures.published("Accueil", this.fixtures.people().amu(), 20);
		long session = this.fixtures.sessionOf(event);
		Registration zoe = employee(event, session, "Zoé Lefèvre-Ørsted");
		employee(event, session, "Chloé Martin");
		employee(event, session, "Zacharie Oe");
		String page = "/events/" + event.getId() + "/sessions/" + session + "/check-in";
		this.mvc.perform(get(page).param("q", "zoe").with(user(staff())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zoé Lefèvre-Ørsted")))
			.andExpect(content().string(not(containsString("Chloé Martin"))))
			.andExpect(content().string(not(containsString("Zacharie Oe"))))
			.andExpect(content().string(containsString("Present: 0 of 3 with a place (capacity 20)")));
		// several words, in any order, any case and accents
		this.mvc.perform(get(page).param("q", "ORSTED  lefevre").with(user(staff())))
			.andExpect(content().string(containsString("Zoé Lefèvre-Ørsted")));
		this.mvc.perform(post(page + "/" + zoe.getPublicId()).param("q", "zoe").with(user(staff())).with(csrf()))
			.andExpect(redirectedUrl(page + "?q=zoe"))
			.andExpect(flash().attribute("checkedIn", "Zoé Lefèvre-Ørsted"));
		assertThat(checkedIn(zoe)).isTrue();
		this.mvc.perform(get(page).param("q", "zoe").with(user(staff())).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Present: 1 of 3 with a place")))
			.andExpect(content().string(containsString("Present since")));
		this.mvc
			.perform(post(page + "/" + zoe.getPublicId() + "/undo").param("q", "zoe").with(user(staff())).with(csrf()))
			.andExpect(redirectedUrl(page + "?q=zoe"));
		assertThat(checkedIn(zoe)).isFalse();
	}

	@Test
	void theNameSearchIsAnsweredByTheTrigramIndex() {
		String plan = this.transactions.execute((status) -> {
			this.jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n",
					this.jdbc
						.sql("explain select id from event_registration where event_search_name(name) like '%zoe%'")
						.query(String.class)
						.list());
		});
		assertThat(plan).contains("event_registration_search_name_trgm_idx");
		assertThat(
				this.jdbc.sql("select event_search_name('  Zoé L''Hôpital-Œuvre Ø.S.')").query(String.class).single())
			.isEqualTo("zoe lhopital oeuvre os");
	}

	@Test
	void aWalkInIsAddedAndCheckedInOnTheDayAndAnAddressRegisteredAlreadyIsSentToTheSearch() throws Exception {
		Event event = this.fixtures.published("Sur place", this.fixtures.people().amu(), 5);
		long session = this.fixtures.sessionOf(event);
		Registration ada = employee(event, session, "Ada Lovelace");
		String page = "/events/" + event.getId() + "/sessions/" + session + "/check-in";
		this.clock.advance(Duration.ofDays(32));
		String email = "walkin-" + UUID.randomUUID() + "@example.org";
		this.mvc
			.perform(post(page + "/walk-in").param("name", "Noé Durand")
				.param("email", email)
				.with(user(staff()))
				.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("checkedIn", "Noé Durand"));
		assertThat(this.jdbc.sql("select walk_in and checked_in_at is not null from event_registration where email = ?")
			.param(email)
			.query(Boolean.class)
			.single()).isTrue();
		this.mvc
			.perform(post(page + "/walk-in").param("name", "Ada L.")
				.param("email", ada.getEmail())
				.with(user(staff()))
				.header("Accept-Language", "en")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("registered to the session already")))
			.andExpect(content().string(containsString("value=\"Ada L.\"")));
		this.mvc.perform(post(page + "/walk-in").param("name", "").param("email", "").with(user(staff())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")));
		this.mvc.perform(get(page).with(user(staff())).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Present: 1 of 2 with a place (capacity 5)")));
	}

	private Registration employee(Event event, long session, String name) {
		return this.registrations
			.registerEmployees(event.getId(), session,
					List.of(new Attendee(name, "Engineer", "p-" + UUID.randomUUID() + "@example.com", Locale.FRENCH)),
					this.fixtures.people().liaison())
			.get(0);
	}

	private boolean checkedIn(Registration registration) {
		return this.jdbc.sql("select checked_in_at is not null from event_registration where public_id = ?")
			.param(registration.getPublicId())
			.query(Boolean.class)
			.single();
	}

	private PasserelleUser staff() {
		return this.fixtures.people().staff();
	}

}
