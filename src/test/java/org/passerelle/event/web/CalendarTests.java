package org.passerelle.event.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.event.Audience;
import org.passerelle.event.Event;
import org.passerelle.event.EventDetails;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.EventKind;
import org.passerelle.event.EventService;
import org.passerelle.event.EventStatus;
import org.passerelle.event.EventTitle;
import org.passerelle.event.Session;
import org.passerelle.event.SessionDetails;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The iCalendar files, read back with biweekly, a parser independent of ical4j (which
 * writes them): valid RFC 5545 with the Europe/Paris time zone, one entry per session
 * with stable UIDs and the close of registrations, cancelled events cancelled, drafts
 * kept to those who may see them.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class CalendarTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private EventService service;

	@Autowired
	private StatementCounter counter;

	@Test
	void anEventsFileHasOneEntryPerSessionInParisTimeAndTheCloseOfRegistrations() throws Exception {
		Event event = eventWithTwoSessions("Forum agenda");
		String text = ics(get("/events/{id}.ics", event.getId()).header("Accept-Language", "fr"));
		ICalendar calendar = parse(text);
		assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString())
			.isTrue();
		assertThat(calendar.getTimezoneInfo().getComponents()).singleElement()
			.satisfies((zone) -> assertThat(zone.getTimezoneId().getValue()).isEqualTo("Europe/Paris"));
		assertThat(calendar.getEvents()).hasSize(3);
		for (Session session : event.getSessions()) {
			VEvent entry = entry(calendar, "session-" + session.getId() + "@passerelle");
			assertThat(entry.getSummary().getValue()).startsWith("Forum agenda");
			// the instants come from biweekly's reading of our VTIMEZONE: summer and
			// winter
			// sessions both right means its rules are
			assertThat(entry.getDateStart().getValue().toInstant()).isEqualTo(session.start().toInstant());
			assertThat(entry.getDateEnd().getValue().toInstant()).isEqualTo(session.end().toInstant());
			TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(entry.getDateStart());
			assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("Europe/Paris");
			assertThat(entry.getLocation().getValue()).contains(session.getVenue()).contains(session.getCity());
			assertThat(entry.getStatus().isConfirmed()).isTrue();
			assertThat(entry.getUrl().getValue()).endsWith("/events/" + event.getId());
		}
		assertThat(text)
			.contains("DTSTART;TZID=Europe/Paris:" + LocalDate.of(2027, 7, 1).toString().replace("-", "") + "T093000");
		VEvent closes = entry(calendar, "registration-closes-" + event.getId() + "@passerelle");
		assertThat(closes.getSummary().getValue()).startsWith("Clôture des inscriptions\u00a0: Forum agenda");
		assertThat(closes.getDateStart().getValue().toInstant()).isEqualTo(event.getRegistrationClosesAt());
	}

	@Test
	void uidsAreTheSameFromOneRequestToTheNext() throws Exception {
		Event event = eventWithTwoSessions("Forum stable");
		List<String> first = uids(parse(ics(get("/events/{id}.ics", event.getId()))));
		List<String> second = uids(parse(ics(get("/events/{id}.ics", event.getId()))));
		assertThat(first).hasSize(3).isEqualTo(second);
		List<String> inFeed = uids(parse(ics(get("/events.ics").param("q", "Forum stable"))));
		assertThat(inFeed).isEqualTo(first);
	}

	@Test
	void aCancelledEventComesThroughCancelled() throws Exception {
		Event event = eventWithTwoSessions("Forum annulé");
		this.service.transition(event.getId(), this.service.forEditing(event.getId(), admin()).getVersion(),
				EventStatus.CANCELLED, admin());
		ICalendar calendar = parse(ics(get("/events.ics").param("q", "Forum annulé")));
		assertThat(calendar.getEvents()).hasSize(3)
			.allSatisfy((entry) -> assertThat(entry.getStatus().isCancelled()).isTrue());
		assertThat(parse(ics(get("/events/{id}.ics", event.getId()))).getEvents())
			.allSatisfy((entry) -> assertThat(entry.getStatus()).isEqualTo(Status.cancelled()));
	}

	@Test
	void draftsAreNeverInTheFeedAndTheirOwnFileIsForWhoMaySeeThem() throws Exception {
		String word = "Brouillon" + UUID.randomUUID().toString().substring(0, 8);
		Event draft = this.fixtures.draft(word, this.fixtures.people().amu(), 10);
		this.fixtures.published(word, this.fixtures.people().amu(), 10);
		assertThat(parse(ics(get("/events.ics").param("q", word))).getEvents()).hasSize(1);
		// not even for its organisers: the feed is the same for everyone
		assertThat(
				parse(ics(get("/events.ics").param("q", word).with(user(this.fixtures.people().staff())))).getEvents())
			.hasSize(1);
		this.mvc.perform(get("/events/{id}.ics", draft.getId()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
		this.mvc.perform(get("/events/{id}.ics", draft.getId()).with(user(this.fixtures.people().liaison())))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
		assertThat(parse(ics(get("/events/{id}.ics", draft.getId()).with(user(this.fixtures.people().staff()))))
			.getEvents()).hasSize(1);
	}

	@Test
	void theFeedIsNarrowedLikeTheList() throws Exception {
		String word = "Filtre" + UUID.randomUUID().toString().substring(0, 8);
		Event forum = this.fixtures.published(word, this.fixtures.people().amu(), 10);
		ICalendar all = parse(ics(get("/events.ics").param("q", word)));
		assertThat(all.getEvents()).hasSize(1);
		assertThat(parse(ics(get("/events.ics").param("q", word).param("kind", "FORUM"))).getEvents()).isEmpty();
		assertThat(parse(ics(get("/events.ics").param("q", word).param("kind", "STUDENT_INDUSTRY_DAY"))).getEvents())
			.hasSize(1);
		assertThat(parse(ics(get("/events.ics").param("q", word).param("past", "true"))).getEvents()).isEmpty();
		assertThat(uids(all)).containsExactly("session-" + this.fixtures.sessionOf(forum) + "@passerelle");
	}

	@Test
	void aCalendarThatHasTheFeedIsToldItIsNotModifiedUntilAnEventChanges() throws Exception {
		String word = "Etiquette" + UUID.randomUUID().toString().substring(0, 8);
		Event forum = this.fixtures.published(word, this.fixtures.people().amu(), 10);
		var first = this.mvc.perform(get("/events.ics").param("q", word)).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Last-Modified")).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
		var again = this.mvc.perform(get("/events.ics").param("q", word).header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		// the feed is kept: asked again in full, it runs no SQL statement
		List<String> sent = this.counter.statementsOf(() -> {
			var full = this.mvc.perform(get("/events.ics").param("q", word)).andReturn().getResponse();
			assertThat(full.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		});
		assertThat(sent).isEmpty();
		// another language is another feed
		assertThat(this.mvc.perform(get("/events.ics").param("q", word).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getHeader("ETag")).isNotEqualTo(etag);
		this.service.addSession(forum.getId(), new SessionDetails(this.fixtures.today().plusMonths(2),
				LocalTime.of(9, 0), LocalTime.of(12, 0), "Campus de Luminy", "Marseille", 10, List.of()), admin());
		// the change renews the feed in the background: readers get the previous copy
		// (here "not modified") until the new one is rendered, then the new one
		var changed = this.mvc.perform(get("/events.ics").param("q", word).header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		for (int tries = 0; changed.getStatus() == 304 && tries < 100; tries++) {
			Thread.sleep(50);
			changed = this.mvc.perform(get("/events.ics").param("q", word).header("If-None-Match", etag))
				.andReturn()
				.getResponse();
		}
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(parse(changed.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).getEvents()).hasSize(2);
	}

	@Test
	void aCalendarThatAcceptsGzipGetsTheFeedGzippedWithItsOwnTag() throws Exception {
		String word = "Compresse" + UUID.randomUUID().toString().substring(0, 8);
		this.fixtures.published(word, this.fixtures.people().amu(), 10);
		var plain = this.mvc.perform(get("/events.ics").param("q", word)).andReturn().getResponse();
		var gzipped = this.mvc
			.perform(get("/events.ics").param("q", word).header("Accept-Encoding", "gzip, deflate, br"))
			.andReturn()
			.getResponse();

		assertThat(plain.getHeader("Content-Encoding")).isNull();
		assertThat(gzipped.getStatus()).isEqualTo(200);
		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.getHeader("Vary")).contains("Accept-Encoding").contains("Accept-Language");
		assertThat(gzipped.getContentType()).startsWith("text/calendar");
		byte[] unzipped;
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.getContentAsByteArray()))) {
			unzipped = in.readAllBytes();
		}
		assertThat(unzipped).isEqualTo(plain.getContentAsByteArray());
		assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length)
			.isLessThan(plain.getContentAsByteArray().length);
		assertThat(gzipped.getHeader("ETag")).isNotBlank().isNotEqualTo(plain.getHeader("ETag"));
		// each representation is not modified under its own tag only
		assertThat(this.mvc
			.perform(get("/events.ics").param("q", word)
				.header("Accept-Encoding", "gzip")
				.header("If-None-Match", gzipped.getHeader("ETag")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		assertThat(this.mvc
			.perform(get("/events.ics").param("q", word)
				.header("Accept-Encoding", "gzip")
				.header("If-None-Match", plain.getHeader("ETag")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		// refused by weight: the plain feed
		var refused = this.mvc
			.perform(get("/events.ics").param("q", word).header("Accept-Encoding", "gzip;q=0, identity"))
			.andReturn()
			.getResponse();
		assertThat(refused.getHeader("Content-Encoding")).isNull();
		assertThat(refused.getContentAsByteArray()).isEqualTo(plain.getContentAsByteArray());
	}

	@Test
	void gzipIsAcceptedWhenNamedWithAWeightAboveZero() {
		assertThat(CalendarController.acceptsGzip("gzip")).isTrue();
		assertThat(CalendarController.acceptsGzip("deflate, GZIP;q=0.5")).isTrue();
		assertThat(CalendarController.acceptsGzip("x-gzip")).isTrue();
		assertThat(CalendarController.acceptsGzip(null)).isFalse();
		assertThat(CalendarController.acceptsGzip("")).isFalse();
		assertThat(CalendarController.acceptsGzip("identity")).isFalse();
		assertThat(CalendarController.acceptsGzip("*")).isFalse();
		assertThat(CalendarController.acceptsGzip("br, gzip;q=0")).isFalse();
		assertThat(CalendarController.acceptsGzip("gzip;q=0.0")).isFalse();
		assertThat(CalendarController.acceptsGzip("gzip;q=nonsense")).isFalse();
	}

	private Event eventWithTwoSessions(String title) {
		Instant closes = ZonedDateTime.of(LocalDate.of(2027, 6, 20), LocalTime.of(23, 59), Session.PARIS).toInstant();
		Event event = this.service.create(new EventDetails(new EventTitle(title, title + " (EN)"),
				new EventTitle("Rencontres étudiants et entreprises", null), EventKind.FORUM,
				Set.of(this.fixtures.people().amu()), Set.of(), Set.of(), Set.of(), Set.of(Audience.STUDENTS), null,
				closes), admin());
		this.service.addSession(event.getId(), new SessionDetails(LocalDate.of(2027, 1, 14), LocalTime.of(9, 0),
				LocalTime.of(17, 0), "Campus de Luminy", "Marseille", 50, List.of()), admin());
		this.service.addSession(event.getId(), new SessionDetails(LocalDate.of(2027, 7, 1), LocalTime.of(9, 30),
				LocalTime.of(12, 0), "Campus Saint-Charles", "Marseille", 50, List.of()), admin());
		Event saved = this.service.forEditing(event.getId(), admin());
		this.service.transition(saved.getId(), saved.getVersion(), EventStatus.PUBLISHED, admin());
		return this.service.forEditing(event.getId(), admin());
	}

	private PasserelleUser admin() {
		return this.fixtures.people().admin();
	}

	private String ics(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static ICalendar parse(String text) throws Exception {
		List<List<ParseWarning>> warnings = new ArrayList<>();
		List<ICalendar> calendars = Biweekly.parse(text).warnings(warnings).all();
		assertThat(calendars).hasSize(1);
		assertThat(warnings).allSatisfy((list) -> assertThat(list).as(text).isEmpty());
		return calendars.get(0);
	}

	private static VEvent entry(ICalendar calendar, String uid) {
		return calendar.getEvents()
			.stream()
			.filter((e) -> e.getUid().getValue().equals(uid))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry " + uid));
	}

	private static List<String> uids(ICalendar calendar) {
		return calendar.getEvents().stream().map((e) -> e.getUid().getValue()).sorted().toList();
	}

}
