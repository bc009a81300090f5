package org.passerelle.event.web;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.EventService;
import org.passerelle.event.OpenedEvents;
import org.passerelle.event.Session;
import org.passerelle.event.SessionDetails;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page that confirms a registration on the public form, kept for visitors not signed
 * in ({@link RegistrationConfirmations}): each visitor reads their own address (escaped)
 * and nobody else's, in their language, told whether a place is held; the page follows
 * the session when it changes; a person signed in reads it with their own navigation.
 */
@PostgresTest
@ExtendWith(OpenedEvents.class)
@AutoConfigureMockMvc
class RegistrationConfirmationsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private EventService service;

	@Test
	void visitorsOfTheSameSessionEachReadTheirOwnAddressInTheirLanguage() throws Exception {
		Event event = published("Forum confirmé", 2);
		long session = this.fixtures.sessionOf(event);
		String ana = address("ana");
		String neil = "o'" + address("neil");
		String cyd = address("cyd");
		String dan = address("dan");
		String first = register(event, session, "Ana", ana, "fr", null);
		String second = register(event, session, "Neil", neil, "en", null);
		String third = register(event, session, "Cyd", cyd, "fr", null);
		String fourth = register(event, session, "Dan", dan, "fr", null);
		assertThat(first)
			.contains("<html lang=\"fr\"", event.title(Locale.FRENCH), "alert-success", "Une place vous est réservée.",
					"Ouvrez dans les 48 heures le lien envoyé à " + ana + " pour confirmer", "Campus Saint-Charles")
			.doesNotContain(neil, cyd, dan, RegistrationConfirmations.EMAIL_MARK, "Sophie Martin");
		assertThat(second)
			.contains("<html lang=\"en\"", event.title(Locale.ENGLISH), "A place is held for you.",
					"Open the link we have sent to " + neil.replace("'", "&#39;") + " within 48 hours")
			.doesNotContain(ana, cyd, dan, RegistrationConfirmations.EMAIL_MARK);
		// the two places are taken: the next two wait (told so in a box of information,
		// not of
		// success), each reading their own address
		assertThat(third).contains("alert-info", "vous êtes sur la liste d&#39;attente.", cyd)
			.doesNotContain(ana, dan, "Une place vous est réservée.", "alert-success");
		assertThat(fourth).contains("vous êtes sur la liste d&#39;attente.", dan)
			.doesNotContain(ana, cyd, RegistrationConfirmations.EMAIL_MARK);
	}

	@Test
	void theKeptPageFollowsTheSessionWhenItChanges() throws Exception {
		Event event = published("Forum déplacé", 10);
		long session = this.fixtures.sessionOf(event);
		assertThat(register(event, session, "Eve", address("eve"), "fr", null)).contains("Campus Saint-Charles");
		Session before = event.getSessions().get(0);
		this.service.changeSession(
				event.getId(), session, this.fixtures.sessionVersion(session), new SessionDetails(before.getDay(),
						LocalTime.of(9, 0), LocalTime.of(17, 0), "Amphi Nord", "Marseille", 10, List.of()),
				this.fixtures.people().admin());
		assertThat(register(event, session, "Fay", address("fay"), "fr", null)).contains("Amphi Nord")
			.doesNotContain("Campus Saint-Charles");
	}

	@Test
	void aPersonSignedInReadsTheirOwnNavigationAndVisitorsAfterThemDoNot() throws Exception {
		Event event = published("Forum mixte", 10);
		long session = this.fixtures.sessionOf(event);
		PasserelleUser staff = this.fixtures.people().staff();
		String visitor = address("gil");
		String before = register(event, session, "Gil", visitor, "fr", null);
		String signedIn = register(event, session, "Sophie", address("sophie"), "fr", staff);
		String after = register(event, session, "Hal", address("hal"), "fr", null);
		assertThat(signedIn).contains(staff.getDisplayName(), "Une place vous est réservée.").doesNotContain(visitor);
		assertThat(before).doesNotContain(staff.getDisplayName());
		assertThat(after).doesNotContain(staff.getDisplayName(), visitor);
	}

	private Event published(String title, int places) {
		return this.fixtures.opened(title, this.fixtures.people().amu(), places);
	}

	private static String address(String name) {
		return name + "-" + System.nanoTime() + "@etu.example.org";
	}

	/** The page answered to this registration, whose headers are a Thymeleaf page's. */
	private String register(Event event, long session, String name, String email, String language,
			PasserelleUser signedIn) throws Exception {
		MockHttpServletRequestBuilder request = post("/events/{id}/sessions/{sid}/register", event.getId(), session)
			.param("name", name)
			.param("email", email)
			.header("Accept-Language", language)
			.with(csrf());
		if (signedIn != null) {
			request = request.with(user(signedIn));
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(header().string("Content-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
