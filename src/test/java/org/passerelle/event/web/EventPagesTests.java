package org.passerelle.event.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.ListenersDone;
import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.TestMailServer;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationStatus;
import org.passerelle.event.Registrations;
import org.passerelle.event.SessionDetails;
import org.passerelle.event.EventService;
import org.passerelle.shared.PasserelleUser;

import static org.passerelle.TestMailServer.mailsTo;
import static org.passerelle.TestMailServer.onlyMailTo;
import static org.passerelle.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events pages as people meet them: the public registration with its mailed link (in
 * the person's language), promotion on cancel told by mail, drafts kept from the public,
 * bad input kept and explained, the CSV export read back, and list, event and
 * registrations pages whose statement count does not grow with the data.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class EventPagesTests {

	private static final Pattern LINK = Pattern
		.compile("(/events/registrations/[0-9a-f-]+/(confirm|cancel))\\?signature=([0-9a-f]+)");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private EventService service;

	@Autowired
	private Registrations registrations;

	@Autowired
	private StatementCounter counter;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aStudentRegistersAndConfirmsByTheLinkInAFrenchMail() throws Exception {
		Event event = this.fixtures.published("Journée publique", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		String email = "zoe-" + System.nanoTime() + "@etu.example.org";
		this.mvc
			.perform(post("/events/{id}/sessions/{sid}/register", event.getId(), session).param("name", "Zoé Martin")
				.param("email", email)
				.header("Accept-Language", "fr")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(email)));
		MimeMessage message = onlyMailTo(email);
		assertThat(message.getSubject()).startsWith("Confirmez votre inscription");
		String body = text(message);
		assertThat(body).contains("Bonjour Zoé Martin").contains("Confirmez votre inscription avant le");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		assertThat(link.group(2)).isEqualTo("confirm");
		this.mvc.perform(get(link.group(1)).param("signature", link.group(3))).andExpect(status().isOk());
		String signature = link.group(3);
		String tampered = ((signature.charAt(0) == '0') ? "1" : "0") + signature.substring(1);
		this.mvc.perform(get(link.group(1)).param("signature", tampered)).andExpect(status().isNotFound());
		this.mvc.perform(post(link.group(1)).param("signature", link.group(3)).with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(get("/events/{id}/sessions/{sid}/registrations", event.getId(), session)
				.with(user(this.fixtures.people().staff())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Zoé Martin")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Confirmée")))
			// the session by its day, times and city
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<span>09:00–17:00</span> ·")))
			// nobody cancelled nor expired: no empty table of them
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Annulées ou expirées"))))
			// nobody waiting: the waitlist says so, in a line, not as an empty table
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Personne pour l&#39;instant.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers
				.matchesPattern(Pattern.compile("(?s).*<caption[^>]*>Liste d&#39;attente.*")))));
	}

	@Test
	void aFrenchAndAnEnglishParticipantOfTheSameEventEachReadTheirOwnLanguageInTextAndHtml() throws Exception {
		Event event = this.fixtures.published("Journée bilingue", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		for (String language : List.of("fr", "en")) {
			String email = language + "-" + System.nanoTime() + "@etu.example.org";
			this.mvc
				.perform(post("/events/{id}/sessions/{sid}/register", event.getId(), session)
					.param("name", "Sam " + language)
					.param("email", email)
					.header("Accept-Language", language)
					.with(csrf()))
				.andExpect(status().isOk());
			MimeMessage message = onlyMailTo(email);
			String text = text(message);
			String html = TestMailServer.html(message);
			boolean french = language.equals("fr");
			assertThat(message.getSubject())
				.startsWith(french ? "Confirmez votre inscription" : "Confirm your registration");
			assertThat(text).contains(french ? "Bonjour Sam fr" : "Hello Sam en")
				.doesNotContain(french ? "Hello" : "Bonjour");
			assertThat(html)
				.contains("<html lang=\"" + language + "\"", "<h1", french ? "Bonjour Sam fr" : "Hello Sam en")
				.doesNotContain("<img");
			Matcher inText = LINK.matcher(text);
			Matcher inHtml = Pattern.compile("<a href=\"https?://[^/\"]+" + LINK.pattern() + "\"").matcher(html);
			assertThat(inText.find()).isTrue();
			assertThat(inHtml.find()).as("the confirm link is a real link in the HTML part").isTrue();
			assertThat(inHtml.group(1)).isEqualTo(inText.group(1));
			assertThat(inHtml.group(3)).isEqualTo(inText.group(3));
			this.mvc.perform(get(inHtml.group(1)).param("signature", inHtml.group(3))).andExpect(status().isOk());
			this.mvc.perform(post(inHtml.group(1)).param("signature", inHtml.group(3)).with(csrf()))
				.andExpect(status().isFound());
		}
		this.mvc
			.perform(get("/events/{id}/sessions/{sid}/registrations", event.getId(), session)
				.with(user(this.fixtures.people().staff())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sam fr")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sam en")));
	}

	@Test
	void whenAPlaceIsFreedTheFirstWaitingIsToldInTheirLanguage() throws Exception {
		Event event = this.fixtures.published("Atelier complet", this.fixtures.people().amu(), 1);
		long session = this.fixtures.sessionOf(event);
		Registration first = this.registrations.registerParticipant(event.getId(), session,
				new Attendee("Ana", null, "ana-" + System.nanoTime() + "@etu.example.org", Locale.FRENCH), null);
		String waiting = "ben-" + System.nanoTime() + "@etu.example.org";
		Registration second = this.registrations.registerParticipant(event.getId(), session,
				new Attendee("Ben", null, waiting, Locale.ENGLISH), null);
		assertThat(second.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(onlyMailTo(waiting).getSubject()).startsWith("You are on the waitlist");
		Matcher cancel = LINK.matcher(text(onlyMailTo(first.getEmail())));
		while (cancel.find() && !cancel.group(2).equals("cancel")) {
			// the confirm link comes first
		}
		assertThat(cancel.group(2)).isEqualTo("cancel");
		this.mvc.perform(post(cancel.group(1)).param("signature", cancel.group(3)).with(csrf()))
			.andExpect(status().isFound());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mailsTo(waiting)).extracting(MimeMessage::getSubject)
				.anyMatch((subject) -> subject.startsWith("A place is yours")));
	}

	@Test
	void theDemoHasTheFieldsFourCasesAFullSessionAndAPastEventWithAttendance() throws Exception {
		String upcoming = this.mvc.perform(get("/events").param("size", "50").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(upcoming).contains("Forum Entreprises AMU", "Journée étudiants–industriels",
				"Semaine économique de la Méditerranée", "Tour de l&#39;innovation", "Synergie AMU Entreprises");
		assertThat(upcoming).as("each event's organisers by name")
			.contains("Aix-Marseille Université")
			.doesNotContain(">null<");
		this.mvc.perform(get("/events").param("past", "true").header("Accept-Language", "fr"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("édition précédente")));
		Integer waiting = this.jdbc.sql("select count(*) from event_registration where status = 'WAITLISTED'")
			.query(Integer.class)
			.single();
		Integer present = this.jdbc.sql("select count(*) from event_registration where checked_in_at is not null")
			.query(Integer.class)
			.single();
		assertThat(waiting).isPositive();
		assertThat(present).isPositive();
	}

	@Test
	void aTitleGivenInFrenchOnlyIsMarkedAsFrenchOnEnglishPages() throws Exception {
		long day = this.jdbc.sql("select id from event where title_fr = 'Journée étudiants–industriels'")
			.query(Long.class)
			.single();
		String english = page(get("/events/{id}", day).param("lang", "en"));
		assertThat(english).contains("<h1 class=\"h2 mb-1\" lang=\"fr\">Journée étudiants–industriels</h1>")
			.contains("lang=\"fr\">90 étudiants, 21 industriels")
			// its programme has both languages
			.contains("<span>Programme presentation</span>");
		String french = page(get("/events/{id}", day).param("lang", "fr"));
		assertThat(french).contains("<h1 class=\"h2 mb-1\">Journée étudiants–industriels</h1>");
		String list = page(get("/events").param("lang", "en"));
		assertThat(list).contains("href=\"/events/" + day + "\" lang=\"fr\">Journée étudiants–industriels</a>");
	}

	@Test
	void theSectorsAreListedAlphabeticallyInTheReadersLanguage() throws Exception {
		long session = this.jdbc
			.sql("select min(s.id) from event_session s join event e on e.id = s.event_id "
					+ "where e.title_fr = 'Journée étudiants–industriels'")
			.query(Long.class)
			.single();
		long day = this.jdbc.sql("select event_id from event_session where id = ?")
			.param(session)
			.query(Long.class)
			.single();
		String form = page(get("/events/{id}/sessions/{sid}/register", day, session).param("lang", "en"));
		assertThat(form).containsSubsequence("Aerospace and defence", "Chemistry and materials", "Construction",
				"Health, pharma and biotech", "Manufacturing", "Tourism and culture", ">Other<");
		String listing = page(get("/events").param("lang", "fr"));
		assertThat(listing).containsSubsequence(">Bâtiment et travaux publics<", ">Chimie et matériaux<",
				">Énergie et environnement<", ">Santé, pharmacie et biotechnologies<", ">Autre<");
	}

	@Test
	void draftsAreKeptFromThePublicAndShownToTheirOrganisers() throws Exception {
		Event draft = this.fixtures.draft("Brouillon caché", this.fixtures.people().amu(), 10);
		String title = draft.getTitle().fr();
		this.mvc.perform(get("/events/{id}", draft.getId())).andExpect(status().isNotFound());
		String link = "href=\"/events/" + draft.getId() + "\"";
		this.mvc.perform(get("/events").param("q", title))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(link))));
		this.mvc.perform(get("/events").param("q", title).with(user(this.fixtures.people().staff())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
	}

	@Test
	void theSearchFindsEventsWithoutRegardToAccentsOrCase() throws Exception {
		this.mvc.perform(get("/events").param("q", "JOURNEE etudiants").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Journée étudiants–industriels")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Semaine économique de la"))));
		this.mvc.perform(get("/events").param("q", "économique méditerranee").header("Accept-Language", "fr"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Semaine économique de la Méditerranée")));
	}

	@Test
	void aFormWithoutTitleKeepsWhatWasTypedAndSaysWhy() throws Exception {
		this.mvc
			.perform(post("/events/new").param("descriptionFr", "Ma description")
				.param("kind", "FORUM")
				.param("organiserIds", String.valueOf(this.fixtures.people().amu()))
				.header("Accept-Language", "fr")
				.with(user(this.fixtures.people().staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ma description")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Donnez un titre")));
	}

	@Test
	void theRegistrationsExportIsSafeForSpreadsheetsAndReadsBack() throws Exception {
		Event event = this.fixtures.published("Export", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		this.registrations
			.registerEmployees(event.getId(), session,
					List.of(new Attendee("=HYPERLINK(\"http://x\")", "Buyer",
							"eve-" + System.nanoTime() + "@example.com", Locale.FRENCH)),
					this.fixtures.people().liaison());
		String csv = this.mvc
			.perform(get("/events/{id}/sessions/{sid}/registrations.csv", event.getId(), session)
				.with(user(this.fixtures.people().staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.get()
			.parse(new StringReader(csv.replace("\uFEFF", "")))
			.getRecords();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(rows.get(1).get(4)).as("the liaison's company").isEqualTo("Provepharm");
		this.mvc
			.perform(get("/events/{id}/sessions/{sid}/registrations", event.getId(), session)
				.with(user(this.fixtures.people().staff())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<td>Provepharm</td>")));
	}

	@Test
	void theListEventAndRegistrationsPagesCostTheSameStatementsWhateverTheirSize() throws Exception {
		String tag = "Compte" + System.nanoTime();
		Event one = this.fixtures.published(tag, this.fixtures.people().amu(), 5);
		long fewInList = statements(get("/events").param("q", tag));
		long fewOnPage = statements(get("/events/{id}", one.getId()));
		long session = this.fixtures.sessionOf(one);
		register(one, session, 1);
		long fewRegistrations = statements(get("/events/{id}/sessions/{sid}/registrations", one.getId(), session));
		for (int i = 0; i < 4; i++) {
			Event other = this.fixtures.published(tag, this.fixtures.people().amu(), 5);
			this.service.addSession(other.getId(),
					new SessionDetails(this.fixtures.today().plusDays(40 + i), java.time.LocalTime.of(9, 0),
							java.time.LocalTime.of(12, 0), "Salle B", "Aix-en-Provence", 5, List.of()),
					this.fixtures.people().admin());
		}
		this.service.addSession(one.getId(),
				new SessionDetails(this.fixtures.today().plusDays(50), java.time.LocalTime.of(9, 0),
						java.time.LocalTime.of(12, 0), "Salle C", "Toulon", 5, List.of()),
				this.fixtures.people().admin());
		register(one, session, 6);
		assertThat(statements(get("/events").param("q", tag))).isEqualTo(fewInList);
		assertThat(statements(get("/events/{id}", one.getId()))).isEqualTo(fewOnPage);
		assertThat(statements(get("/events/{id}/sessions/{sid}/registrations", one.getId(), session)))
			.isEqualTo(fewRegistrations);
	}

	private void register(Event event, long session, int count) {
		for (int i = 0; i < count; i++) {
			this.registrations.registerEmployees(
					event.getId(), session, List.of(new Attendee("Person " + i, "Job",
							"p" + i + "-" + System.nanoTime() + "@example.com", Locale.FRENCH)),
					this.fixtures.people().liaison());
		}
	}

	/** The page, which must answer 200, as UTF-8 text. */
	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		PasserelleUser staff = this.fixtures.people().staff();
		ListenersDone.await(this.jdbc);
		// asked twice: the second time with its reference data (pillars, institutions,
		// filter choices) kept
		this.mvc.perform(request.with(user(staff))).andExpect(status().isOk());
		return this.counter.statementsOf(() -> this.mvc.perform(request.with(user(staff))).andExpect(status().isOk()))
			.size();
	}

}
