package org.passerelle.event.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.EventKind;
import org.passerelle.event.EventService;
import org.passerelle.event.Registrations;
import org.passerelle.organisation.Sector;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The event editor's four steps as staff meet them: each step saves on its own and goes
 * on (or stays), bad input comes back with what was typed and why, a change made over
 * someone else's newer one is refused with a clear message, and only the event's
 * organising staff and administrators reach it.
 */
@PostgresTest
@AutoConfigureMockMvc
class EventEditorTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private EventService service;

	@Autowired
	private Registrations registrations;

	@Autowired
	private JdbcClient jdbc;

	// Step 1

	@Test
	void staffCreateAnEventForTheirInstitutionAndGoOnToItsOrganisers() throws Exception {
		String title = "Forum des métiers " + UUID.randomUUID();
		MvcResult result = this.mvc
			.perform(as(staff(), post("/events/new")).param("titleFr", title)
				.param("descriptionEn", "Careers fair")
				.param("kind", "FORUM")
				.param("labels", "Synergie, Campus")
				.param("audiences", "STUDENTS")
				.param("continue", "1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/events/*/edit/organisers"))
			.andReturn();
		long id = idIn(result.getResponse().getRedirectedUrl());
		Event event = this.service.forEditing(id, this.fixtures.people().admin());
		assertThat(event.getTitle().fr()).isEqualTo(title);
		assertThat(event.getDescription().en()).isEqualTo("Careers fair");
		assertThat(event.getLabels()).containsExactlyInAnyOrder("Synergie", "Campus");
		assertThat(event.getOrganiserIds()).containsExactly(this.fixtures.people().amu());
		assertThat(event.getStatus().name()).isEqualTo("DRAFT");
	}

	@Test
	void anAdministratorChoosesTheOrganisersOfANewEventBySearch() throws Exception {
		PasserelleUser admin = this.fixtures.people().admin();
		String page = page(as(admin, post("/events/new")).param("find", "organiserIds")
			.param("organiserIdsQuery", "aix-marseille")
			.param("titleEn", "Typed title"));
		assertThat(page).contains("Aix-Marseille Université").contains("value=\"Typed title\"");
		String missing = page(as(admin, post("/events/new")).param("titleEn", "Typed title").param("kind", "FORUM"));
		assertThat(missing).contains("Choose at least one organising institution.").contains("value=\"Typed title\"");
		this.mvc
			.perform(as(admin, post("/events/new")).param("titleEn", "Chosen organiser")
				.param("kind", "FORUM")
				.param("organiserIds", String.valueOf(this.fixtures.people().amu())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/events/*/edit"));
	}

	@Test
	void theGeneralStepWithoutTitleKeepsWhatWasTypedAndSaysWhy() throws Exception {
		Event event = draft();
		String page = page(as(staff(), post("/events/{id}/edit", event.getId())).param("titleFr", "")
			.param("descriptionFr", "Ma description gardee")
			.param("kind", "CONFERENCE")
			.param("version", String.valueOf(event.getVersion())));
		assertThat(page).contains("Give the event a title, in French or in English.")
			.contains("Ma description gardee")
			.contains("value=\"CONFERENCE\" selected");
		assertThat(title(event.getId())).isEqualTo(event.getTitle().fr());
	}

	@Test
	void theGeneralStepSavesAndStaysOrGoesOn() throws Exception {
		Event event = draft();
		this.mvc
			.perform(as(staff(), post("/events/{id}/edit", event.getId())).param("titleFr", "Titre changé")
				.param("kind", "CONFERENCE")
				.param("version", String.valueOf(event.getVersion())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/events/" + event.getId() + "/edit"));
		assertThat(title(event.getId())).isEqualTo("Titre changé");
		Event saved = this.service.forEditing(event.getId(), staff());
		this.mvc
			.perform(as(staff(), post("/events/{id}/edit", event.getId())).param("titleFr", "Titre changé")
				.param("kind", "CONFERENCE")
				.param("continue", "1")
				.param("version", String.valueOf(saved.getVersion())))
			.andExpect(redirectedUrl("/events/" + event.getId() + "/edit/organisers"));
	}

	@Test
	void theGeneralStepSavesTheSectorsThePageShowsThemAndTheListFiltersOnThem() throws Exception {
		Event event = draft();
		String kept = page(as(staff(), post("/events/{id}/edit", event.getId())).param("titleFr", "")
			.param("kind", "FORUM")
			.param("sectors", "MARITIME", "LOGISTICS_TRANSPORT")
			.param("version", String.valueOf(event.getVersion())));
		assertThat(kept).as("the ticks stay on an error")
			.containsPattern("value=\"LOGISTICS_TRANSPORT\"[^>]*checked")
			.containsPattern("value=\"MARITIME\"[^>]*checked")
			.doesNotContainPattern("value=\"DIGITAL\"[^>]*checked")
			.contains("Tick none for an event open to every sector.");
		this.mvc
			.perform(as(staff(), post("/events/{id}/edit", event.getId())).param("titleFr", "Rencontres portuaires")
				.param("kind", "FORUM")
				.param("sectors", "MARITIME", "LOGISTICS_TRANSPORT")
				.param("version", String.valueOf(event.getVersion())))
			.andExpect(status().isFound());
		Event saved = this.service.forEditing(event.getId(), staff());
		assertThat(saved.getSectors()).containsExactly(Sector.LOGISTICS_TRANSPORT, Sector.MARITIME);
		assertThat(page(as(staff(), get("/events/{id}/edit", event.getId()))))
			.containsPattern("value=\"MARITIME\"[^>]*checked");
		assertThat(page(as(staff(), get("/events/{id}", event.getId())))).containsPattern(
				"<dt[^>]*>Sectors</dt>\\s*<dd[^>]*><span>Logistics and transport · </span><span>Maritime</span></dd>");

		// the list's filter (the draft shows to its organisers' staff)
		assertThat(page(as(staff(), get("/events").param("sector", "MARITIME"))))
			.contains("href=\"/events/" + event.getId() + "\"")
			.containsPattern("value=\"MARITIME\" selected");
		assertThat(page(as(staff(), get("/events").param("sector", "DIGITAL"))))
			.doesNotContain("href=\"/events/" + event.getId() + "\"");
		// and by organiser, the institution chosen among the listed ones
		long amu = this.fixtures.people().amu();
		assertThat(
				page(as(staff(), get("/events").param("sector", "MARITIME").param("organiser", String.valueOf(amu)))))
			.contains("href=\"/events/" + event.getId() + "\"")
			.contains("<option value=\"" + amu + "\" selected=\"selected\">Aix-Marseille Université</option>")
			.containsPattern("<option value=\"[0-9]+\">Université de technologie de Compiègne</option>");

		// none ticked: open to every sector, and the page says nothing of sectors
		this.mvc
			.perform(as(staff(), post("/events/{id}/edit", event.getId())).param("titleFr", "Rencontres portuaires")
				.param("kind", "FORUM")
				.param("version", String.valueOf(saved.getVersion())))
			.andExpect(status().isFound());
		assertThat(this.service.forEditing(event.getId(), staff()).getSectors()).isEmpty();
		assertThat(page(as(staff(), get("/events/{id}", event.getId())))).doesNotContain(">Sectors</dt>");
	}

	@Test
	void aStaleEditIsRefusedWithAClearMessageInsteadOfOverwriting() throws Exception {
		Event event = draft();
		long stale = event.getVersion();
		this.mvc
			.perform(as(this.fixtures.people().admin(), post("/events/{id}/edit", event.getId()))
				.param("titleFr", "Changé par l'administratrice")
				.param("kind", "FORUM")
				.param("version", String.valueOf(stale)))
			.andExpect(status().isFound());
		String page = page(as(staff(), post("/events/{id}/edit", event.getId())).param("titleFr", "Change ensuite")
			.param("kind", "FORUM")
			.param("version", String.valueOf(stale)));
		assertThat(page).contains("Someone else changed this record while you were editing it")
			.contains("value=\"Change ensuite\"");
		assertThat(title(event.getId())).isEqualTo("Changé par l'administratrice");

		// the same on the organisers' and the registration steps
		assertThat(page(as(staff(), post("/events/{id}/edit/organisers", event.getId()))
			.param("organiserIds", String.valueOf(this.fixtures.people().amu()))
			.param("version", String.valueOf(stale)))).contains("Someone else changed this record");
		assertThat(page(
				as(staff(), post("/events/{id}/edit/registration", event.getId())).param("opensAt", "2030-01-01T09:00")
					.param("version", String.valueOf(stale))))
			.contains("Someone else changed this record")
			.contains("value=\"2030-01-01T09:00:00\"");
	}

	// Step 2

	@Test
	void theOrganisersStepSavesOrganisersAndPartnersPickedBySearch() throws Exception {
		Event event = draft();
		long amu = this.fixtures.people().amu();
		long cma = this.fixtures.people().organisation("CMA CGM");
		String found = page(as(staff(), post("/events/{id}/edit/organisers", event.getId())).param("find", "partnerIds")
			.param("partnerIdsQuery", "cma cgm")
			.param("organiserIds", String.valueOf(amu))
			.param("version", String.valueOf(event.getVersion())));
		assertThat(found).contains("CMA CGM").contains("aria-current=\"step\"");
		assertThat(found).as("the form's default button saves")
			.containsPattern(
					"<form[^>]*edit/organisers\"><input type=\"hidden\" name=\"_csrf\"[^>]*>\\s*<button type=\"submit\" class=\"visually-hidden\"");
		this.mvc
			.perform(as(staff(), post("/events/{id}/edit/organisers", event.getId()))
				.param("organiserIds", String.valueOf(amu))
				.param("partnerIds", String.valueOf(cma))
				.param("continue", "1")
				.param("version", String.valueOf(event.getVersion())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/events/" + event.getId() + "/edit/sessions"));
		Event saved = this.service.forEditing(event.getId(), staff());
		assertThat(saved.getPartnerIds()).containsExactly(cma);
		assertThat(saved.getOrganiserIds()).containsExactly(amu);
	}

	@Test
	void staffKeepTheirInstitutionAmongTheOrganisers() throws Exception {
		Event event = draft();
		long utc = this.fixtures.people().organisation("Université de technologie de Compiègne");
		String page = page(as(staff(), post("/events/{id}/edit/organisers", event.getId()))
			.param("organiserIds", String.valueOf(utc))
			.param("version", String.valueOf(event.getVersion())));
		assertThat(page).contains("Your institution must stay among the organisers.")
			.as("what was ticked stays")
			.contains("Université de technologie de Compiègne");
		String none = page(as(staff(), post("/events/{id}/edit/organisers", event.getId())).param("version",
				String.valueOf(event.getVersion())));
		assertThat(none).contains("Choose at least one organising institution.");
		assertThat(this.service.forEditing(event.getId(), staff()).getOrganiserIds())
			.containsExactly(this.fixtures.people().amu());
	}

	// Step 3

	@Test
	void theSessionsStepAddsChangesAndRemovesSessions() throws Exception {
		Event event = draft();
		String day = this.fixtures.today().plusMonths(2).toString();
		this.mvc
			.perform(as(staff(), post("/events/{id}/edit/sessions/new", event.getId())).param("day", day)
				.param("startsAt", "09:00")
				.param("endsAt", "12:00")
				.param("venue", "Campus de Luminy")
				.param("city", "Marseille")
				.param("capacity", "40")
				.param("programme", "09:00 Accueil | Welcome"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/events/" + event.getId() + "/edit/sessions"));
		Event withSession = this.service.forEditing(event.getId(), staff());
		assertThat(withSession.getSessions()).hasSize(2);
		long session = withSession.getSessions()
			.stream()
			.filter((s) -> s.getVenue().equals("Campus de Luminy"))
			.findFirst()
			.orElseThrow()
			.getId();
		String list = page(as(staff(), get("/events/{id}/edit/sessions", event.getId())));
		assertThat(list).contains("Campus de Luminy").contains("0 of 40 places taken");

		// the end before the start: the form again, as typed
		String wrong = page(
				as(staff(), post("/events/{id}/edit/sessions/{sid}", event.getId(), session)).param("day", day)
					.param("startsAt", "14:00")
					.param("endsAt", "10:00")
					.param("venue", "Amphi tape")
					.param("city", "Marseille")
					.param("capacity", "40")
					.param("version", String.valueOf(this.fixtures.sessionVersion(session))));
		assertThat(wrong).contains("The session must end after it starts.").contains("value=\"Amphi tape\"");

		this.mvc.perform(as(staff(), post("/events/{id}/edit/sessions/{sid}/delete", event.getId(), session)))
			.andExpect(redirectedUrl("/events/" + event.getId() + "/edit/sessions"));
		assertThat(this.service.forEditing(event.getId(), staff()).getSessions()).hasSize(1)
			.noneMatch((s) -> s.getId() == session);
	}

	@Test
	void aSessionsCapacityDoesNotGoUnderThePlacesTakenNorOverANewerChange() throws Exception {
		Event event = this.fixtures.published("Capacité", this.fixtures.people().amu(), 10);
		long session = this.fixtures.sessionOf(event);
		for (int i = 0; i < 2; i++) {
			this.registrations.registerEmployees(
					event.getId(), session, List.of(new Attendee("Employee " + i, "Engineer",
							"employee-" + UUID.randomUUID() + "@example.com", Locale.FRENCH)),
					this.fixtures.people().liaison());
		}
		String day = this.fixtures.today().plusMonths(1).toString();
		String under = page(
				as(staff(), post("/events/{id}/edit/sessions/{sid}", event.getId(), session)).param("day", day)
					.param("startsAt", "09:00")
					.param("endsAt", "17:00")
					.param("venue", "Campus Saint-Charles")
					.param("city", "Marseille")
					.param("capacity", "1")
					.param("version", String.valueOf(this.fixtures.sessionVersion(session))));
		assertThat(under).contains("More people already hold a place than this number of places.")
			.contains("value=\"1\"");
		String stale = page(
				as(staff(), post("/events/{id}/edit/sessions/{sid}", event.getId(), session)).param("day", day)
					.param("startsAt", "09:00")
					.param("endsAt", "17:00")
					.param("venue", "Campus Saint-Charles")
					.param("city", "Marseille")
					.param("capacity", "50")
					.param("version", String.valueOf(this.fixtures.sessionVersion(session) - 1)));
		assertThat(stale).contains("Someone else changed this record");
		assertThat(this.jdbc.sql("select capacity from event_session where id = :id")
			.param("id", session)
			.query(Integer.class)
			.single()).isEqualTo(10);
	}

	// Step 4

	@Test
	void theRegistrationStepSavesTheWindowAndPublishes() throws Exception {
		Event empty = this.service.create(this.fixtures.details("Sans session " + UUID.randomUUID(),
				this.fixtures.people().amu(), EventKind.FORUM), this.fixtures.people().admin());
		String refused = page(
				as(staff(), post("/events/{id}/edit/registration", empty.getId())).param("opensAt", "2030-01-10T09:00")
					.param("publish", "1")
					.param("version", String.valueOf(empty.getVersion())));
		assertThat(refused).contains("Add a session before publishing the event.")
			.contains("value=\"2030-01-10T09:00:00\"");
		assertThat(this.service.forEditing(empty.getId(), staff()).getRegistrationOpensAt())
			.as("nothing saved when publication is refused")
			.isNull();

		Event event = draft();
		String backwards = page(
				as(staff(), post("/events/{id}/edit/registration", event.getId())).param("opensAt", "2030-01-10T09:00")
					.param("closesAt", "2030-01-09T09:00")
					.param("version", String.valueOf(event.getVersion())));
		assertThat(backwards).contains("Registrations must close after they open.")
			.contains("value=\"2030-01-09T09:00:00\"");
		this.mvc
			.perform(as(staff(), post("/events/{id}/edit/registration", event.getId()))
				.param("opensAt", "2026-01-10T09:00")
				.param("publish", "1")
				.param("version", String.valueOf(event.getVersion())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/events/" + event.getId()));
		Event published = this.service.forEditing(event.getId(), staff());
		assertThat(published.getStatus().name()).isEqualTo("PUBLISHED");
		assertThat(published.getRegistrationOpensAt()).hasToString("2026-01-10T08:00:00Z");
	}

	// Navigation and permissions

	@Test
	void theStepNavMarksTheCurrentStepAndLinksTheOthers() throws Exception {
		Event event = draft();
		String page = page(as(staff(), get("/events/{id}/edit/sessions", event.getId())));
		assertThat(page).contains("Step 3 of 4")
			.containsPattern("<span class=\"step\"\\s+aria-current=\"step\">3\\. Sessions</span>")
			.contains("href=\"/events/" + event.getId() + "/edit\"")
			.contains("href=\"/events/" + event.getId() + "/edit/organisers\"")
			.contains("href=\"/events/" + event.getId() + "/edit/registration\"")
			.contains("href=\"/events/" + event.getId() + "/edit/sessions/new\"");
		String fresh = page(as(staff(), get("/events/new")));
		assertThat(fresh).containsPattern("aria-current=\"step\">1\\. What it is")
			.doesNotContain("/edit/organisers\"")
			.contains("Organised by Aix-Marseille Université");
	}

	@Test
	void onlyTheOrganisingStaffAndAdministratorsReachTheSteps() throws Exception {
		Event event = this.fixtures.published("Accès", this.fixtures.people().amu(), 10);
		for (String step : List.of("/edit", "/edit/organisers", "/edit/sessions", "/edit/sessions/new",
				"/edit/registration")) {
			String path = "/events/" + event.getId() + step;
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
			this.mvc.perform(as(this.fixtures.people().liaison(), get(path))).andExpect(status().isForbidden());
			this.mvc.perform(as(this.fixtures.people().admin(), get(path))).andExpect(status().isOk());
			this.mvc.perform(as(staff(), get(path))).andExpect(status().isOk());
		}
		this.mvc.perform(as(this.fixtures.people().liaison(), get("/events/new"))).andExpect(status().isForbidden());
	}

	private Event draft() {
		return this.fixtures.draft("Éditeur", this.fixtures.people().amu(), 20);
	}

	private PasserelleUser staff() {
		return this.fixtures.people().staff();
	}

	private String title(long id) {
		return this.jdbc.sql("select title_fr from event where id = :id").param("id", id).query(String.class).single();
	}

	private static long idIn(String url) {
		return Long.parseLong(url.replaceAll("^/events/(\\d+)/.*$", "$1"));
	}

	private MockHttpServletRequestBuilder as(PasserelleUser person, MockHttpServletRequestBuilder request) {
		return request.with(user(person)).with(csrf()).header("Accept-Language", "en");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
