package org.passerelle.thirdplace.web;

import java.time.LocalDate;
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
import org.passerelle.thirdplace.HostingKind;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.Sites;
import org.passerelle.thirdplace.SpaceKind;
import org.passerelle.thirdplace.ThirdPlaceFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach every route of the third-places module, from one table: each row is a
 * route, what it is tried on, and the status each person gets. The site belongs to
 * Aix-Marseille Université; the requests are Provepharm's, which is hosted there. Every
 * request mapping of the module must have a row. Nobody signed out sees anything (302 to
 * the sign-in page).
 */
@PostgresTest
@AutoConfigureMockMvc
class SiteAccessMatrixTests {

	/** Who asks. */
	enum Who {

		ANONYMOUS, ADMIN, SITE_STAFF, OTHER_STAFF, OWN_LIAISON, OTHER_LIAISON

	}

	private static final int OK = 200;

	private static final int FOUND = 302;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	private static final int[] EVERYONE_SEES = { FOUND, OK, OK, OK, OK, OK };

	private static final int[] STAFF_SEE = { FOUND, OK, OK, OK, FORBIDDEN, FORBIDDEN };

	private static final int[] STAFF_DO = { FOUND, FOUND, FOUND, FOUND, FORBIDDEN, FORBIDDEN };

	private static final int[] MANAGERS_SEE = { FOUND, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] MANAGERS_DO = { FOUND, FOUND, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] LIAISONS_SEE = { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK };

	private static final int[] LIAISONS_DO = { FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FOUND, FOUND };

	/**
	 * Deciding a request: others do not find it; its own liaison sees it but may not
	 * decide.
	 */
	private static final int[] DECIDERS_SEE = { FOUND, OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND };

	private static final int[] DECIDERS_DO = { FOUND, FOUND, FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND };

	static final List<Row> TABLE = List.of(row("GET /sites", EVERYONE_SEES, noParams()),
			row("GET /sites/new", STAFF_SEE, noParams()),
			row("POST /sites/new", STAFF_DO,
					(f) -> params("name", "Matrix " + UUID.randomUUID(), "address", "1 quai", "city", "Marseille",
							"setting", "URBAN", "status", "OPEN", "institutionId", String.valueOf(f.amu()))),
			row("GET /sites/{id}", EVERYONE_SEES, noParams()), row("GET /sites/{id}/edit", MANAGERS_SEE, noParams()),
			row("POST /sites/{id}/edit", MANAGERS_DO,
					(f) -> params("name", "Matrix " + UUID.randomUUID(), "address", "2 quai", "city", "Marseille",
							"setting", "SUBURBAN", "status", "OPEN", "version", String.valueOf(f.siteVersion()))),
			row("POST /sites/{id}/spaces", MANAGERS_DO,
					(f) -> params("kind", "OFFICE", "name", "Office " + UUID.randomUUID(), "capacity", "4")),
			row("POST /sites/{id}/spaces/{spaceId}", MANAGERS_DO,
					(f) -> params("name", "Renamed area", "capacity", "60")),
			row("POST /sites/{id}/bookings", new int[] { FOUND, FOUND, FOUND, FORBIDDEN, FOUND, FORBIDDEN },
					(f) -> params("roomId", String.valueOf(f.room()), "day", f.today().plusDays(1).toString(),
							"fromHour", "9", "hours", "1")),
			row("GET /sites/requests", EVERYONE_SEES, noParams()),
			row("GET /sites/requests/new", LIAISONS_SEE, noParams()),
			row("POST /sites/requests/new", LIAISONS_DO,
					(f) -> params("kind", "DESKS", "people", "2", "startsOn", f.today().plusDays(10).toString(),
							"purpose", "A team", "contactName", "Ann Lee", "contactEmail", "ann@example.org")),
			row("POST /sites/requests/{pending}/review", DECIDERS_DO, (f) -> params("version", "0")),
			row("POST /sites/requests/{pending}/approve", DECIDERS_DO,
					(f) -> params("version", "0", "space", f.site() + ":" + f.desks())),
			row("GET /sites/requests/{pending}/decline", DECIDERS_SEE, noParams()),
			row("POST /sites/requests/{pending}/decline", DECIDERS_DO,
					(f) -> params("version", "0", "reason", "No room this year")),
			row("GET /sites/requests/{pending}/withdraw", new int[] { FOUND, OK, FORBIDDEN, NOT_FOUND, OK, NOT_FOUND },
					noParams()),
			row("POST /sites/requests/{pending}/withdraw",
					new int[] { FOUND, FOUND, FORBIDDEN, NOT_FOUND, FOUND, NOT_FOUND }, (f) -> params("version", "0")),
			row("POST /sites/requests/{approved}/activate", DECIDERS_DO,
					(f) -> params("version", String.valueOf(f.approvedVersion()))),
			row("POST /sites/requests/{active}/end", DECIDERS_DO,
					(f) -> params("version", String.valueOf(f.activeVersion()), "lastDay", f.today().toString())));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HostingService hosting;

	@Autowired
	private Sites sites;

	@Autowired
	private ThirdPlaceFixtures fixtures;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Map<Who, PasserelleUser> people = new EnumMap<>(Who.class);

	@BeforeEach
	void people() {
		this.people.put(Who.ADMIN, this.fixtures.admin());
		this.people.put(Who.SITE_STAFF, this.fixtures.staff());
		this.people.put(Who.OTHER_STAFF, this.fixtures.person(Role.STAFF, "Université de technologie de Compiègne"));
		this.people.put(Who.OWN_LIAISON, this.fixtures.liaison());
		this.people.put(Who.OTHER_LIAISON, this.fixtures.person(Role.LIAISON, "CMA CGM"));
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Row row : TABLE) {
			for (Who who : Who.values()) {
				cases.add(Arguments.of(row.route(), who, row.expected()[who.ordinal()], row));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("matrix")
	void everyRouteAnswersEachPersonAsTheTableSays(String route, Who who, int expected, Row row) throws Exception {
		Fixture fixture = fixture();
		String[] parts = route.split(" ");
		String path = parts[1].replace("{id}", String.valueOf(fixture.site()))
			.replace("{spaceId}", String.valueOf(fixture.desks()))
			.replace("{pending}", String.valueOf(fixture.pending()))
			.replace("{approved}", String.valueOf(fixture.approved()))
			.replace("{active}", String.valueOf(fixture.active()));
		AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]),
				path);
		row.params().apply(fixture).forEach(request::param);
		if (who != Who.ANONYMOUS) {
			request.with(user(this.people.get(who)));
		}
		int status = this.mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
		assertThat(status).as("%s as %s", route, who).isEqualTo(expected);
	}

	@Test
	void everyRouteOfTheModuleHasARow() {
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.passerelle.thirdplace")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			info.getMethodsCondition()
				.getMethods()
				.forEach((method) -> info.getPatternValues().forEach((pattern) -> routes.add(method + " " + pattern)));
		}
		Set<String> inTable = new TreeSet<>();
		TABLE.forEach((row) -> inTable.add(row.route().replaceAll("\\{(pending|approved|active)\\}", "{id}")));
		assertThat(routes).as("routes of the third-places module").isNotEmpty();
		assertThat(inTable).as("every route of the module has a row").containsAll(routes);
		assertThat(routes).as("every row is a route of the module").containsAll(inTable);
	}

	/**
	 * A fresh site with its spaces and three of Provepharm's requests, for each request.
	 */
	private Fixture fixture() {
		PasserelleUser staff = this.people.get(Who.SITE_STAFF);
		LocalDate today = this.sites.today();
		Site site = this.fixtures.site(50);
		long desks = this.fixtures.spaceOf(site, SpaceKind.DESKS);
		HostingRequest pending = this.fixtures.submit(site, HostingKind.DESKS, 2, today.plusDays(5), null);
		HostingRequest approved = this.fixtures.submit(site, HostingKind.DESKS, 2, today, null);
		this.hosting.approve(approved.getId(), 0, site.getId(), desks, staff);
		HostingRequest active = this.fixtures.submit(site, HostingKind.DESKS, 2, today, null);
		this.hosting.approve(active.getId(), 0, site.getId(), desks, staff);
		this.hosting.activate(active.getId(), 1, staff);
		return new Fixture(this.fixtures.amu(), site.getId(), site.getVersion(), desks,
				this.fixtures.spaceOf(site, SpaceKind.MEETING_ROOM), pending.getId(), approved.getId(), 1,
				active.getId(), 2, today);
	}

	private static Row row(String route, int[] expected, Function<Fixture, Map<String, String>> params) {
		return new Row(route, expected, params);
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

	/** A route, the status each {@link Who} gets, its form. */
	record Row(String route, int[] expected, Function<Fixture, Map<String, String>> params) {

		@Override
		public String toString() {
			return this.route;
		}

	}

	/** What the requests of one row need. */
	record Fixture(long amu, long site, long siteVersion, long desks, long room, long pending, long approved,
			long approvedVersion, long active, long activeVersion, LocalDate today) {

	}

}
