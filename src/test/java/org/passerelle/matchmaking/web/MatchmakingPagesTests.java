package org.passerelle.matchmaking.web;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.Events;
import org.passerelle.event.MeetingWish;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationLinks;
import org.passerelle.event.Registrations;
import org.passerelle.matchmaking.RoundPlan;
import org.passerelle.matchmaking.SpeedMeetingSchedule;
import org.passerelle.matchmaking.SpeedMeetings;
import org.passerelle.matchmaking.Workshops;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matchmaking pages in both languages, a hand-made change refused with the rule it
 * breaks, and the workshop placement seen on the page and in the CSV.
 */
@PostgresTest
@AutoConfigureMockMvc
class MatchmakingPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Autowired
	private Events events;

	@Autowired
	private SpeedMeetings speedMeetings;

	@Autowired
	private Workshops workshops;

	@Autowired
	private RegistrationLinks links;

	@Test
	void theSpeedMeetingPagesInBothLanguagesAndARefusedMove() throws Exception {
		PasserelleUser admin = this.fixtures.people().admin();
		Event published = this.fixtures.published("Pages rotation", this.fixtures.people().amu(), 30);
		long session = this.fixtures.sessionOf(published);
		this.registrations.registerEmployees(published.getId(), session,
				List.of(new Attendee("Paul Girard", "R&D", unique(), Locale.FRENCH),
						new Attendee("Sarah Klein", "R&D", unique(), Locale.FRENCH),
						new Attendee("Yann Le Gall", "R&D", unique(), Locale.FRENCH)),
				this.fixtures.people().liaison());
		long company = this.fixtures.people().liaison().getOrganisationId();
		Registration lea = null;
		for (int i = 0; i < 6; i++) {
			Registration student = this.registrations.registerParticipant(published.getId(), session,
					new Attendee("Étudiant " + i, null, unique(), Locale.FRENCH), List.of(MeetingWish.company(company)),
					null);
			lea = (lea == null) ? student : lea;
		}
		Event event = this.events.find(published.getId(), admin);
		SpeedMeetingSchedule schedule = this.speedMeetings.generate(event, session,
				new RoundPlan(2, 15, LocalTime.of(9, 0)), admin);
		// every table is the liaison's company: every wish is met
		assertThat(schedule.getWishesMet()).isEqualTo(6);
		String path = "/events/" + event.getId() + "/sessions/" + session + "/speed-meeting";
		assertThat(page(path, "fr", admin)).contains("Souhaits respectés\u00a0: 6 sur 6 (100\u00a0%)")
			.contains("Table 1 · Paul Girard")
			.contains("Groupe 3");
		assertThat(page(path, "en", admin)).contains("Wishes met: 6 of 6 (100%)").contains("Group 3");

		// group 1 moved at round 1 to group 2's table: refused, with the rule
		int taken = schedule.rotation().tableAt(1, 0);
		String refused = this.mvc
			.perform(post(path + "/seat").param("group", "0")
				.param("round", "0")
				.param("table", String.valueOf(taken))
				.with(user(admin))
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("error")
			.toString();
		assertThat(refused).isEqualTo("matchmaking.rule.table-taken-twice");
		assertThat(this.speedMeetings.of(session).orElseThrow().rotation().tableAt(0, 0))
			.isEqualTo(schedule.rotation().tableAt(0, 0));

		String timetable = this.links.path(lea.getPublicId(), RegistrationLinks.Purpose.TIMETABLE);
		assertThat(page(timetable, "fr", null)).contains("pas encore publié");
		// the liaison's page of their company's tables, linked from their registrations
		PasserelleUser liaison = this.fixtures.people().liaison();
		String tables = path + "/company";
		// each session named by its day, times and city (two sessions of one day read
		// alike without the times)
		assertThat(page("/events/" + event.getId() + "/my-registrations", "fr", liaison)).contains(tables)
			.containsPattern(
					"(?s)<td><span>\\d+ \\p{L}+ \\d{4}</span>, <span class=\"text-nowrap\">09:00–17:00</span>, "
							+ "<span>Marseille</span></td>\\s*<td><span>Paul Girard</span>")
			.containsPattern("Tables de speed meeting · \\d+ \\p{L}+ \\d{4}, 09:00–17:00 · Marseille");
		// no link where nobody of the organisation is registered, so hosts no table
		Event nobody = this.fixtures.published("Pages rotation, nobody", this.fixtures.people().amu(), 30);
		assertThat(page("/events/" + nobody.getId() + "/my-registrations", "en", liaison))
			.contains("Nobody from your organisation is registered yet.")
			.doesNotContain("speed-meeting/company")
			.doesNotContain("Speed-meeting tables");
		assertThat(page(tables, "fr", liaison)).contains("ne sont pas encore publiées").doesNotContain("Table 1");
		assertThat(page(tables, "en", liaison)).contains("are not published yet");
		this.speedMeetings.publish(event, session, admin);
		assertThat(page(tables, "en", liaison)).doesNotContain("not published yet")
			.contains("Table 1")
			.contains("09:00–09:15");
		assertThat(page(timetable, "fr", null)).containsPattern("Vous êtes dans le groupe \\d+, avec ")
			.contains("09:00–09:15");
		assertThat(page(timetable, "en", null)).containsPattern("You are in group \\d+, with ")
			.contains("My timetable");
		assertThat(page(path + "/print", "en", admin)).contains("One A4 page per table")
			.contains("class=\"print-page\"");
	}

	@Test
	void theWorkshopsPageShowsWhoIsWhereAndTheSharesInBothLanguages() throws Exception {
		PasserelleUser admin = this.fixtures.people().admin();
		Event published = this.fixtures.published("Pages ateliers", this.fixtures.people().amu(), 30);
		long session = this.fixtures.sessionOf(published);
		Event event = this.events.find(published.getId(), admin);
		long rd = this.workshops.add(event, session, "R&D", 1, admin).getId();
		long jobs = this.workshops.add(event, session, "Recrutement", 2, admin).getId();
		for (String name : List.of("Ana", "Bea", "Cid")) {
			Registration student = this.registrations.registerParticipant(published.getId(), session,
					new Attendee(name, null, unique(), Locale.FRENCH), null);
			this.workshops.rank(this.events.registration(student.getPublicId()), List.of(rd, jobs));
		}
		this.workshops.assign(event, session, admin);
		String path = "/events/" + event.getId() + "/sessions/" + session + "/workshops";
		// one place in R&D: Ana registered first and gets it
		assertThat(page(path, "fr", admin)).contains("1er choix\u00a0: 33\u00a0%, 2e choix\u00a0: 67\u00a0%")
			.containsPattern("R&amp;D \\(1/1\\)</h2>\\s*<ul[^>]*><li><span>Ana</span>");
		assertThat(page(path, "en", admin)).contains("1st choice: 33%, 2nd choice: 67%");
		String csv = this.mvc.perform(get(path + ".csv").with(user(admin)).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("R&D,Ana,").contains("Recrutement,Bea,").contains("2e choix");
	}

	private String page(String path, String language, PasserelleUser who) throws Exception {
		var request = get(path).header("Accept-Language", language).param("lang", language);
		if (who != null) {
			request.with(user(who));
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String unique() {
		return "p-" + UUID.randomUUID() + "@example.com";
	}

}
