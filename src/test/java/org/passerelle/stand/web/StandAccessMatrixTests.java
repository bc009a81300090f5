package org.passerelle.stand.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.stand.Stand;
import org.passerelle.stand.StandFixtures;
import org.passerelle.stand.StandService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach every route of the stands module, from one table: each row is a route,
 * what it is tried on, and the status each person gets. The event is organised by
 * Aix-Marseille Université (the demo staff's institution); the lead is the demo liaison
 * (Provepharm), who opened a shared stand and invited HalioDx, whose liaison is the
 * invitee; CMA CGM's liaison is on no stand. Every request mapping of the module must
 * have a row.
 */
@PostgresTest
@AutoConfigureMockMvc
class StandAccessMatrixTests {

	/** Who asks. */
	enum Who {

		ANONYMOUS, ADMIN, ORGANISER_STAFF, OTHER_STAFF, LEAD_LIAISON, INVITED_LIAISON, OTHER_LIAISON

	}

	/** What the route is tried on. */
	enum Ownership {

		/** A draft event with a stand type (no stand can be applied for). */
		DRAFT,
		/**
		 * A published event with a stand type and a shared stand, one company invited.
		 */
		PUBLISHED,
		/** Nothing: the invitations page. */
		NONE

	}

	private static final int OK = 200;

	private static final int FOUND = 302;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	/** The event's stand page: its staff and liaisons. */
	private static final int[] STANDS_PAGE = { FOUND, OK, OK, FORBIDDEN, OK, OK, OK };

	/** A draft's stand page: its staff; liaisons do not find the draft. */
	private static final int[] DRAFT_STANDS_PAGE = { FOUND, OK, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	private static final int[] MANAGERS_SEE = { FOUND, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] MANAGERS_DO = { FOUND, FOUND, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] DRAFT_MANAGERS_SEE = { FOUND, OK, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	private static final int[] DRAFT_MANAGERS_DO = { FOUND, FOUND, FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND };

	/** Applying: liaisons, at a published event. */
	private static final int[] APPLY_SEE = { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, OK };

	private static final int[] APPLY_DO = { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FOUND, FOUND, FOUND };

	private static final int[] DRAFT_APPLY = { FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
			NOT_FOUND };

	/** A stand's page: the event's staff and the companies on it. */
	private static final int[] STAND_PAGE = { FOUND, OK, OK, FORBIDDEN, OK, OK, FORBIDDEN };

	/** What the lead does. */
	private static final int[] LEAD_DOES = { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FOUND, FORBIDDEN, FORBIDDEN };

	/** What the invited company does. */
	private static final int[] INVITED_DOES = { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FOUND, FORBIDDEN };

	/** The table: every route of the module × ownership → status by person. */
	static final List<Row> TABLE = List.of(row("GET /events/{id}/stands", Ownership.DRAFT, DRAFT_STANDS_PAGE),
			row("GET /events/{id}/stands", Ownership.PUBLISHED, STANDS_PAGE),
			row("GET /events/{id}/stands/types/new", Ownership.DRAFT, DRAFT_MANAGERS_SEE),
			row("GET /events/{id}/stands/types/new", Ownership.PUBLISHED, MANAGERS_SEE),
			row("POST /events/{id}/stands/types/new", Ownership.DRAFT, DRAFT_MANAGERS_DO, Fixture::typeForm),
			row("POST /events/{id}/stands/types/new", Ownership.PUBLISHED, MANAGERS_DO, Fixture::typeForm),
			row("GET /events/{id}/stands/apply", Ownership.DRAFT, DRAFT_APPLY),
			row("GET /events/{id}/stands/apply", Ownership.PUBLISHED, APPLY_SEE),
			row("POST /events/{id}/stands/apply", Ownership.DRAFT, DRAFT_APPLY, Fixture::applyForm),
			row("POST /events/{id}/stands/apply", Ownership.PUBLISHED, APPLY_DO, Fixture::applyForm),
			row("GET /events/{id}/stands/plan", Ownership.DRAFT, DRAFT_MANAGERS_SEE),
			row("GET /events/{id}/stands/plan", Ownership.PUBLISHED, MANAGERS_SEE),
			row("GET /events/{id}/stands/payments.csv", Ownership.DRAFT, DRAFT_MANAGERS_SEE),
			row("GET /events/{id}/stands/payments.csv", Ownership.PUBLISHED, MANAGERS_SEE),
			row("GET /stands/invitations", Ownership.NONE,
					new int[] { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, OK }),
			row("GET /stands/{standId}", Ownership.PUBLISHED, STAND_PAGE),
			row("POST /stands/{standId}/invitations", Ownership.PUBLISHED, LEAD_DOES, Fixture::invite),
			row("POST /stands/{standId}/split", Ownership.PUBLISHED, LEAD_DOES, Fixture::split),
			row("POST /stands/{standId}/withdraw", Ownership.PUBLISHED, LEAD_DOES, Fixture::withVersion),
			row("POST /stands/{standId}/join", Ownership.PUBLISHED, INVITED_DOES),
			row("POST /stands/{standId}/refuse", Ownership.PUBLISHED, INVITED_DOES),
			// the invitation is unanswered: staff get the page back saying so
			row("POST /stands/{standId}/accept", Ownership.PUBLISHED,
					new int[] { FOUND, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN }, Fixture::numbers),
			row("GET /stands/{standId}/decline", Ownership.PUBLISHED, MANAGERS_SEE),
			row("POST /stands/{standId}/decline", Ownership.PUBLISHED, MANAGERS_DO, Fixture::decline));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StandFixtures fixtures;

	@Autowired
	private StandService stands;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Map<Who, PasserelleUser> people = new EnumMap<>(Who.class);

	@BeforeEach
	void people() {
		this.people.put(Who.ADMIN, this.fixtures.events().people().admin());
		this.people.put(Who.ORGANISER_STAFF, this.fixtures.events().people().staff());
		this.people.put(Who.OTHER_STAFF, person(Role.STAFF, "Université de technologie de Compiègne"));
		this.people.put(Who.LEAD_LIAISON, this.fixtures.events().people().liaison());
		this.people.put(Who.INVITED_LIAISON, person(Role.LIAISON, "HalioDx"));
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
			.replace("{standId}", String.valueOf(fixture.stand()));
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
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.passerelle.stand")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			info.getMethodsCondition()
				.getMethods()
				.forEach((method) -> info.getPatternValues().forEach((pattern) -> routes.add(method + " " + pattern)));
		}
		Set<String> inTable = new TreeSet<>();
		TABLE.forEach((row) -> inTable.add(row.route()));
		assertThat(routes).as("routes of the stands module").isNotEmpty();
		assertThat(inTable).as("every route of the stands module has a row").containsAll(routes);
		assertThat(routes).as("every row is a route of the stands module").containsAll(inTable);
	}

	/** A fresh event and stand for each request, so that none sees another's change. */
	private Fixture fixture(Ownership ownership) {
		if (ownership == Ownership.NONE) {
			return new Fixture(0, 0, 0, 0, 0, 0);
		}
		StandFixtures.Forum forum = this.fixtures.forum(ownership == Ownership.PUBLISHED, 5);
		long invited = this.fixtures.events().people().organisation("HalioDx");
		long lead = this.fixtures.events().people().organisation("Provepharm");
		if (ownership == Ownership.DRAFT) {
			return new Fixture(forum.event().getId(), 0, 0, forum.type().getId(), invited, lead);
		}
		Stand stand = this.stands.apply(forum.event(), forum.type().getId(), true,
				this.fixtures.events().people().liaison());
		stand = this.stands.invite(stand.getId(), stand.getVersion(), invited);
		return new Fixture(forum.event().getId(), stand.getId(), stand.getVersion(), forum.type().getId(),
				this.fixtures.events().people().organisation("Innate Pharma"), lead);
	}

	private PasserelleUser person(Role role, String organisation) {
		return new PasserelleUser(-1, role.name().toLowerCase() + "@" + UUID.randomUUID() + ".example.org", "{noop}x",
				"Someone", role, this.fixtures.events().people().organisation(organisation), true, true);
	}

	private static Row row(String route, Ownership ownership, int[] expected) {
		return new Row(route, ownership, expected, (fixture) -> Map.of());
	}

	private static Row row(String route, Ownership ownership, int[] expected,
			Function<Fixture, Map<String, String>> params) {
		return new Row(route, ownership, expected, params);
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
	record Fixture(long event, long stand, long version, long type, long other, long lead) {

		Map<String, String> withVersion() {
			return params("version", String.valueOf(this.version));
		}

		Map<String, String> typeForm() {
			return params("nameFr", "Table " + UUID.randomUUID(), "price", "150,00", "currency", "EUR", "perSession",
					"10", "maxCompanies", "1");
		}

		Map<String, String> applyForm() {
			return params("typeId", String.valueOf(this.type), "shared", "true");
		}

		Map<String, String> invite() {
			return params("organisationId", String.valueOf(this.other), "version", String.valueOf(this.version));
		}

		Map<String, String> split() {
			return params("split", "EQUAL", "version", String.valueOf(this.version));
		}

		Map<String, String> numbers() {
			return params("version", String.valueOf(this.version));
		}

		Map<String, String> decline() {
			return params("reason", "Plus de place", "version", String.valueOf(this.version));
		}

	}

}
