package org.passerelle.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.OrganisationMerges;
import org.passerelle.organisation.PublicProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page the portal renders, in French and in English, for every role, and the error
 * pages: none shows a message key that is missing ("??key_fr??"), and each has a title of
 * plain text naming the portal (what a browser's tab and a screen reader announce).
 */
@PostgresTest
@AutoConfigureMockMvc
class RenderedPagesTests {

	private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s<>\"]*\\?\\?");

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	/** What a title left as a template or a fragment's text shows. */
	private static final Pattern NOT_PLAIN = Pattern.compile("&lt;|&gt;|\\$\\{|#\\{|\\*\\{|th:|\\|");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	/** Pages that are files, not HTML. */
	private static final Set<String> FILES = Set.of("/organisations/export.csv", "/conventions/export.csv",
			"/organisations/{organisationId}/contacts/{contactId}/export", "/conventions/{id}/documents/{documentId}",
			"/reports/{section}.csv", "/events/{id}/sessions/{sessionId}/registrations.csv",
			"/events/{id}/stands/payments.csv", "/events/{id}/sessions/{sessionId}/workshops.csv",
			"/organisations/import/{token}/rejected.csv");

	private static final List<String> LANGUAGES = List.of("fr", "en");

	private static final List<String> PEOPLE = List.of("admin@demo.passerelle", "staff@demo.passerelle",
			"liaison@demo.passerelle");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private OrganisationMerges merges;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void noPageShowsAMissingMessageKeyOrATitleLeftAsATemplateInEitherLanguage() throws Exception {
		Map<String, Object> values = pathValues();
		List<String> pages = getPages().stream().map((pattern) -> expand(pattern, values)).toList();
		assertThat(pages).contains("/", "/organisations", "/admin/users", "/account/password");
		List<String> missing = new ArrayList<>();
		int rendered = 0;
		for (String language : LANGUAGES) {
			for (String page : pages) {
				rendered += check(get(page), language, missing);
				for (String person : PEOPLE) {
					rendered += check(get(page).with(user(this.users.loadUserByUsername(person))), language, missing);
				}
			}
		}
		assertThat(missing).isEmpty();
		// every page, for at least the administrator, in both languages
		assertThat(rendered).isGreaterThanOrEqualTo(2 * pages.size());
	}

	@Test
	void errorPagesShowNoMissingMessageKeyAndAPlainTitleInEitherLanguage() throws Exception {
		List<String> missing = new ArrayList<>();
		int rendered = 0;
		for (String language : LANGUAGES) {
			for (int status : new int[] { 400, 403, 404, 405, 500 }) {
				MockHttpServletRequestBuilder anonymous = errorPage(status);
				rendered += check(anonymous, language, missing);
				rendered += check(errorPage(status).with(user(this.users.loadUserByUsername("staff@demo.passerelle"))),
						language, missing);
			}
		}
		assertThat(missing).isEmpty();
		assertThat(rendered).isEqualTo(2 * 5 * 2);
	}

	/** What {@link UploadLimitAdvice} leaves in the flash, as the next page shows it. */
	@Test
	void aRefusedUploadShowsItsFormsMessageWithItsLimit() throws Exception {
		long convention = id("select min(id) from convention");
		String importPage = this.mvc
			.perform(get("/organisations/import").header("Accept-Language", "en")
				.requestAttr("error", "import.problem.tooLarge")
				.requestAttr(UploadLimitAdvice.ERROR_ARGUMENTS, new Object[] { 20L })
				.with(user(this.users.loadUserByUsername("staff@demo.passerelle"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(importPage).contains("The file is larger than 20 MB.");
		String conventionPage = this.mvc
			.perform(get("/conventions/{id}", convention).header("Accept-Language", "fr")
				.requestAttr("error", "document.tooLarge")
				.requestAttr(UploadLimitAdvice.ERROR_ARGUMENTS, new Object[] { 10L })
				.with(user(this.users.loadUserByUsername("admin@demo.passerelle"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conventionPage).contains("les documents sont limités à 10 Mo.");
	}

	@Test
	void theCheckFindsATitleLeftAsATemplate() {
		Matcher title = TITLE.matcher("<title>&lt;title th:text=&quot;|${title} · Passerelle|&quot;&gt;Convention"
				+ " · Passerelle&lt;/title&gt; · Passerelle</title>");
		assertThat(title.find()).isTrue();
		assertThat(NOT_PLAIN.matcher(title.group(1)).find()).isTrue();
		Matcher plain = TITLE.matcher("<title>Recherche &amp; innovation · Passerelle</title>");
		assertThat(plain.find()).isTrue();
		assertThat(NOT_PLAIN.matcher(plain.group(1)).find()).isFalse();
	}

	@Test
	void theCheckFindsAMissingKey() {
		assertThat(MISSING_KEY.matcher("<div class=\"alert\">??Forbidden_fr??</div>").find()).isTrue();
		assertThat(MISSING_KEY.matcher("<p>Qui ? Quoi ?</p>").find()).isFalse();
	}

	private static MockHttpServletRequestBuilder errorPage(int status) {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere");
	}

	/**
	 * 1 when the request rendered an HTML page; any missing key found goes to
	 * {@code missing}.
	 */
	private int check(MockHttpServletRequestBuilder request, String language, List<String> missing) throws Exception {
		MvcResult result = this.mvc
			.perform(request.accept(MediaType.TEXT_HTML).header("Accept-Language", language).param("lang", language))
			.andReturn();
		String type = result.getResponse().getContentType();
		if (type == null || !type.startsWith("text/html")) {
			return 0;
		}
		String body = result.getResponse().getContentAsString();
		String where = language + " " + result.getRequest().getRequestURI() + " (" + result.getRequest().getRemoteUser()
				+ "): ";
		Matcher matcher = MISSING_KEY.matcher(body);
		while (matcher.find()) {
			missing.add(where + matcher.group());
		}
		Matcher title = TITLE.matcher(body);
		if (!title.find()) {
			missing.add(where + "no <title> of plain text");
		}
		else if (NOT_PLAIN.matcher(title.group(1)).find() || !title.group(1).contains("Passerelle")) {
			missing.add(where + "title " + title.group(1));
		}
		return (result.getResponse().getStatus() == 200 || result.getRequest().getRequestURI().equals("/error")) ? 1
				: 0;
	}

	private Set<String> getPages() {
		Set<String> pages = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, ?> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				String plain = VARIABLE.matcher(pattern).replaceAll("{$1}");
				if (!FILES.contains(plain) && !plain.startsWith("/error")) {
					pages.add(pattern);
				}
			}
		}
		return pages;
	}

	private static String expand(String pattern, Map<String, Object> values) {
		String prefix = pattern.startsWith("/events") ? "event."
				: pattern.startsWith("/conventions") ? "convention." : pattern.startsWith("/admin/users") ? "account."
						: pattern.startsWith("/admin/pillars") ? "pillar." : "organisation.";
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			Object value = values.getOrDefault(prefix + name, values.get(name));
			assertThat(value).as("a value for {%s} in %s", name, pattern).isNotNull();
			matcher.appendReplacement(expanded, value.toString());
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}

	/**
	 * Ids that exist in the demo data, so that the pages render rather than answer 404.
	 */
	private Map<String, Object> pathValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		long provepharm = id("select id from organisation where name = 'Provepharm'");
		values.put("organisation.id", id("select id from organisation where short_name = 'AMU'"));
		values.put("organisationId", provepharm);
		values.put("contactId",
				id("select id from contact where organisation_id = " + provepharm + " order by id limit 1"));
		values.put("token", "no-such-import");
		values.put("account.id", id("select id from account where email = 'liaison@demo.passerelle'"));
		values.put("pillar.id", id("select min(id) from pillar"));
		Map<String, Object> action = this.jdbc.queryForMap("select a.convention_id, a.id as axis, c.id as action "
				+ "from convention_axis a join convention_action c on c.axis_id = a.id order by a.id limit 1");
		values.put("convention.id", action.get("convention_id"));
		values.put("axisId", action.get("axis"));
		values.put("actionId", action.get("action"));
		values.put("documentId", 0);
		// events: a published event's session with an employee of Provepharm registered
		Map<String, Object> registration = this.jdbc
			.queryForMap("select r.event_id, r.session_id, r.public_id from event_registration r "
					+ "where r.organisation_id = " + provepharm + " order by r.id limit 1");
		values.put("event.id", registration.get("event_id"));
		values.put("sessionId", registration.get("session_id"));
		values.put("registration", registration.get("public_id"));
		values.put("purpose", "confirm");
		// stands: the demo's shared SME stand, led by Provepharm
		values.put("standId", id("select min(s.id) from stand s where s.shared"));
		// a recent merge of two new organisations, that may be undone
		long kept = this.directory
			.create(new OrganisationDetails("Rendu " + DirectoryTestData.uniqueWord(), OrganisationKind.COMPANY, null,
					null, Set.of(), new PublicProfile(null, null, null, "Nice", null, null, null, Set.of())))
			.getId();
		long merged = this.directory
			.create(new OrganisationDetails("Rendu " + DirectoryTestData.uniqueWord(), OrganisationKind.COMPANY, null,
					null, Set.of(), new PublicProfile(null, null, null, "Nice", null, null, null, Set.of())))
			.getId();
		this.merges.merge(kept, merged, Set.of());
		values.put("mergeId", this.merges.recent(kept).get(0).id());
		return values;
	}

	private long id(String sql) {
		Long id = this.jdbc.queryForObject(sql, Long.class);
		assertThat(id).as(sql).isNotNull();
		return id;
	}

}
