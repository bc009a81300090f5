package org.passerelle.matchmaking.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.passerelle.PostgresTest;
import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.event.Events;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationLinks;
import org.passerelle.event.Registrations;
import org.passerelle.matchmaking.RoundPlan;
import org.passerelle.matchmaking.SpeedMeetings;
import org.passerelle.matchmaking.Workshops;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach every route of the matchmaking module, from one table (the shape of the
 * events module's matrix): each row is a route, what it is tried on, and the status each
 * person gets. The event is organised by Aix-Marseille Université (the demo staff's
 * institution); the demo liaison's organisation has an employee at the speed meeting.
 * Every request mapping of the module must have a row.
 */
@PostgresTest
@AutoConfigureMockMvc
class MatchmakingAccessMatrixTests {

	/** Who asks. */
	enum Who {

		ANONYMOUS, ADMIN, ORGANISER_STAFF, OTHER_STAFF, LIAISON, OTHER_LIAISON

	}

	/** What the route is tried on. */
	enum Ownership {

		/** A draft of AMU with one session. */
		DRAFT,
		/**
		 * A published event whose session has an employee of the liaison's organisation
		 * and a participant, a published rotation and a workshop; links signed.
		 */
		PUBLISHED,
		/** The same, with the participant's link unsigned. */
		UNSIGNED

	}

	private static final int OK = 200;

	private static final int FOUND = 302;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	private static final int[] EVERYONE_SEES = { OK, OK, OK, OK, OK, OK };

	private static final int[] NOBODY_FINDS = { NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	private static final int[] DRAFT_EDITORS_SEE = { FOUND, OK, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	private static final int[] EDITORS_SEE = { FOUND, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] EDITORS_DO = { FOUND, FOUND, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	/** The companies' page of a published rotation: liaisons alone. */
	private static final int[] LIAISONS_SEE = { FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, OK };

	static final List<Row> TABLE = List.of(
			row("GET /events/{id}/sessions/{sessionId}/speed-meeting", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/speed-meeting", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("POST /events/{id}/sessions/{sessionId}/speed-meeting", Ownership.PUBLISHED, EDITORS_DO,
					(f) -> params("rounds", "1", "minutes", "15", "firstRoundAt", "09:00")),
			row("POST /events/{id}/sessions/{sessionId}/speed-meeting/seat", Ownership.PUBLISHED, EDITORS_DO,
					(f) -> params("group", "0", "round", "0", "table", "0")),
			row("POST /events/{id}/sessions/{sessionId}/speed-meeting/member", Ownership.PUBLISHED, EDITORS_DO,
					(f) -> params("member", "0", "group", "0")),
			row("POST /events/{id}/sessions/{sessionId}/speed-meeting/publish", Ownership.PUBLISHED, EDITORS_DO,
					noParams()),
			row("GET /events/{id}/sessions/{sessionId}/speed-meeting/print", Ownership.PUBLISHED, EDITORS_SEE,
					noParams()),
			row("GET /events/{id}/sessions/{sessionId}/speed-meeting/company", Ownership.PUBLISHED, LIAISONS_SEE,
					noParams()),
			row("GET /events/{id}/sessions/{sessionId}/workshops", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/workshops", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("POST /events/{id}/sessions/{sessionId}/workshops", Ownership.PUBLISHED, EDITORS_DO,
					(f) -> params("title", "Atelier " + UUID.randomUUID(), "capacity", "10")),
			row("POST /events/{id}/sessions/{sessionId}/workshops/{workshopId}/delete", Ownership.PUBLISHED, EDITORS_DO,
					noParams()),
			row("POST /events/{id}/sessions/{sessionId}/workshops/assign", Ownership.PUBLISHED, EDITORS_DO, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/workshops/print", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/workshops.csv", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			// the participant's own page: whoever holds the signed link, nobody else
			row("GET /events/registrations/{registration}/timetable", Ownership.PUBLISHED, EVERYONE_SEES,
					Fixture::signed),
			row("GET /events/registrations/{registration}/timetable", Ownership.UNSIGNED, NOBODY_FINDS,
					Fixture::signed),
			row("POST /events/registrations/{registration}/timetable", Ownership.PUBLISHED,
					new int[] { FOUND, FOUND, FOUND, FOUND, FOUND, FOUND },
					(f) -> params("signature", f.signature(), "first", String.valueOf(f.workshop()))),
			row("POST /events/registrations/{registration}/timetable", Ownership.UNSIGNED, NOBODY_FINDS,
					Fixture::signed));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Autowired
	private Events events;

	@Autowired
	private RegistrationLinks links;

	@Autowired
	private SpeedMeetings speedMeetings;

	@Autowired
	private Workshops workshops;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Map<Who, PasserelleUser> people = new EnumMap<>(Who.class);

	@BeforeEach
	void people() {
		this.people.put(Who.ADMIN, this.fixtures.people().admin());
		this.people.put(Who.ORGANISER_STAFF, this.fixtures.people().staff());
		this.people.put(Who.OTHER_STAFF, person(Role.STAFF, "Université de technologie de Compiègne"));
		this.people.put(Who.LIAISON, this.fixtures.people().liaison());
		this.people.put(Who.OTHER_LIAISON, person(Role.LIAISON, "CMA CGM"));
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Row row : TABLE) {
			for (Who who : Who.values()) {
				cases.add(Arguments.of(row.route(), row.ownership(), who, row.expected()[who.ordinal()], row));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} on {1} as {2} → {3}")
	@MethodSource("matrix")
	void everyRouteAnswersEachPersonAsTheTableSays(String route, Ownership ownership, Who who, int expected, Row row)
			throws Exception {
		Fixture fixture = fixture(ownership);
		String[] parts = row.route().split(" ");
		String path = parts[1].replace("{id}", String.valueOf(fixture.event()))
			.replace("{sessionId}", String.valueOf(fixture.session()))
			.replace("{workshopId}", String.valueOf(fixture.workshop()))
			.replace("{registration}", String.valueOf(fixture.participant()));
		AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]),
				path);
		row.params().apply(fixture).forEach(request::param);
		if (who != Who.ANONYMOUS) {
			request.with(user(this.people.get(who)));
		}
		int status = this.mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
		assertThat(status).as("%s on %s as %s", route, ownership, who).isEqualTo(expected);
	}

	@Test
	void everyRouteOfTheModuleHasARow() {
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.passerelle.matchmaking")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			info.getMethodsCondition()
				.getMethods()
				.forEach((method) -> info.getPatternValues().forEach((pattern) -> routes.add(method + " " + pattern)));
		}
		Set<String> inTable = new TreeSet<>();
		TABLE.forEach((row) -> inTable.add(row.route()));
		assertThat(routes).as("routes of the matchmaking module").isNotEmpty();
		assertThat(inTable).as("every route has a row").containsAll(routes);
		assertThat(routes).as("every row is a route of the module").containsAll(inTable);
	}

	/** A fresh event for each request, so that none sees another's change. */
	private Fixture fixture(Ownership ownership) {
		long amu = this.fixtures.people().amu();
		PasserelleUser admin = this.fixtures.people().admin();
		if (ownership == Ownership.DRAFT) {
			Event event = this.fixtures.draft("Matrice", amu, 20);
			return new Fixture(event.getId(), this.fixtures.sessionOf(event), null, 0, "");
		}
		Event published = this.fixtures.published("Matrice", amu, 20);
		long session = this.fixtures.sessionOf(published);
		this.registrations.registerEmployees(published.getId(), session,
				List.of(new Attendee("Employee", "Engineer", unique("employee"), Locale.FRENCH)),
				this.fixtures.people().liaison());
		Registration participant = this.registrations.registerParticipant(published.getId(), session,
				new Attendee("Student", null, unique("student"), Locale.FRENCH), null);
		Event event = this.events.find(published.getId(), admin);
		this.speedMeetings.generate(event, session, new RoundPlan(1, 15, LocalTime.of(9, 0)), admin);
		this.speedMeetings.publish(event, session, admin);
		long workshop = this.workshops.add(event, session, "Recrutement", 10, admin).getId();
		String signature = (ownership == Ownership.UNSIGNED) ? "0123"
				: this.links.signature(participant.getPublicId(), RegistrationLinks.Purpose.TIMETABLE);
		return new Fixture(event.getId(), session, participant.getPublicId(), workshop, signature);
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@example.org";
	}

	private PasserelleUser person(Role role, String organisation) {
		return new PasserelleUser(-1, role.name().toLowerCase() + "@" + UUID.randomUUID() + ".example.org", "{noop}x",
				"Someone", role, this.fixtures.people().organisation(organisation), true, true);
	}

	private static Row row(String route, Ownership ownership, int[] expected,
			Function<Fixture, Map<String, String>> params) {
		return new Row(route, ownership, expected, params);
	}

	private static Function<Fixture, Map<String, String>> noParams() {
		return (fixture) -> Map.of();
	}

	static Map<String, String> params(String... namesAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	/** A route, what it is tried on, the status each {@link Who} gets, its form. */
	record Row(String route, Ownership ownership, int[] expected, Function<Fixture, Map<String, String>> params) {

		@Override
		public String toString() {
			return this.route + " on " + this.ownership;
		}

	}

	/** What the requests of one row need. */
	record Fixture(long event, long session, UUID participant, long workshop, String signature) {

		Map<String, String> signed() {
			return params("signature", this.signature);
		}

	}

}
