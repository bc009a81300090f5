package org.passerelle.organisation.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.ListenersDone;
import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.TransactionCounter;
import org.passerelle.organisation.ChangeAction;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationChange;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.Organisations;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.Sector;
import org.passerelle.organisation.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * An organisation's page and forms: what each role sees and may change, validation with
 * the input kept, refused concurrent edits, and the history shown to staff.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class OrganisationPageTests {

	private static final String STAFF = "staff@demo.passerelle";

	private static final String LIAISON = "liaison@demo.passerelle";

	private static final String ADMIN = "admin@demo.passerelle";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private Organisations organisations;

	@Autowired
	private StatementCounter counter;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void staffCreateACompanyAndItsHistoryRecordsWhoDidIt() throws Exception {
		String name = "Nouvelle Société " + DirectoryTestData.uniqueWord();
		String siren = DirectoryTestData.uniqueSiren();
		long cluster = this.organisations.findByName("Eurobiomed").orElseThrow().getId();
		long otherCluster = this.organisations.findByName("Cosmed").orElseThrow().getId();
		this.mvc
			.perform(as(STAFF, post("/organisations/new")).param("name", name)
				.param("kind", "COMPANY")
				.param("siren", siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6))
				.param("sizeClass", "SME")
				.param("sector", "HEALTH_BIOTECH")
				.param("city", "Marseille")
				.param("region", "PROVENCE_ALPES_COTE_D_AZUR")
				.param("website", "https://example.org")
				.param("tags", "Biotech, oncologie; biotech")
				.param("clusterIds", String.valueOf(cluster), String.valueOf(otherCluster)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		Organisation created = this.organisations.findByName(name).orElseThrow();
		assertThat(created.getSiren()).isEqualTo(siren);
		// its two tags and two clusters come with it in one statement (four rows, one
		// organisation)
		ListenersDone.await(this.jdbc);
		Organisation[] shown = new Organisation[1];
		assertThat(this.counter.statementsOf(() -> shown[0] = this.directory.overview(created.getId()).organisation()))
			.hasSize(1);
		assertThat(shown[0].getTags()).containsExactly("biotech", "oncologie");
		assertThat(shown[0].getClusters()).extracting(Organisation::getName).containsExactly("Cosmed", "Eurobiomed");
		OrganisationChange change = this.directory.history(created.getId()).get(0);
		assertThat(change.getAction()).isEqualTo(ChangeAction.CREATED);
		assertThat(change.getChangedBy()).isEqualTo(STAFF);

		// the page, its contacts, history and the other modules' sections, read in one
		// transaction (the templates' permission checks open none)
		MockHttpServletRequestBuilder page = as(STAFF, get("/organisations/{id}", created.getId()))
			.header("Accept-Language", "en");
		ListenersDone.await(this.jdbc);
		assertThat(TransactionCounter.transactionsOf(this.transactionManager,
				() -> this.mvc.perform(page)
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Eurobiomed")))
					.andExpect(content().string(containsString("id=\"history\"")))
					.andExpect(content().string(containsString("by Sophie Martin")))
					// each field of a change named as the language punctuates it
					.andExpect(content().string(containsString("<span>Name:</span>")))
					.andExpect(content().string(not(containsString("by staff@demo.passerelle"))))
					.andExpect(content().string(containsString("Conventions, events and hosting")))
					.andExpect(content().string(containsString("id=\"contacts\"")))))
			.isEqualTo(1);
	}

	@Test
	void explainsAWrongSirenAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(as(STAFF, post("/organisations/new")).header("Accept-Language", "en")
				.param("name", "Typed Name SAS")
				.param("kind", "COMPANY")
				.param("siren", "562024423"))
			.andExpect(view().name("organisations/form"))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "siren", "organisation.siren.checkDigit"))
			.andExpect(content().string(containsString("value=\"Typed Name SAS\"")))
			.andExpect(content().string(containsString("its last digit (the check digit) does not match")));
		this.mvc
			.perform(as(STAFF, post("/organisations/new")).param("name", "Short")
				.param("kind", "COMPANY")
				.param("siren", "12345"))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "siren", "organisation.siren.digits"));
		// a SIREN is shared by a legal unit's establishments: not refused, but shown as
		// probably the same organisation for the person to confirm
		this.mvc
			.perform(as(STAFF, post("/organisations/new")).header("Accept-Language", "en")
				.param("name", "Copy of CMA CGM")
				.param("kind", "COMPANY")
				.param("siren", "562024422"))
			.andExpect(view().name("organisations/form"))
			.andExpect(model().attributeExists("matches"))
			.andExpect(content().string(containsString("Probably the same as")))
			.andExpect(content().string(containsString(">CMA CGM</a>")))
			.andExpect(content().string(containsString("same SIREN, same city")));
		this.mvc
			.perform(as(STAFF, post("/organisations/new")).param("name", "")
				.param("kind", "UNIVERSITY")
				.param("sizeClass", "SME"))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "sizeClass",
					"organisation.sizeClass.companiesOnly"));
		assertThat(this.organisations.findByName("Typed Name SAS")).isEmpty();
	}

	@Test
	void refusesAComponentThatWouldBePartOfItself() throws Exception {
		Organisation university = this.directory.create(DirectoryTestData
			.organisation("Université " + DirectoryTestData.uniqueWord(), OrganisationKind.UNIVERSITY, "Nice"));
		Organisation faculty = this.directory.create(new org.passerelle.organisation.OrganisationDetails(
				"Faculté " + DirectoryTestData.uniqueWord(), OrganisationKind.FACULTY, university.getId(), null,
				Set.of(),
				new org.passerelle.organisation.PublicProfile(null, null, null, "Nice", null, null, null, Set.of())));
		this.mvc
			.perform(as(ADMIN, post("/organisations/{id}/edit", university.getId())).param("name", university.getName())
				.param("kind", "UNIVERSITY")
				.param("parentId", String.valueOf(faculty.getId()))
				.param("version", String.valueOf(university.getVersion())))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "parentId", "organisation.parent.cycle"));
		this.mvc.perform(as(ADMIN, get("/organisations/{id}", university.getId())))
			.andExpect(content().string(containsString(faculty.getName())));
	}

	@Test
	void staffPlaceComponentsOnlyUnderTheirOwnInstitution() throws Exception {
		long amu = this.organisations.findByName("Aix-Marseille Université").orElseThrow().getId();
		long utc = this.organisations.findByName("Université de technologie de Compiègne").orElseThrow().getId();
		String name = "Laboratoire " + DirectoryTestData.uniqueWord();
		this.mvc
			.perform(as(STAFF, post("/organisations/new")).header("Accept-Language", "en")
				.param("name", name)
				.param("kind", "LABORATORY")
				.param("parentId", String.valueOf(utc)))
			.andExpect(view().name("organisations/form"))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "parentId", "organisation.parent.yours"))
			.andExpect(content().string(containsString("Choose your institution or one of its components")))
			.andExpect(content().string(containsString("value=\"" + amu + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + utc + "\""))));
		assertThat(this.organisations.findByName(name)).isEmpty();

		this.mvc
			.perform(as(STAFF, post("/organisations/new")).param("name", name)
				.param("kind", "LABORATORY")
				.param("city", "Marseille")
				.param("parentId", String.valueOf(amu)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		Organisation laboratory = this.organisations.findByName(name).orElseThrow();
		this.mvc
			.perform(as(STAFF, post("/organisations/{id}/edit", laboratory.getId())).param("name", name)
				.param("kind", "LABORATORY")
				.param("city", "Aix-en-Provence")
				.param("parentId", String.valueOf(amu))
				.param("version", String.valueOf(laboratory.getVersion())))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		this.mvc
			.perform(as(STAFF, post("/organisations/{id}/edit", laboratory.getId())).param("name", name)
				.param("kind", "LABORATORY")
				.param("parentId", String.valueOf(utc))
				.param("version", String.valueOf(laboratory.getVersion() + 1)))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "parentId", "organisation.parent.yours"));
		this.mvc
			.perform(as(STAFF, post("/organisations/new")).param("name", "Université " + DirectoryTestData.uniqueWord())
				.param("kind", "UNIVERSITY"))
			.andExpect(model().attributeHasFieldErrorCode("organisationForm", "parentId", "organisation.parent.yours"));
		assertThat(this.directory.get(laboratory.getId()).getCity()).isEqualTo("Aix-en-Provence");
	}

	@Test
	void refusesTheSecondOfTwoConcurrentEdits() throws Exception {
		Organisation company = this.directory
			.create(DirectoryTestData.company("Concurrence " + DirectoryTestData.uniqueWord(), "Lyon", SizeClass.SME,
					Sector.DIGITAL, Region.AUVERGNE_RHONE_ALPES, null, Set.of()));
		long version = company.getVersion();
		this.mvc
			.perform(as(STAFF, post("/organisations/{id}/edit", company.getId())).param("name", company.getName())
				.param("kind", "COMPANY")
				.param("city", "Villeurbanne")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		this.mvc
			.perform(as(ADMIN, post("/organisations/{id}/edit", company.getId())).header("Accept-Language", "en")
				.param("name", company.getName())
				.param("kind", "COMPANY")
				.param("city", "Bron")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("organisationForm"))
			.andExpect(content().string(containsString("Someone else changed this record")))
			.andExpect(content().string(containsString("value=\"Bron\"")));
		assertThat(this.directory.get(company.getId()).getCity()).isEqualTo("Villeurbanne");
	}

	@Test
	void aLiaisonEditsOnlyTheirOwnPublicProfile() throws Exception {
		Organisation own = this.organisations.findByName("Provepharm").orElseThrow();
		Organisation other = this.organisations.findByName("CMA CGM").orElseThrow();
		this.mvc.perform(as(LIAISON, get("/organisations/{id}", own.getId())))
			.andExpect(content().string(containsString("/organisations/" + own.getId() + "/profile")))
			.andExpect(content().string(containsString("id=\"contacts\"")))
			.andExpect(content().string(not(containsString("id=\"history\""))));
		this.mvc.perform(as(LIAISON, get("/organisations/{id}", other.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"contacts\""))))
			.andExpect(content().string(not(containsString("julie.rossi@example.org"))))
			.andExpect(content().string(not(containsString("/profile"))));
		this.mvc.perform(as(LIAISON, get("/organisations/{id}/profile", other.getId())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(LIAISON, post("/organisations/{id}/profile", other.getId())).param("city", "Paris")
				.param("version", String.valueOf(other.getVersion())))
			.andExpect(status().isForbidden());
		for (String path : new String[] { "/organisations/new", "/organisations/" + own.getId() + "/edit",
				"/organisations/import", "/organisations/" + own.getId() + "/figures" }) {
			this.mvc.perform(as(LIAISON, get(path))).andExpect(status().isForbidden());
		}
		this.mvc.perform(as(LIAISON, post("/organisations/{id}/deactivate", other.getId())))
			.andExpect(status().isForbidden());
		assertThat(this.directory.get(other.getId()).isActive()).isTrue();

		Organisation current = this.directory.get(own.getId());
		this.mvc
			.perform(as(LIAISON, post("/organisations/{id}/profile", own.getId()))
				.param("description", "Medicines from known molecules.")
				.param("city", "Marseille")
				.param("sizeClass", "SME")
				.param("sector", "HEALTH_BIOTECH")
				.param("region", "PROVENCE_ALPES_COTE_D_AZUR")
				.param("website", "https://www.provepharm.com")
				.param("tags", "pharma")
				.param("name", "Renamed by a liaison")
				.param("version", String.valueOf(current.getVersion())))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		Organisation saved = this.directory.get(own.getId());
		assertThat(saved.getDescription()).isEqualTo("Medicines from known molecules.");
		assertThat(saved.getName()).as("a liaison cannot rename").isEqualTo("Provepharm");
	}

	@Test
	void deactivatedOrganisationsLeaveTheListsButKeepTheirPage() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		Organisation company = this.directory.create(DirectoryTestData.company("Partie " + word, "Lyon", SizeClass.SME,
				Sector.DIGITAL, Region.AUVERGNE_RHONE_ALPES, null, Set.of()));
		this.mvc.perform(as(STAFF, post("/organisations/{id}/deactivate", company.getId())))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		assertThat(this.directory.get(company.getId()).isActive()).isFalse();
		this.mvc.perform(as(STAFF, get("/organisations?q={q}", word)))
			.andExpect(content().string(not(containsString("Partie " + word))));
		this.mvc.perform(as(STAFF, get("/organisations?q={q}&inactive=true", word)))
			.andExpect(content().string(containsString("Partie " + word)));
		this.mvc.perform(as(LIAISON, get("/organisations/{id}", company.getId()))).andExpect(status().isNotFound());
		this.mvc.perform(as(STAFF, get("/organisations/{id}", company.getId()))).andExpect(status().isOk());
		this.mvc.perform(as(STAFF, post("/organisations/{id}/reactivate", company.getId())));
		assertThat(this.directory.get(company.getId()).isActive()).isTrue();
		assertThat(this.directory.history(company.getId())).extracting(OrganisationChange::getAction)
			.contains(ChangeAction.DEACTIVATED, ChangeAction.REACTIVATED);
	}

	@Test
	void showsAnInstitutionInFiguresWithItsComponents() throws Exception {
		Organisation amu = this.organisations.findByName("Aix-Marseille Université").orElseThrow();
		this.mvc.perform(as(LIAISON, get("/organisations/{id}", amu.getId())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("In figures")))
			.andExpect(content().string(containsString("80,000")))
			.andExpect(content().string(containsString("€750 M")))
			.andExpect(content().string(containsString("Polytech Marseille")))
			.andExpect(content().string(containsString("Faculté de pharmacie de Marseille")));
	}

	@Test
	void staffSaveAYearOfFiguresOfAComponentOfTheirInstitution() throws Exception {
		Organisation amu = this.organisations.findByName("Aix-Marseille Université").orElseThrow();
		Organisation school = this.directory.create(new org.passerelle.organisation.OrganisationDetails(
				"École " + DirectoryTestData.uniqueWord(), OrganisationKind.SCHOOL, amu.getId(), null, Set.of(),
				new org.passerelle.organisation.PublicProfile(null, null, null, "Alès", null, null, null, Set.of())));
		this.mvc
			.perform(as(STAFF, post("/organisations/{id}/figures", school.getId())).param("year", "2024")
				.param("students", "-5"))
			.andExpect(model().attributeHasFieldErrorCode("figuresForm", "students", "PositiveOrZero"));
		this.mvc
			.perform(as(STAFF, post("/organisations/{id}/figures", school.getId())).param("year", "2024")
				.param("students", "1200")
				.param("budgetEuros", "45000000"))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		assertThat(this.directory.figures(school.getId(), 2024).getStudents()).isEqualTo(1200);
		Organisation company = this.organisations.findByName("CMA CGM").orElseThrow();
		this.mvc.perform(as(STAFF, get("/organisations/{id}/figures", company.getId())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theProfileFormAppliesTheOrganisationsOwnRulesAndKeepsWhatWasTyped() throws Exception {
		Organisation provepharm = this.organisations.findByName("Provepharm").orElseThrow();
		this.mvc
			.perform(
					as(LIAISON, post("/organisations/{id}/profile", provepharm.getId())).header("Accept-Language", "en")
						.param("shortName", "P".repeat(61))
						.param("website", "www.provepharm.example")
						.param("version", String.valueOf(provepharm.getVersion())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "shortName", "Size"))
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "website", "Pattern"))
			.andExpect(content().string(containsString("Enter a web address that starts with https:// or http://.")))
			.andExpect(content().string(containsString("value=\"www.provepharm.example\"")));
		assertThat(this.directory.get(provepharm.getId()).getWebsite()).isNotEqualTo("www.provepharm.example");
	}

	@Test
	void deactivatingAnOrganisationAsksForConfirmationOnItsOwnPage() throws Exception {
		Organisation company = this.directory.create(DirectoryTestData
			.organisation("Partant " + DirectoryTestData.uniqueWord(), OrganisationKind.COMPANY, "Aix"));
		String deactivate = "/organisations/" + company.getId() + "/deactivate";
		this.mvc.perform(as(STAFF, get("/organisations/{id}", company.getId())))
			.andExpect(content().string(containsString("href=\"" + deactivate + "\"")))
			.andExpect(content().string(not(containsString("action=\"" + deactivate + "\""))));
		this.mvc.perform(as(STAFF, get(deactivate)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deactivate " + company.getName() + "?")))
			.andExpect(content().string(containsString("liaisons will no longer see it")))
			.andExpect(content().string(containsString("action=\"" + deactivate + "\"")));
		assertThat(this.directory.get(company.getId()).isActive()).isTrue();
		this.mvc.perform(as(STAFF, post(deactivate))).andExpect(redirectedUrl("/organisations/" + company.getId()));
		assertThat(this.directory.get(company.getId()).isActive()).isFalse();
		this.mvc.perform(as(STAFF, get(deactivate))).andExpect(redirectedUrl("/organisations/" + company.getId()));
	}

	@Test
	void unknownOrganisationIsNotFound() throws Exception {
		this.mvc.perform(as(STAFF, get("/organisations/{id}", Long.MAX_VALUE))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(email))).with(csrf());
	}

}
