package org.passerelle.organisation.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.ContactDetails;
import org.passerelle.organisation.ContactPurpose;
import org.passerelle.organisation.Contacts;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationMerges;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.PublicProfile;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who reaches what in the directory, the accounts and the home page: every route of those
 * modules × every role × every kind of ownership, from the one table {@link #ROUTES}. A
 * route of those modules that the table does not list fails the build.
 * <p>
 * Its own application context (a database of its own), since allowed requests change the
 * data.
 */
@PostgresTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "passerelle.test.context=directory-access-matrix")
class DirectoryAccessMatrixTests {

	/** Modules whose every route the table must list. */
	private static final List<String> MODULES = List.of("org.passerelle.organisation.", "org.passerelle.account.",
			"org.passerelle.report.");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	enum Who {

		ANONYMOUS, ADMIN,
		/** staff of Aix-Marseille Université */
		STAFF,
		/** staff of IMT Mines Alès */
		OTHER_STAFF,
		/** liaison of Provepharm */
		LIAISON,
		/** liaison of L'Occitane */
		OTHER_LIAISON

	}

	enum Target {

		/** Aix-Marseille Université, the staff member's institution */
		OWN_INSTITUTION,
		/** Polytech Marseille, part of it */
		COMPONENT,
		/** Université de technologie de Compiègne */
		OTHER_INSTITUTION,
		/** CMA CGM, a partner company */
		PARTNER,
		/** Provepharm, the liaison's company */
		LIAISON_COMPANY

	}

	private static final Set<Target> EVERY_ORGANISATION = EnumSet.allOf(Target.class);

	private static final Set<Target> INSTITUTIONS = EnumSet.of(Target.OWN_INSTITUTION, Target.COMPONENT,
			Target.OTHER_INSTITUTION);

	/** Who may, written here independently of the portal's own code. */
	enum Rule {

		PUBLIC, SIGNED_IN, ADMINS, MANAGERS, EDITORS, PROFILE_EDITORS, CONTACT_READERS, CONTACT_EDITORS,
		/** the liaison, whose passkey it is */
		PASSKEY_OWNER;

		boolean allows(Who who, Target target) {
			boolean liaisonOfTarget = who == Who.LIAISON && target == Target.LIAISON_COMPANY;
			return switch (this) {
				case PUBLIC -> true;
				case SIGNED_IN -> who != Who.ANONYMOUS;
				case ADMINS -> who == Who.ADMIN;
				case MANAGERS -> who == Who.ADMIN || who == Who.STAFF || who == Who.OTHER_STAFF;
				case EDITORS -> edits(who, target);
				case PROFILE_EDITORS, CONTACT_EDITORS -> edits(who, target) || liaisonOfTarget;
				case CONTACT_READERS -> MANAGERS.allows(who, target) || liaisonOfTarget;
				case PASSKEY_OWNER -> who == Who.LIAISON;
			};
		}

		private static boolean edits(Who who, Target target) {
			boolean partner = target == Target.PARTNER || target == Target.LIAISON_COMPANY;
			return who == Who.ADMIN || (who == Who.STAFF && target != Target.OTHER_INSTITUTION)
					|| (who == Who.OTHER_STAFF && partner);
		}

	}

	/**
	 * One route: method, path, rule and the organisations it is tried on (none when the
	 * path names no organisation).
	 */
	record Route(RequestMethod method, String path, Rule rule, Set<Target> targets) {

		String key() {
			return this.method + " " + VARIABLE.matcher(this.path).replaceAll("{}");
		}

	}

	private static Route onGet(String path, Rule rule, Set<Target> targets) {
		return new Route(RequestMethod.GET, path, rule, targets);
	}

	private static Route onPost(String path, Rule rule, Set<Target> targets) {
		return new Route(RequestMethod.POST, path, rule, targets);
	}

	private static Route onGet(String path, Rule rule) {
		return onGet(path, rule, Set.of());
	}

	private static Route onPost(String path, Rule rule) {
		return onPost(path, rule, Set.of());
	}

	/** THE table. Deactivations come last, each followed by its reactivation. */
	static final List<Route> ROUTES = List.of(
			// home and accounts
			onGet("/", Rule.PUBLIC), onGet("/login", Rule.PUBLIC), onGet("/account/password", Rule.SIGNED_IN),
			onPost("/account/password", Rule.SIGNED_IN), onGet("/account/notifications", Rule.SIGNED_IN),
			onPost("/account/notifications", Rule.SIGNED_IN), onGet("/admin/users", Rule.ADMINS),
			onGet("/admin/users/new", Rule.ADMINS), onPost("/admin/users/new", Rule.ADMINS),
			onGet("/admin/users/{accountId}", Rule.ADMINS), onPost("/admin/users/{accountId}", Rule.ADMINS),
			onPost("/admin/users/{accountId}/password-link", Rule.ADMINS),
			onPost("/admin/users/{accountId}/unlock", Rule.ADMINS), onGet("/admin/audit", Rule.ADMINS),
			onGet("/password/forgot", Rule.PUBLIC), onPost("/password/forgot", Rule.PUBLIC),
			onGet("/password/reset", Rule.PUBLIC), onPost("/password/reset", Rule.PUBLIC),
			onGet("/account/passkeys", Rule.SIGNED_IN),
			onPost("/account/passkeys/{passkeyId}/delete", Rule.PASSKEY_OWNER),
			onGet("/account/confirm", Rule.SIGNED_IN), onGet("/account/second-factor", Rule.SIGNED_IN),
			// the office's figures
			onGet("/reports", Rule.MANAGERS), onGet("/reports/{section}.csv", Rule.MANAGERS),
			// the directory
			onGet("/organisations", Rule.SIGNED_IN), onGet("/organisations/export.csv", Rule.MANAGERS),
			onGet("/organisations/new", Rule.MANAGERS), onPost("/organisations/new", Rule.MANAGERS),
			onGet("/organisations/{id}", Rule.SIGNED_IN, EVERY_ORGANISATION),
			onGet("/organisations/{id}/edit", Rule.EDITORS, EVERY_ORGANISATION),
			onPost("/organisations/{id}/edit", Rule.EDITORS, EVERY_ORGANISATION),
			onGet("/organisations/{id}/profile", Rule.PROFILE_EDITORS, EVERY_ORGANISATION),
			onPost("/organisations/{id}/profile", Rule.PROFILE_EDITORS, EVERY_ORGANISATION),
			onGet("/organisations/{id}/figures", Rule.EDITORS, INSTITUTIONS),
			onPost("/organisations/{id}/figures", Rule.EDITORS, INSTITUTIONS),
			// contacts
			onGet("/organisations/{organisationId}/contacts/new", Rule.CONTACT_EDITORS, EVERY_ORGANISATION),
			onPost("/organisations/{organisationId}/contacts/new", Rule.CONTACT_EDITORS, EVERY_ORGANISATION),
			onGet("/organisations/{organisationId}/contacts/{contactId}", Rule.CONTACT_EDITORS, EVERY_ORGANISATION),
			onPost("/organisations/{organisationId}/contacts/{contactId}", Rule.CONTACT_EDITORS, EVERY_ORGANISATION),
			onGet("/organisations/{organisationId}/contacts/{contactId}/export", Rule.CONTACT_READERS,
					EVERY_ORGANISATION),
			onPost("/organisations/{organisationId}/contacts/{contactId}/erase", Rule.CONTACT_EDITORS,
					EVERY_ORGANISATION),
			// duplicates and merging (with a copy of the organisation made for each try)
			onGet("/organisations/duplicates", Rule.MANAGERS),
			onPost("/organisations/duplicates/distinct", Rule.EDITORS, EVERY_ORGANISATION),
			onGet("/organisations/merge", Rule.EDITORS, EVERY_ORGANISATION),
			onPost("/organisations/merge", Rule.EDITORS, EVERY_ORGANISATION),
			// recent merges and their undo (a merge of two new organisations made for
			// each try)
			onGet("/organisations/merges", Rule.ADMINS), onGet("/organisations/merges/{mergeId}/undo", Rule.ADMINS),
			onPost("/organisations/merges/{mergeId}/undo", Rule.ADMINS),
			// import
			onGet("/organisations/import", Rule.MANAGERS), onPost("/organisations/import", Rule.MANAGERS),
			onGet("/organisations/import/{token}/mapping", Rule.MANAGERS),
			onPost("/organisations/import/{token}/mapping", Rule.MANAGERS),
			onGet("/organisations/import/{token}/values", Rule.MANAGERS),
			onPost("/organisations/import/{token}/values", Rule.MANAGERS),
			onGet("/organisations/import/{token}/preview", Rule.MANAGERS),
			onPost("/organisations/import/{token}/rows/{line}/similar", Rule.MANAGERS),
			onPost("/organisations/import/{token}/confirm", Rule.MANAGERS),
			onPost("/organisations/import/{token}/confirm-valid", Rule.MANAGERS),
			onGet("/organisations/import/{token}/done", Rule.MANAGERS),
			onGet("/organisations/import/{token}/rejected.csv", Rule.MANAGERS),
			onPost("/organisations/import/{token}/cancel", Rule.MANAGERS),
			// irreversible-looking last, each undone at once
			onGet("/organisations/{id}/deactivate", Rule.EDITORS, EVERY_ORGANISATION),
			onPost("/organisations/{id}/deactivate", Rule.EDITORS, EVERY_ORGANISATION),
			onPost("/organisations/{id}/reactivate", Rule.EDITORS, EVERY_ORGANISATION),
			onGet("/admin/users/{accountId}/deactivate", Rule.ADMINS),
			onPost("/admin/users/{accountId}/deactivate", Rule.ADMINS),
			onPost("/admin/users/{accountId}/reactivate", Rule.ADMINS));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Contacts contacts;

	@Autowired
	private PublicKeyCredentialUserEntityRepository passkeyUsers;

	@Autowired
	private UserCredentialRepository passkeys;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private OrganisationMerges merges;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Map<Target, Long> targets = new EnumMap<>(Target.class);

	private final Map<Who, PasserelleUser> people = new EnumMap<>(Who.class);

	@BeforeEach
	void findTheDemoData() {
		this.targets.put(Target.OWN_INSTITUTION, id("Aix-Marseille Université"));
		this.targets.put(Target.COMPONENT, id("Polytech Marseille"));
		this.targets.put(Target.OTHER_INSTITUTION, id("Université de technologie de Compiègne"));
		this.targets.put(Target.PARTNER, id("CMA CGM"));
		this.targets.put(Target.LIAISON_COMPANY, id("Provepharm"));
		PasserelleUser staff = demo("staff@demo.passerelle");
		PasserelleUser liaison = demo("liaison@demo.passerelle");
		assertThat(staff.getOrganisationId()).isEqualTo(this.targets.get(Target.OWN_INSTITUTION));
		assertThat(liaison.getOrganisationId()).isEqualTo(this.targets.get(Target.LIAISON_COMPANY));
		this.people.put(Who.ADMIN, demo("admin@demo.passerelle"));
		this.people.put(Who.STAFF, staff);
		this.people.put(Who.OTHER_STAFF, new PasserelleUser(staff.getAccountId(), "other.staff@demo.passerelle", "-",
				"Other staff", Role.STAFF, id("IMT Mines Alès"), true, true));
		this.people.put(Who.LIAISON, liaison);
		this.people.put(Who.OTHER_LIAISON, new PasserelleUser(liaison.getAccountId(), "other.liaison@demo.passerelle",
				"-", "Other liaison", Role.LIAISON, id("L'Occitane en Provence"), true, true));
	}

	@Test
	void everyRouteAnswersEveryRoleAsTheTableSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		int tried = 0;
		for (Route route : ROUTES) {
			for (Target target : route.targets().isEmpty() ? EnumSet.of(Target.OWN_INSTITUTION) : route.targets()) {
				for (Who who : Who.values()) {
					String outcome = outcome(route, target, who);
					String expected = (route.rule() == Rule.PUBLIC || who != Who.ANONYMOUS)
							? (route.rule().allows(who, target) ? "allowed" : "refused") : "sign-in";
					if (!outcome.equals(expected)) {
						wrong.add(route.key() + " on " + (route.targets().isEmpty() ? "-" : target) + " as " + who
								+ ": expected " + expected + ", was " + outcome);
					}
					tried++;
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(tried).isGreaterThan(ROUTES.size() * Who.values().length);
	}

	@Test
	void everyRouteOfTheseModulesHasARow() {
		Set<String> mapped = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			String type = entry.getValue().getBeanType().getName();
			if (MODULES.stream().noneMatch(type::startsWith)) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? EnumSet.allOf(RequestMethod.class) : methods) {
					mapped.add(new Route(method, pattern, Rule.PUBLIC, Set.of()).key());
				}
			}
		}
		Set<String> listed = new TreeSet<>();
		ROUTES.forEach((route) -> listed.add(route.key()));
		assertThat(mapped).contains("GET /organisations/{}", "GET /admin/users", "GET /");
		assertThat(listed).containsAll(mapped);
	}

	private String outcome(Route route, Target target, Who who) throws Exception {
		String path = expand(route.path(), target);
		AbstractMockHttpServletRequestBuilder<?> request;
		if (route.method() == RequestMethod.GET) {
			request = get(path);
		}
		else if (route.path().equals("/organisations/import")) {
			request = multipart(path).file(new MockMultipartFile("file", "a.csv", "text/csv",
					"Nom;Ville\nMatrix;Marseille\n".getBytes(StandardCharsets.UTF_8)));
		}
		else {
			request = post(path);
		}
		if (route.path().equals("/organisations/merge")) {
			request.param("kept", String.valueOf(this.targets.get(target)))
				.param("merged", String.valueOf(copyOf(target)));
		}
		else if (route.path().equals("/organisations/duplicates/distinct")) {
			request.param("first", String.valueOf(this.targets.get(target)))
				.param("second", String.valueOf(copyOf(target)));
		}
		request.with(csrf()).header("Accept-Language", "en");
		if (who != Who.ANONYMOUS) {
			request.with(user(this.people.get(who)));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status == 302 && location != null && location.endsWith("/login")) {
			return "sign-in";
		}
		if (status == 403) {
			return "refused";
		}
		if (status == 404 || status >= 500) {
			return "status " + status;
		}
		return "allowed";
	}

	private String expand(String path, Target target) {
		long organisation = this.targets.get(target);
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			String value = switch (matcher.group(1)) {
				case "id", "organisationId" -> String.valueOf(organisation);
				case "contactId" -> String.valueOf(
						this.contacts
							.add(organisation,
									new ContactDetails("Ada", "Matrix", null, null, null, null,
											ContactPurpose.values()[0]))
							.getId());
				case "accountId" -> String.valueOf(this.people.get(Who.LIAISON).getAccountId());
				case "token" -> "no-such-import";
				case "line" -> "2";
				case "section" -> "pillars";
				case "passkeyId" -> liaisonPasskey();
				case "mergeId" -> String.valueOf(mergeOfTwoCopies(target));
				default -> throw new IllegalArgumentException(matcher.group());
			};
			matcher.appendReplacement(expanded, value);
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}

	/** A new passkey of the liaison's, as Spring Security's registration stores it. */
	private String liaisonPasskey() {
		String email = this.people.get(Who.LIAISON).getEmail();
		PublicKeyCredentialUserEntity owner = this.passkeyUsers.findByUsername(email);
		if (owner == null) {
			owner = ImmutablePublicKeyCredentialUserEntity.builder()
				.name(email)
				.id(Bytes.random())
				.displayName(email)
				.build();
			this.passkeyUsers.save(owner);
		}
		Bytes id = Bytes.random();
		this.passkeys.save(ImmutableCredentialRecord.builder()
			.credentialId(id)
			.userEntityUserId(owner.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.transports(Set.of())
			.created(Instant.now())
			.lastUsed(Instant.now())
			.label("Matrix")
			.build());
		return id.toBase64UrlString();
	}

	/**
	 * A new organisation that whoever edits the target edits too: a component of an
	 * institution, another company for a company.
	 */
	private long copyOf(Target target) {
		Organisation original = this.organisations.find(this.targets.get(target)).orElseThrow();
		OrganisationKind kind = original.isInstitution() ? OrganisationKind.LABORATORY : OrganisationKind.COMPANY;
		return this.directory
			.create(new OrganisationDetails("Copie " + DirectoryTestData.uniqueWord(), kind,
					original.isInstitution() ? original.getId() : null, null, Set.of(),
					new PublicProfile(null, null, null, original.getCity(), null, null, null, Set.of())))
			.getId();
	}

	/** A merge of two new organisations like the target, that may be undone. */
	private long mergeOfTwoCopies(Target target) {
		long kept = copyOf(target);
		long merged = copyOf(target);
		this.merges.merge(kept, merged, Set.of());
		return this.merges.recent(kept).get(0).id();
	}

	private long id(String name) {
		Organisation organisation = this.organisations.findByName(name).orElseThrow();
		return organisation.getId();
	}

	private PasserelleUser demo(String email) {
		return (PasserelleUser) this.users.loadUserByUsername(email);
	}

}
