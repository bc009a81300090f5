package org.passerelle.event.web;

import java.time.LocalDate;
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
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationLinks;
import org.passerelle.event.Registrations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;

/**
 * Who may reach every route of the events module, from one table: each row is a route,
 * the event it is tried on, and the status each person gets. The event is organised by
 * Aix-Marseille Université (the demo staff's institution); the liaison is the demo
 * liaison, whose organisation has an employee registered to the published event. Every
 * request mapping of the module must have a row.
 */
@PostgresTest
@AutoConfigureMockMvc
class EventAccessMatrixTests {

	/** Who asks. */
	enum Who {

		ANONYMOUS, ADMIN, ORGANISER_STAFF, OTHER_STAFF, LIAISON, OTHER_LIAISON

	}

	/** What the route is tried on. */
	enum Ownership {

		/** A draft of AMU with one session. */
		DRAFT,
		/**
		 * The same, published and open, with an employee of the liaison's organisation
		 * and a participant registered.
		 */
		PUBLISHED,
		/** No event: the list, a new event. */
		NONE

	}

	private static final int OK = 200;

	private static final int FOUND = 302;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	private static final int[] EVERYONE_SEES = { OK, OK, OK, OK, OK, OK };

	private static final int[] DRAFT_EDITORS_SEE = { FOUND, OK, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	private static final int[] DRAFT_EDITORS_DO = { FOUND, FOUND, FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	private static final int[] EDITORS_SEE = { FOUND, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] EDITORS_DO = { FOUND, FOUND, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	/** Liaisons' pages of a draft: its editors are refused, others find nothing. */
	private static final int[] DRAFT_LIAISONS = { FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	/** The employee's cancel and replace pages: editors and the employee's liaison. */
	private static final int[] EMPLOYEE_SEE = { FOUND, OK, OK, FORBIDDEN, OK, FORBIDDEN };

	private static final int[] EMPLOYEE_DO = { FOUND, FOUND, FOUND, FORBIDDEN, FOUND, FORBIDDEN };

	/** The public form of a draft: not found but for its editors, who cannot register. */
	private static final int[] DRAFT_PUBLIC_FORM = { NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	/**
	 * The public form of a published event: anyone but liaisons (who register employees).
	 */
	private static final int[] PUBLIC_FORM = { OK, OK, OK, OK, FORBIDDEN, FORBIDDEN };

	/** The one table: every route of the module × ownership → status by person. */
	static final List<Row> TABLE = List.of(row("GET /events", Ownership.NONE, EVERYONE_SEES, noParams()),
			row("GET /events/{id}", Ownership.DRAFT, new int[] { NOT_FOUND, OK, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND },
					noParams()),
			row("GET /events/{id}", Ownership.PUBLISHED, EVERYONE_SEES, noParams()),
			row("GET /events/new", Ownership.NONE, new int[] { FOUND, OK, OK, OK, FORBIDDEN, FORBIDDEN }, noParams()),
			// staff create for their own institution, administrators for the one they
			// choose
			row("POST /events/new", Ownership.NONE, new int[] { FOUND, FOUND, FOUND, FOUND, FORBIDDEN, FORBIDDEN },
					Fixture::generalForm),
			// the editor's four steps
			row("GET /events/{id}/edit", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/edit", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("POST /events/{id}/edit", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::generalForm),
			row("POST /events/{id}/edit", Ownership.PUBLISHED, EDITORS_DO, Fixture::generalForm),
			row("GET /events/{id}/edit/organisers", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/edit/organisers", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("POST /events/{id}/edit/organisers", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::organisersForm),
			row("POST /events/{id}/edit/organisers", Ownership.PUBLISHED, EDITORS_DO, Fixture::organisersForm),
			row("GET /events/{id}/edit/sessions", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/edit/sessions", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("GET /events/{id}/edit/registration", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/edit/registration", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("POST /events/{id}/edit/registration", Ownership.DRAFT, DRAFT_EDITORS_DO,
					(f) -> f.withVersion("closesAt", LocalDate.now().plusMonths(1).atTime(9, 0).toString(), "publish",
							"1")),
			row("POST /events/{id}/edit/registration", Ownership.PUBLISHED, EDITORS_DO,
					(f) -> f.withVersion("closesAt", LocalDate.now().plusMonths(1).atTime(9, 0).toString())),
			row("POST /events/{id}/status", Ownership.DRAFT, DRAFT_EDITORS_DO,
					(f) -> f.withVersion("target", "PUBLISHED")),
			row("POST /events/{id}/status", Ownership.PUBLISHED, EDITORS_DO, (f) -> f.withVersion("target", "DONE")),
			row("GET /events/{id}/edit/sessions/new", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/edit/sessions/new", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("POST /events/{id}/edit/sessions/new", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::sessionForm),
			row("POST /events/{id}/edit/sessions/new", Ownership.PUBLISHED, EDITORS_DO, Fixture::sessionForm),
			row("GET /events/{id}/edit/sessions/{sessionId}", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/edit/sessions/{sessionId}", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("POST /events/{id}/edit/sessions/{sessionId}", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::sessionForm),
			row("POST /events/{id}/edit/sessions/{sessionId}", Ownership.PUBLISHED, EDITORS_DO, Fixture::sessionForm),
			row("POST /events/{id}/edit/sessions/{sessionId}/delete", Ownership.DRAFT, DRAFT_EDITORS_DO, noParams()),
			// people registered: editors are told it cannot be removed
			row("POST /events/{id}/edit/sessions/{sessionId}/delete", Ownership.PUBLISHED, EDITORS_DO, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/registrations", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/registrations", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/registrations.csv", Ownership.DRAFT, DRAFT_EDITORS_SEE,
					noParams()),
			row("GET /events/{id}/sessions/{sessionId}/registrations.csv", Ownership.PUBLISHED, EDITORS_SEE,
					noParams()),
			row("GET /events/{id}/sessions/{sessionId}/employees", Ownership.DRAFT, DRAFT_LIAISONS, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/employees", Ownership.PUBLISHED,
					new int[] { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK }, noParams()),
			row("POST /events/{id}/sessions/{sessionId}/employees", Ownership.DRAFT, DRAFT_LIAISONS,
					Fixture::employees),
			row("POST /events/{id}/sessions/{sessionId}/employees", Ownership.PUBLISHED,
					new int[] { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FOUND, FOUND }, Fixture::employees),
			row("GET /events/{id}/my-registrations", Ownership.DRAFT, DRAFT_LIAISONS, noParams()),
			row("GET /events/{id}/my-registrations", Ownership.PUBLISHED,
					new int[] { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK }, noParams()),
			row("GET /events/{id}/registrations/{registration}/cancel", Ownership.PUBLISHED, EMPLOYEE_SEE, noParams()),
			row("POST /events/{id}/registrations/{registration}/cancel", Ownership.PUBLISHED, EMPLOYEE_DO, noParams()),
			row("GET /events/{id}/registrations/{registration}/replace", Ownership.PUBLISHED, EMPLOYEE_SEE, noParams()),
			row("POST /events/{id}/registrations/{registration}/replace", Ownership.PUBLISHED, EMPLOYEE_DO,
					(f) -> params("name", "Replacement", "jobTitle", "Engineer", "email",
							"replacement-" + UUID.randomUUID() + "@example.com")),
			row("GET /events/{id}/sessions/{sessionId}/register", Ownership.DRAFT, DRAFT_PUBLIC_FORM, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/register", Ownership.PUBLISHED, PUBLIC_FORM, noParams()),
			row("POST /events/{id}/sessions/{sessionId}/register", Ownership.DRAFT, DRAFT_PUBLIC_FORM,
					Fixture::participantForm),
			row("POST /events/{id}/sessions/{sessionId}/register", Ownership.PUBLISHED, PUBLIC_FORM,
					Fixture::participantForm),
			// the participant's signed links: anyone holding the link
			row("GET /events/registrations/{registration}/{purpose:confirm|cancel}", Ownership.PUBLISHED, EVERYONE_SEES,
					Fixture::signed),
			row("POST /events/registrations/{registration}/{purpose:confirm|cancel}", Ownership.PUBLISHED,
					new int[] { FOUND, FOUND, FOUND, FOUND, FOUND, FOUND }, Fixture::signed),
			// Events: calendar, check-in, import
			row("GET /events.ics", Ownership.NONE, EVERYONE_SEES, noParams()),
			row("GET /events/{id}.ics", Ownership.DRAFT,
					new int[] { NOT_FOUND, OK, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND }, noParams()),
			row("GET /events/{id}.ics", Ownership.PUBLISHED, EVERYONE_SEES, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/check-in", Ownership.DRAFT, DRAFT_EDITORS_SEE,
					(f) -> params("q", "zoe")),
			row("GET /events/{id}/sessions/{sessionId}/check-in", Ownership.PUBLISHED, EDITORS_SEE,
					(f) -> params("q", "employee")),
			row("POST /events/{id}/sessions/{sessionId}/check-in/{registration}", Ownership.PUBLISHED, EDITORS_DO,
					noParams()),
			row("POST /events/{id}/sessions/{sessionId}/check-in/{registration}/undo", Ownership.PUBLISHED, EDITORS_DO,
					noParams()),
			// the draft is not taking place, the session not yet: editors are told so on
			// the
			// page
			row("POST /events/{id}/sessions/{sessionId}/check-in/walk-in", Ownership.DRAFT, DRAFT_EDITORS_SEE,
					Fixture::participantForm),
			row("POST /events/{id}/sessions/{sessionId}/check-in/walk-in", Ownership.PUBLISHED, EDITORS_SEE,
					Fixture::participantForm),
			// no import pending in the session: editors are sent back to the upload
			row("GET /events/{id}/sessions/{sessionId}/import", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("POST /events/{id}/sessions/{sessionId}/import", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/import/{token}/mapping", Ownership.DRAFT, DRAFT_EDITORS_DO,
					noParams()),
			row("POST /events/{id}/sessions/{sessionId}/import/{token}/mapping", Ownership.DRAFT, DRAFT_EDITORS_DO,
					noParams()),
			row("GET /events/{id}/sessions/{sessionId}/import/{token}/preview", Ownership.DRAFT, DRAFT_EDITORS_DO,
					noParams()),
			row("POST /events/{id}/sessions/{sessionId}/import/{token}/confirm", Ownership.DRAFT, DRAFT_EDITORS_DO,
					noParams()),
			row("GET /events/{id}/sessions/{sessionId}/import", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("POST /events/{id}/sessions/{sessionId}/import", Ownership.PUBLISHED, EDITORS_SEE, noParams()),
			row("GET /events/{id}/sessions/{sessionId}/import/{token}/mapping", Ownership.PUBLISHED, EDITORS_DO,
					noParams()),
			row("POST /events/{id}/sessions/{sessionId}/import/{token}/mapping", Ownership.PUBLISHED, EDITORS_DO,
					noParams()),
			row("GET /events/{id}/sessions/{sessionId}/import/{token}/preview", Ownership.PUBLISHED, EDITORS_DO,
					noParams()),
			row("POST /events/{id}/sessions/{sessionId}/import/{token}/confirm", Ownership.PUBLISHED, EDITORS_DO,
					noParams()));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private Registrations registrations;

	@Autowired
	private RegistrationLinks links;

	@Autowired
	private EventFixtures sessions;

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
			.replace("{purpose:confirm|cancel}", "confirm")
			.replace("{token}", "no-such-import")
			.replace("{registration}", String
				.valueOf(parts[1].startsWith("/events/registrations") ? fixture.participant() : fixture.employee()));
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
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.passerelle.event")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			info.getMethodsCondition()
				.getMethods()
				.forEach((method) -> info.getPatternValues().forEach((pattern) -> routes.add(method + " " + pattern)));
		}
		Set<String> inTable = new TreeSet<>();
		TABLE.forEach((row) -> inTable.add(row.route()));
		assertThat(routes).as("routes of the events module").isNotEmpty();
		assertThat(inTable).as("every route of the events module has a row").containsAll(routes);
		assertThat(routes).as("every row is a route of the events module").containsAll(inTable);
	}

	/** A fresh event for each request, so that none sees another's change. */
	private Fixture fixture(Ownership ownership) {
		long amu = this.fixtures.people().amu();
		if (ownership == Ownership.NONE) {
			return new Fixture(0, 0, 0, null, null, amu, "", 0);
		}
		Event event = (ownership == Ownership.DRAFT) ? this.fixtures.draft("Matrice", amu, 20)
				: this.fixtures.published("Matrice", amu, 20);
		long session = this.fixtures.sessionOf(event);
		if (ownership == Ownership.DRAFT) {
			return new Fixture(event.getId(), session, event.getVersion(), null, null, amu, "",
					event.getSessions().get(0).getVersion());
		}
		Registration employee = this.registrations
			.registerEmployees(event.getId(), session,
					List.of(new Attendee("Employee", "Engineer", unique("employee"), Locale.FRENCH)),
					this.fixtures.people().liaison())
			.get(0);
		Registration participant = this.registrations.registerParticipant(event.getId(), session,
				new Attendee("Student", null, unique("student"), Locale.FRENCH), null);
		return new Fixture(event.getId(), session, event.getVersion(), employee.getPublicId(),
				participant.getPublicId(), amu,
				this.links.signature(participant.getPublicId(), RegistrationLinks.Purpose.CONFIRM),
				this.sessions.sessionVersion(session));
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
	record Fixture(long event, long session, long version, UUID employee, UUID participant, long amu, String signature,
			long sessionVersion) {

		Map<String, String> withVersion(String... namesAndValues) {
			Map<String, String> params = params(namesAndValues);
			params.put("version", String.valueOf(this.version));
			return params;
		}

		Map<String, String> generalForm() {
			return withVersion("titleFr", "Forum matrice", "kind", "FORUM", "organiserIds", String.valueOf(this.amu),
					"audiences", "STUDENTS");
		}

		Map<String, String> organisersForm() {
			return withVersion("organiserIds", String.valueOf(this.amu));
		}

		Map<String, String> sessionForm() {
			return params("day", LocalDate.now().plusMonths(2).toString(), "startsAt", "09:00", "endsAt", "17:00",
					"venue", "Campus de Luminy", "city", "Marseille", "capacity", "30", "programme",
					"09:00 Accueil | Welcome", "version", String.valueOf(this.sessionVersion));
		}

		Map<String, String> employees() {
			return params("people[0].name", "Ada Lovelace", "people[0].jobTitle", "Engineer", "people[0].email",
					unique("ada"));
		}

		Map<String, String> participantForm() {
			return params("name", "Zoé Martin", "email", unique("zoe"));
		}

		Map<String, String> signed() {
			return params("signature", this.signature);
		}

	}

}
