package org.passerelle.convention.web;

import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpMethod;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.passerelle.PostgresTest;
import org.passerelle.convention.ActionDetails;
import org.passerelle.convention.ActionStatus;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionDocuments;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.ConventionService;
import org.passerelle.convention.ConventionStatus;
import org.passerelle.convention.DocumentKind;
import org.passerelle.convention.Pillar;
import org.passerelle.convention.PillarColour;
import org.passerelle.convention.PillarDetails;
import org.passerelle.convention.Pillars;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;

/**
 * Who may reach every route of the convention module, from one table: each row is a
 * route, the state of the convention it is tried on, and the status each role gets. The
 * convention is owned by Polytech Marseille (a component of Aix-Marseille Université)
 * with Provepharm as partner, and public, so that a draft's confidentiality alone gives
 * nothing away. Every request mapping of the module must have a row.
 */
@PostgresTest
@AutoConfigureMockMvc
class ConventionAccessMatrixTests {

	/** Who asks. */
	enum Who {

		ANONYMOUS, ADMIN, OWN_STAFF, PARENT_STAFF, OTHER_STAFF, PARTY_LIAISON, OTHER_LIAISON

	}

	/** What the route is tried on. */
	enum Ownership {

		/** A public draft of Polytech Marseille and Provepharm. */
		DRAFT,
		/** The same, active. */
		ACTIVE,
		/** No convention: the list, the new convention, the pillars. */
		NONE

	}

	private static final int OK = 200;

	private static final int FOUND = 302;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	/** The parties' pages (the whole convention): others find nothing. */
	private static final int[] PARTIES_SEE = { FOUND, OK, OK, OK, NOT_FOUND, OK, NOT_FOUND };

	/** A public convention's page: everyone signed in. */
	private static final int[] EVERYONE_SEES = { FOUND, OK, OK, OK, OK, OK, OK };

	/** Editors' pages of a draft: others do not find it, liaisons are refused. */
	private static final int[] DRAFT_EDITORS_SEE = { FOUND, OK, OK, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN };

	private static final int[] DRAFT_EDITORS_DO = { FOUND, FOUND, FOUND, FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN };

	/** Editors' pages of a public convention in force: others are refused. */
	private static final int[] EDITORS_SEE = { FOUND, OK, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] EDITORS_DO = { FOUND, FOUND, FOUND, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] ADMINS_SEE = { FOUND, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	private static final int[] ADMINS_DO = { FOUND, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN };

	/** The one table: every route of the module × ownership → status by role. */
	static final List<Row> TABLE = List.of(
			// the list, the export, a new convention
			row("GET /conventions", Ownership.NONE, EVERYONE_SEES, noParams()),
			row("GET /conventions/export.csv", Ownership.NONE, EVERYONE_SEES, noParams()),
			row("GET /conventions/new", Ownership.NONE, new int[] { FOUND, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN },
					noParams()),
			row("POST /conventions/new", Ownership.NONE,
					new int[] { FOUND, FOUND, FOUND, FOUND, FOUND, FORBIDDEN, FORBIDDEN },
					(f) -> params("title", "Matrix", "reference", ConventionFixtures.uniqueReference("M"),
							"confidentiality", "PUBLIC", "ownerId", String.valueOf(f.polytech))),
			// the convention's page
			row("GET /conventions/{id}", Ownership.DRAFT, PARTIES_SEE, noParams()),
			row("GET /conventions/{id}", Ownership.ACTIVE, EVERYONE_SEES, noParams()),
			// the four steps
			row("GET /conventions/{id}/edit", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/edit", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			row("POST /conventions/{id}/edit", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::general),
			row("POST /conventions/{id}/edit", Ownership.ACTIVE, EDITORS_DO, Fixture::general),
			row("GET /conventions/{id}/edit/parties", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/edit/parties", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			row("POST /conventions/{id}/edit/parties [search]", Ownership.DRAFT, DRAFT_EDITORS_SEE,
					(f) -> f.withVersion("search", "", "partnerQuery", "CMA")),
			row("POST /conventions/{id}/edit/parties [search]", Ownership.ACTIVE, EDITORS_SEE,
					(f) -> f.withVersion("search", "", "partnerQuery", "CMA")),
			row("POST /conventions/{id}/edit/parties", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::parties),
			row("POST /conventions/{id}/edit/parties", Ownership.ACTIVE, EDITORS_DO, Fixture::parties),
			row("GET /conventions/{id}/edit/dates", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/edit/dates", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			row("POST /conventions/{id}/edit/dates", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::dates),
			row("POST /conventions/{id}/edit/dates", Ownership.ACTIVE, EDITORS_DO, Fixture::dates),
			row("GET /conventions/{id}/edit/pillars", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/edit/pillars", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			// no pillar chosen: editors get the step again, with the message
			row("POST /conventions/{id}/edit/pillars", Ownership.DRAFT, DRAFT_EDITORS_SEE, (f) -> f.withVersion()),
			row("POST /conventions/{id}/edit/pillars", Ownership.ACTIVE, EDITORS_SEE, (f) -> f.withVersion()),
			// lifecycle
			row("POST /conventions/{id}/status", Ownership.DRAFT, DRAFT_EDITORS_DO,
					(f) -> f.withVersion("target", "IN_NEGOTIATION")),
			row("POST /conventions/{id}/status", Ownership.ACTIVE, EDITORS_DO,
					(f) -> f.withVersion("target", "EXPIRED")),
			row("POST /conventions/{id}/renew", Ownership.DRAFT, DRAFT_EDITORS_DO, noParams()),
			row("POST /conventions/{id}/renew", Ownership.ACTIVE, EDITORS_DO, noParams()),
			row("GET /conventions/{id}/terminate", Ownership.DRAFT,
					new int[] { FOUND, OK, OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND }, noParams()),
			row("GET /conventions/{id}/terminate", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			// a draft cannot be terminated: editors get the page again, with the message
			row("POST /conventions/{id}/terminate", Ownership.DRAFT,
					new int[] { FOUND, OK, OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND }, Fixture::termination),
			row("POST /conventions/{id}/terminate", Ownership.ACTIVE, EDITORS_DO, Fixture::termination),
			row("GET /conventions/{id}/delete", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/delete", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			row("POST /conventions/{id}/delete", Ownership.DRAFT, DRAFT_EDITORS_DO, (f) -> f.withVersion()),
			row("POST /conventions/{id}/delete", Ownership.ACTIVE, EDITORS_DO, (f) -> f.withVersion()),
			// axes and actions
			row("GET /conventions/{id}/axes/new", Ownership.DRAFT, DRAFT_EDITORS_SEE,
					(f) -> params("pillar", String.valueOf(f.pillar))),
			row("GET /conventions/{id}/axes/new", Ownership.ACTIVE, EDITORS_SEE,
					(f) -> params("pillar", String.valueOf(f.pillar))),
			row("POST /conventions/{id}/axes/new", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::newAxis),
			row("POST /conventions/{id}/axes/new", Ownership.ACTIVE, EDITORS_DO, Fixture::newAxis),
			row("GET /conventions/{id}/axes/{axisId}", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/axes/{axisId}", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			row("POST /conventions/{id}/axes/{axisId}", Ownership.DRAFT, DRAFT_EDITORS_DO, Fixture::axisForm),
			row("POST /conventions/{id}/axes/{axisId}", Ownership.ACTIVE, EDITORS_DO, Fixture::axisForm),
			row("POST /conventions/{id}/axes/{axisId}/delete", Ownership.DRAFT, DRAFT_EDITORS_DO, noParams()),
			row("POST /conventions/{id}/axes/{axisId}/delete", Ownership.ACTIVE, EDITORS_DO, noParams()),
			row("GET /conventions/{id}/axes/{axisId}/actions/new", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/axes/{axisId}/actions/new", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			row("POST /conventions/{id}/axes/{axisId}/actions/new", Ownership.DRAFT, DRAFT_EDITORS_DO,
					(f) -> params("what", "Two internships", "status", "PLANNED")),
			row("POST /conventions/{id}/axes/{axisId}/actions/new", Ownership.ACTIVE, EDITORS_DO,
					(f) -> params("what", "Two internships", "status", "PLANNED")),
			row("GET /conventions/{id}/actions/{actionId}/edit", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/actions/{actionId}/edit", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			row("POST /conventions/{id}/actions/{actionId}/edit", Ownership.DRAFT, DRAFT_EDITORS_DO,
					Fixture::actionForm),
			row("POST /conventions/{id}/actions/{actionId}/edit", Ownership.ACTIVE, EDITORS_DO, Fixture::actionForm),
			row("GET /conventions/{id}/actions/{actionId}", Ownership.DRAFT, PARTIES_SEE, noParams()),
			row("GET /conventions/{id}/actions/{actionId}", Ownership.ACTIVE, PARTIES_SEE, noParams()),
			row("POST /conventions/{id}/actions/{actionId}/comments", Ownership.DRAFT,
					new int[] { FOUND, FOUND, FOUND, FOUND, NOT_FOUND, FOUND, NOT_FOUND },
					(f) -> params("body", "A comment")),
			row("POST /conventions/{id}/actions/{actionId}/comments", Ownership.ACTIVE,
					new int[] { FOUND, FOUND, FOUND, FOUND, FORBIDDEN, FOUND, FORBIDDEN },
					(f) -> params("body", "A comment")),
			// documents
			row("POST /conventions/{id}/documents", Ownership.DRAFT,
					new int[] { FOUND, FOUND, FOUND, FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND }, noParams()),
			row("POST /conventions/{id}/documents", Ownership.ACTIVE, EDITORS_DO, noParams()),
			row("GET /conventions/{id}/documents/{documentId}", Ownership.DRAFT, PARTIES_SEE, noParams()),
			row("GET /conventions/{id}/documents/{documentId}", Ownership.ACTIVE, PARTIES_SEE, noParams()),
			row("GET /conventions/{id}/documents/{documentId}/delete", Ownership.DRAFT, DRAFT_EDITORS_SEE, noParams()),
			row("GET /conventions/{id}/documents/{documentId}/delete", Ownership.ACTIVE, EDITORS_SEE, noParams()),
			row("POST /conventions/{id}/documents/{documentId}/delete", Ownership.DRAFT, DRAFT_EDITORS_DO, noParams()),
			row("POST /conventions/{id}/documents/{documentId}/delete", Ownership.ACTIVE, EDITORS_DO, noParams()),
			// pillars
			row("GET /admin/pillars", Ownership.NONE, ADMINS_SEE, noParams()),
			row("GET /admin/pillars/new", Ownership.NONE, ADMINS_SEE, noParams()),
			row("POST /admin/pillars/new", Ownership.NONE, ADMINS_DO,
					(f) -> params("nameFr", "Pilier " + UUID.randomUUID(), "nameEn", "Pillar " + UUID.randomUUID(),
							"colour", "TEAL")),
			row("GET /admin/pillars/{id}", Ownership.NONE, ADMINS_SEE, noParams()),
			row("POST /admin/pillars/{id}", Ownership.NONE, ADMINS_DO,
					(f) -> params("nameFr", "Pilier " + UUID.randomUUID(), "nameEn", "Pillar " + UUID.randomUUID(),
							"colour", "PLUM", "version", String.valueOf(f.newPillarVersion))),
			row("POST /admin/pillars/{id}/move", Ownership.NONE, ADMINS_DO, (f) -> params("direction", "up")),
			row("POST /admin/pillars/{id}/retire", Ownership.NONE, ADMINS_DO, noParams()),
			row("POST /admin/pillars/{id}/restore", Ownership.NONE, ADMINS_DO, noParams()),
			row("POST /admin/pillars/{id}/delete", Ownership.NONE, ADMINS_DO, noParams()));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private ConventionService service;

	@Autowired
	private ConventionDocuments documents;

	@Autowired
	private Pillars pillars;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Map<Who, PasserelleUser> people = new EnumMap<>(Who.class);

	@BeforeEach
	void people() {
		this.people.put(Who.ADMIN, this.fixtures.admin());
		this.people.put(Who.OWN_STAFF, person(Role.STAFF, "Polytech Marseille"));
		this.people.put(Who.PARENT_STAFF, this.fixtures.staff());
		this.people.put(Who.OTHER_STAFF, person(Role.STAFF, "Université de technologie de Compiègne"));
		this.people.put(Who.PARTY_LIAISON, this.fixtures.liaison());
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
	void everyRouteAnswersEachRoleAsTheTableSays(String route, Ownership ownership, Who who, int expected, Row row)
			throws Exception {
		Fixture fixture = fixture(ownership);
		AbstractMockHttpServletRequestBuilder<?> request = request(row, fixture);
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
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.passerelle.convention")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			String params = info.getParamsCondition().getExpressions().isEmpty() ? ""
					: " " + info.getParamsCondition().getExpressions().toString();
			info.getMethodsCondition()
				.getMethods()
				.forEach((method) -> info.getPatternValues()
					.forEach((pattern) -> routes.add(method + " "
							+ pattern.replaceFirst("^(\\S+ )?/conventions/\\{pillarId\\}", "$1/conventions/{id}")
							+ params)));
		}
		Set<String> inTable = new TreeSet<>();
		TABLE.forEach((row) -> inTable.add(row.route()));
		assertThat(routes).as("routes of the convention module").isNotEmpty();
		assertThat(inTable).as("every route of the convention module has a row").containsAll(routes);
		assertThat(routes).as("every row is a route of the convention module").containsAll(inTable);
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Row row, Fixture fixture) {
		String[] parts = row.route().split(" ");
		String path = parts[1]
			.replace("{id}", String.valueOf(parts[1].startsWith("/admin/") ? fixture.newPillar : fixture.convention))
			.replace("{axisId}", String.valueOf(fixture.axis))
			.replace("{actionId}", String.valueOf(fixture.action))
			.replace("{documentId}", String.valueOf(fixture.document));
		AbstractMockHttpServletRequestBuilder<?> request;
		if (path.endsWith("/documents") && parts[0].equals("POST")) {
			request = MockMvcRequestBuilders.multipart(path)
				.file(new MockMultipartFile("file", "annex.pdf", "application/pdf", PDF));
		}
		else {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path);
		}
		row.params().apply(fixture).forEach(request::param);
		return request;
	}

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	/**
	 * A fresh convention (and a fresh pillar) for each request, so that none sees
	 * another's change.
	 */
	private Fixture fixture(Ownership ownership) {
		PasserelleUser admin = this.fixtures.admin();
		long polytech = this.fixtures.organisation("Polytech Marseille");
		Pillar pillar = this.fixtures.newPillar(new PillarDetails("Pilier " + UUID.randomUUID(),
				"Pillar " + UUID.randomUUID(), null, null, PillarColour.NAVY));
		if (ownership == Ownership.NONE) {
			return new Fixture(0, 0, 0, 0, 0, pillar.getId(), pillar.getVersion(), polytech,
					this.fixtures.organisation("Provepharm"), 0);
		}
		Convention convention = this.service.create("Matrix " + ownership, ConventionFixtures.uniqueReference("MX"),
				Confidentiality.PUBLIC, "A public convention", polytech, admin);
		long id = convention.getId();
		long provepharm = this.fixtures.organisation("Provepharm");
		this.service.changeParties(id, convention.getVersion(), List.of(polytech), List.of(provepharm), admin);
		this.fixtures.withPillars(id, "Training");
		long training = this.fixtures.pillar("Training");
		if (ownership == Ownership.ACTIVE) {
			LocalDate start = LocalDate.now().minusYears(1);
			this.fixtures.withDates(id, start, start.plusYears(3), null);
			this.fixtures.moveTo(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
		}
		Convention loaded = this.service.forEditing(id, admin);
		long axis = loaded.getAxes().get(0).getId();
		long action = this.service
			.addAction(id, axis, new ActionDetails("Six internships", null, null, ActionStatus.PLANNED, null), admin)
			.getId();
		long document = this.documents.upload(id, DocumentKind.ANNEX, "annex.pdf", PDF, admin).getId();
		return new Fixture(id, axis, action, document, training, pillar.getId(), pillar.getVersion(), polytech,
				provepharm, this.fixtures.version(id));
	}

	private PasserelleUser person(Role role, String organisation) {
		return new PasserelleUser(-1, role.name().toLowerCase() + "@" + UUID.randomUUID() + ".example.org", "{noop}x",
				"Someone", role, this.fixtures.organisation(organisation), true, true);
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
	record Fixture(long convention, long axis, long action, long document, long pillar, long newPillar,
			long newPillarVersion, long polytech, long provepharm, long version) {

		Map<String, String> withVersion(String... namesAndValues) {
			Map<String, String> params = params(namesAndValues);
			params.put("version", String.valueOf(this.version));
			return params;
		}

		Map<String, String> general() {
			return withVersion("title", "Matrix renamed", "reference", ConventionFixtures.uniqueReference("MR"),
					"confidentiality", "PUBLIC");
		}

		Map<String, String> parties() {
			return withVersion("institutionIds", String.valueOf(this.polytech), "partnerIds",
					String.valueOf(this.provepharm));
		}

		Map<String, String> dates() {
			LocalDate start = LocalDate.now().minusYears(1);
			return withVersion("signedOn", start.toString(), "startsOn", start.toString(), "endsOn",
					start.plusYears(3).toString());
		}

		Map<String, String> termination() {
			return withVersion("terminatedOn", LocalDate.now().toString(), "reason", "Both parties agreed");
		}

		Map<String, String> newAxis() {
			return params("pillarId", String.valueOf(this.pillar), "statement", "Another axis");
		}

		Map<String, String> axisForm() {
			return params("pillarId", String.valueOf(this.pillar), "statement", "A changed axis", "version", "0");
		}

		Map<String, String> actionForm() {
			return params("what", "Seven internships", "status", "IN_PROGRESS", "version", "0");
		}

	}

}
