package org.passerelle.convention.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.SessionCookie;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionFixtures;
import org.passerelle.convention.ConventionService;
import org.passerelle.convention.ConventionStatus;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The convention pages with the real security: who sees what, the steps and their
 * validation, transitions, comments and the CSV export.
 */
@PostgresTest
@AutoConfigureMockMvc
class ConventionPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private ConventionService service;

	@Test
	void aLiaisonSeesTheirOrganisationsConventionsAndThePublicSummaryOfOthers() throws Exception {
		Convention own = this.fixtures.draft("Provepharm internal agreement", Confidentiality.INTERNAL, "Provepharm");
		Convention otherPublic = this.fixtures.active("CMA CGM public agreement", Confidentiality.PUBLIC,
				LocalDate.now().plusYears(2), null, "CMA CGM");
		Convention otherPublicDraft = this.fixtures.draft("CMA CGM public draft agreement", Confidentiality.PUBLIC,
				"CMA CGM");
		Convention otherInternal = this.fixtures.draft("CMA CGM secret agreement", Confidentiality.INTERNAL, "CMA CGM");
		PasserelleUser liaison = this.fixtures.liaison();

		this.mvc.perform(as(liaison, get("/conventions").param("q", "agreement")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Provepharm internal agreement")))
			.andExpect(content().string(containsString("CMA CGM public agreement")))
			.andExpect(content().string(not(containsString("CMA CGM secret agreement"))))
			.andExpect(content().string(not(containsString("CMA CGM public draft agreement"))));

		this.mvc.perform(as(liaison, get("/conventions/{id}", own.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"documents\"")))
			.andExpect(content().string(not(containsString("/edit/parties"))));
		this.mvc.perform(as(liaison, get("/conventions/{id}", otherPublic.getId())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You see the public summary")))
			.andExpect(content().string(not(containsString("id=\"documents\""))))
			.andExpect(content().string(not(containsString("History"))));
		this.mvc.perform(as(liaison, get("/conventions/{id}", otherInternal.getId()))).andExpect(status().isNotFound());
		this.mvc.perform(as(liaison, get("/conventions/{id}", otherPublicDraft.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(liaison, get("/conventions/export.csv").param("q", "agreement")))
			.andExpect(content().string(containsString("CMA CGM public agreement")))
			.andExpect(content().string(not(containsString("CMA CGM public draft agreement"))));
	}

	@Test
	void staffOfAnInstitutionReachAConventionOfItsComponentAndSeeItsRenewalAlert() throws Exception {
		PasserelleUser admin = this.fixtures.admin();
		long polytech = this.fixtures.organisation("Polytech Marseille");
		Convention convention = this.service.create("Polytech apprenticeships", ConventionFixtures.uniqueReference("P"),
				Confidentiality.INTERNAL, null, polytech, admin);
		this.service.changeParties(convention.getId(), convention.getVersion(), List.of(polytech),
				List.of(this.fixtures.organisation("CMA CGM")), admin);
		this.fixtures.withPillars(convention.getId(), "Training");
		LocalDate today = LocalDate.now();
		this.fixtures.withDates(convention.getId(), today.minusYears(2), today.plusDays(30), null);
		this.fixtures.moveTo(convention.getId(), ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED,
				ConventionStatus.ACTIVE);
		PasserelleUser amuStaff = this.fixtures.staff();

		this.mvc.perform(as(amuStaff, get("/conventions/{id}/edit", convention.getId()))).andExpect(status().isOk());
		// a convention with nothing missing shows no "cannot take this status" alert
		this.mvc.perform(as(amuStaff, get("/conventions/{id}", convention.getId())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Polytech apprenticeships")))
			.andExpect(content().string(not(containsString("cannot take this status yet"))))
			.andExpect(content().string(not(containsString("lifecycle-problems"))));
		this.mvc.perform(as(amuStaff, get("/")))
			.andExpect(content().string(containsString("Polytech apprenticeships")));
		this.mvc.perform(as(staffOf("Université de technologie de Compiègne"), get("/")))
			.andExpect(content().string(not(containsString("Polytech apprenticeships"))));
	}

	@Test
	void terminatingAsksOnItsOwnPageThenRecordsTheDayAndTheReasonAndStopsAnnouncingRenewal() throws Exception {
		Convention convention = this.fixtures.active("Terminated tacit", Confidentiality.INTERNAL,
				LocalDate.now().plusYears(1), 3, "CMA CGM");
		long id = convention.getId();
		PasserelleUser staff = this.fixtures.staff();
		this.mvc.perform(as(staff, get("/conventions/{id}", id)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("/conventions/" + id + "/terminate")))
			.andExpect(content().string(containsString("Renewed tacitly")));

		this.mvc.perform(as(staff, get("/conventions/{id}/terminate", id)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no more renewal notices are sent")));
		this.mvc
			.perform(as(staff, post("/conventions/{id}/terminate", id)).header("Accept-Language", "en")
				.param("version", String.valueOf(this.fixtures.version(id)))
				.param("terminatedOn", "2026-03-31")
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("terminationForm", "reason", "NotBlank"))
			.andExpect(content().string(containsString("value=\"2026-03-31\"")));
		this.mvc
			.perform(as(staff, post("/conventions/{id}/status", id)).param("target", "TERMINATED")
				.param("version", String.valueOf(this.fixtures.version(id))))
			.andExpect(flash().attribute("error", "convention.transition.notAllowed"));
		this.mvc
			.perform(as(staff, post("/conventions/{id}/terminate", id))
				.param("version", String.valueOf(this.fixtures.version(id)))
				.param("terminatedOn", "2026-03-31")
				.param("reason", "The chair's funding ended."))
			.andExpect(redirectedUrl("/conventions/" + id))
			.andExpect(flash().attribute("success", "convention.terminated"));

		this.mvc.perform(as(staff, get("/conventions/{id}", id)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Terminated on")))
			.andExpect(content().string(containsString("31/03/2026")))
			.andExpect(content().string(containsString("The chair&#39;s funding ended.")))
			.andExpect(content().string(not(containsString("Renewed tacitly"))))
			.andExpect(content().string(not(containsString("notice must be given"))))
			.andExpect(content().string(containsString("2026-03-31 — The chair&#39;s funding ended.")));
	}

	@Test
	void aDraftWithoutDatesShowsNoEmptyPeriodInTheList() throws Exception {
		String title = "Undated " + ConventionFixtures.uniqueReference("U");
		this.fixtures.draft(title, Confidentiality.INTERNAL, "CMA CGM");
		String html = this.mvc
			.perform(as(this.fixtures.staff(), get("/conventions").param("q", title)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(title).contains("No dates yet").doesNotContainPattern("—\\s*→\\s*—");
	}

	@Test
	void deletingADraftAndRemovingADocumentAskOnTheirOwnPage() throws Exception {
		Convention draft = this.fixtures.draft("To delete", Confidentiality.INTERNAL, "CMA CGM");
		PasserelleUser staff = this.fixtures.staff();
		this.mvc.perform(as(staff, get("/conventions/{id}", draft.getId())))
			.andExpect(content().string(containsString("href=\"/conventions/" + draft.getId() + "/delete\"")));
		this.mvc.perform(as(staff, get("/conventions/{id}/delete", draft.getId())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This cannot be undone.")))
			.andExpect(content().string(containsString("action=\"/conventions/" + draft.getId() + "/delete\"")))
			.andExpect(content()
				.string(containsString("name=\"version\" value=\"" + this.fixtures.version(draft.getId()) + "\"")));
		this.mvc.perform(as(staff, post("/conventions/{id}/delete", draft.getId())).param("version",
				String.valueOf(this.fixtures.version(draft.getId()))))
			.andExpect(redirectedUrl("/conventions"));
		this.mvc.perform(as(staff, get("/conventions/{id}", draft.getId()))).andExpect(status().isNotFound());
	}

	@Test
	void staffOfAnotherInstitutionDoNotSeeAnInternalConvention() throws Exception {
		Convention internal = this.fixtures.draft("AMU only", Confidentiality.INTERNAL, "CMA CGM");
		PasserelleUser utcStaff = staffOf("Université de technologie de Compiègne");
		this.mvc.perform(as(utcStaff, get("/conventions/{id}", internal.getId()))).andExpect(status().isNotFound());
		this.mvc.perform(as(this.fixtures.staff(), get("/conventions/{id}", internal.getId())))
			.andExpect(status().isOk());
		this.mvc.perform(as(this.fixtures.admin(), get("/conventions/{id}", internal.getId())))
			.andExpect(status().isOk());
	}

	@Test
	void aLiaisonCommentsOnAnActionOfTheirConventionButCannotEditIt() throws Exception {
		Convention convention = this.fixtures.draft("Commented", Confidentiality.INTERNAL, "Provepharm");
		this.fixtures.withPillars(convention.getId(), "Training");
		long axis = this.service.forEditing(convention.getId(), this.fixtures.admin()).getAxes().get(0).getId();
		long action = this.service
			.addAction(convention.getId(), axis,
					new org.passerelle.convention.ActionDetails("Six internships", null, null,
							org.passerelle.convention.ActionStatus.PLANNED, null),
					this.fixtures.admin())
			.getId();
		PasserelleUser liaison = this.fixtures.liaison();

		this.mvc
			.perform(as(liaison, post("/conventions/{id}/actions/{a}/comments", convention.getId(), action))
				.param("body", "We can offer two more in March."))
			.andExpect(redirectedUrl("/conventions/" + convention.getId() + "/actions/" + action + "#comments"));
		this.mvc.perform(as(liaison, get("/conventions/{id}/actions/{a}", convention.getId(), action)))
			.andExpect(content().string(containsString("We can offer two more in March.")))
			.andExpect(content().string(containsString("Lucas Bernard")));
		this.mvc
			.perform(as(liaison, post("/conventions/{id}/actions/{a}/comments", convention.getId(), action))
				.param("body", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("commentForm", "body", "NotBlank"));

		this.mvc.perform(as(liaison, get("/conventions/{id}/edit", convention.getId())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(liaison, post("/conventions/{id}/actions/{a}/edit", convention.getId(), action))
				.param("what", "Changed")
				.param("status", "DONE"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(liaison, post("/conventions/{id}/status", convention.getId())).param("target", "IN_NEGOTIATION")
				.param("version", String.valueOf(this.fixtures.version(convention.getId()))))
			.andExpect(status().isForbidden());

		Convention other = this.fixtures.draft("Not theirs", Confidentiality.PUBLIC, "CMA CGM");
		this.fixtures.withPillars(other.getId(), "Training");
		long otherAxis = this.service.forEditing(other.getId(), this.fixtures.admin()).getAxes().get(0).getId();
		long otherAction = this.service
			.addAction(other.getId(), otherAxis,
					new org.passerelle.convention.ActionDetails("Hidden", null, null,
							org.passerelle.convention.ActionStatus.PLANNED, null),
					this.fixtures.admin())
			.getId();
		this.mvc
			.perform(as(liaison, post("/conventions/{id}/actions/{a}/comments", other.getId(), otherAction))
				.param("body", "Not allowed"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(liaison, get("/conventions/{id}/actions/{a}", other.getId(), otherAction)))
			.andExpect(status().isNotFound());
	}

	@Test
	void createsAConventionInStepsAndExplainsEachMistake() throws Exception {
		PasserelleUser staff = this.fixtures.staff();
		String reference = ConventionFixtures.uniqueReference("STEPS");
		String location = this.mvc
			.perform(as(staff, post("/conventions/new")).param("title", "Stepped convention")
				.param("reference", reference)
				.param("confidentiality", "INTERNAL")
				.param("summary", "A summary"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/conventions/\\d+/edit/parties");
		long id = Long.parseLong(location.split("/")[2]);
		long version = this.fixtures.version(id);

		this.mvc
			.perform(as(staff, post("/conventions/new")).header("Accept-Language", "en")
				.param("title", "Duplicate")
				.param("reference", reference)
				.param("confidentiality", "INTERNAL"))
			.andExpect(model().attributeHasFieldErrorCode("generalForm", "reference", "convention.reference.taken"))
			.andExpect(content().string(containsString("value=\"Duplicate\"")));

		this.mvc
			.perform(as(staff, post("/conventions/{id}/edit/parties", id)).header("Accept-Language", "en")
				.param("institutionIds", String.valueOf(this.fixtures.amu()))
				.param("version", String.valueOf(version)))
			.andExpect(view().name("conventions/parties"))
			.andExpect(model().attributeHasFieldErrorCode("partiesForm", "partnerIds",
					"convention.parties.partnerRequired"))
			.andExpect(content().string(containsString("Choose at least one partner organisation")));
		this.mvc
			.perform(as(staff, post("/conventions/{id}/edit/parties", id))
				.param("institutionIds", String.valueOf(this.fixtures.amu()))
				.param("partnerIds", String.valueOf(this.fixtures.organisation("CMA CGM")))
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/conventions/" + id + "/edit/dates"));

		this.mvc
			.perform(as(staff, post("/conventions/{id}/edit/dates", id)).header("Accept-Language", "en")
				.param("startsOn", "2026-01-01")
				.param("endsOn", "2025-12-31")
				.param("signatories[0].name", "Half filled")
				.param("version", String.valueOf(this.fixtures.version(id))))
			.andExpect(view().name("conventions/dates"))
			.andExpect(model().attributeHasFieldErrorCode("datesForm", "endsOn", "convention.dates.endBeforeStart"))
			.andExpect(model().attributeHasFieldErrorCode("datesForm", "signatories[0].function",
					"convention.signatory.functionRequired"))
			.andExpect(content().string(containsString("The end date is before the start date.")))
			.andExpect(content().string(containsString("value=\"Half filled\"")));
		this.mvc
			.perform(as(staff, post("/conventions/{id}/edit/dates", id)).param("signedOn", "2025-12-15")
				.param("startsOn", "2026-01-01")
				.param("endsOn", "2028-12-31")
				.param("tacitRenewal", "true")
				.param("noticeMonths", "3")
				.param("signatories[0].name", "Éric Berton")
				.param("signatories[0].function", "Président")
				.param("signatories[0].organisationId", String.valueOf(this.fixtures.amu()))
				.param("version", String.valueOf(this.fixtures.version(id))))
			.andExpect(redirectedUrl("/conventions/" + id + "/edit/pillars"));

		long training = this.fixtures.pillar("Training");
		long cyber = this.fixtures.pillar("Cybersecurity");
		String pillarsHtml = this.mvc.perform(as(staff, get("/conventions/{id}/edit/pillars", id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int trainingIndex = indexOf(pillarsHtml, training);
		int cyberIndex = indexOf(pillarsHtml, cyber);
		this.mvc
			.perform(as(staff, post("/conventions/{id}/edit/pillars", id)).header("Accept-Language", "en")
				.param("choices[" + trainingIndex + "].pillarId", String.valueOf(training))
				.param("choices[" + trainingIndex + "].chosen", "true")
				.param("choices[" + trainingIndex + "].statement", "Train engineers")
				.param("choices[" + cyberIndex + "].pillarId", String.valueOf(cyber))
				.param("choices[" + cyberIndex + "].chosen", "true")
				.param("version", String.valueOf(this.fixtures.version(id))))
			.andExpect(view().name("conventions/pillars"))
			.andExpect(model().attributeHasFieldErrorCode("pillarsForm", "choices[" + cyberIndex + "].statement",
					"convention.pillars.axisRequired"))
			.andExpect(content().string(containsString("The pillar &quot;Cybersecurity&quot; has no axis")))
			.andExpect(content().string(containsString("Train engineers")));
		this.mvc
			.perform(as(staff, post("/conventions/{id}/edit/pillars", id))
				.param("choices[" + trainingIndex + "].pillarId", String.valueOf(training))
				.param("choices[" + trainingIndex + "].chosen", "true")
				.param("choices[" + trainingIndex + "].statement", "Train engineers")
				.param("choices[" + cyberIndex + "].pillarId", String.valueOf(cyber))
				.param("choices[" + cyberIndex + "].chosen", "true")
				.param("choices[" + cyberIndex + "].statement", "Run a crisis exercise")
				.param("version", String.valueOf(this.fixtures.version(id))))
			.andExpect(redirectedUrl("/conventions/" + id));

		Convention saved = this.service.forEditing(id, staff);
		assertThat(saved.getPillars()).hasSize(2);
		assertThat(saved.getAxes()).extracting(org.passerelle.convention.Axis::getStatement)
			.containsExactlyInAnyOrder("Train engineers", "Run a crisis exercise");
		assertThat(saved.getWatchOn()).isEqualTo(LocalDate.of(2028, 9, 30));
		assertThat(saved.getSignatories()).hasSize(1);

		this.mvc
			.perform(as(staff, post("/conventions/{id}/status", id)).param("target", "SIGNED")
				.param("version", String.valueOf(this.fixtures.version(id))))
			.andExpect(flash().attribute("error", "convention.transition.notAllowed"));
		this.mvc
			.perform(as(staff, post("/conventions/{id}/status", id)).param("target", "IN_NEGOTIATION")
				.param("version", String.valueOf(this.fixtures.version(id))))
			.andExpect(flash().attribute("success", "convention.transition.done"));
		this.mvc.perform(as(staff, get("/conventions/{id}", id)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Mark as signed")))
			.andExpect(content().string(containsString("Back to draft")))
			.andExpect(content().string(not(containsString("Mark as active"))))
			.andExpect(content().string(containsString("staff@demo.passerelle")));
	}

	@Test
	void explainsOnTheConventionPageWhyItCannotBeSignedYet() throws Exception {
		Convention convention = this.fixtures.draft("Not ready", Confidentiality.INTERNAL, "CMA CGM");
		this.fixtures.moveTo(convention.getId(), ConventionStatus.IN_NEGOTIATION);
		SessionCookie session = new SessionCookie();
		this.mvc
			.perform(as(this.fixtures.staff(), post("/conventions/{id}/status", convention.getId()))
				.param("target", "SIGNED")
				.param("version", String.valueOf(this.fixtures.version(convention.getId())))
				.with(session))
			.andExpect(flash().attributeExists("problems"))
			.andExpect(flash().attributeCount(1))
			.andDo(session);
		// the flash message comes back from the session, as after the browser's redirect
		String html = this.mvc
			.perform(as(this.fixtures.staff(), get("/conventions/{id}", convention.getId()))
				.header("Accept-Language", "en")
				.with(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// one box, its first line ends with a full stop, each problem links to the step
		// that fixes it
		assertThat(html.split("alert-danger", -1)).hasSize(2);
		assertThat(html).contains("The convention cannot take this status yet. Complete what is listed below.")
			.doesNotContain("status yet:")
			.containsPattern("It has no pillar\\.</span>\\s*<a[^>]*href=\"/conventions/" + convention.getId()
					+ "/edit/pillars\"[^>]*>Go to the pillars step</a>")
			.containsPattern("Its start date is missing\\.</span>\\s*<a[^>]*href=\"/conventions/" + convention.getId()
					+ "/edit/dates\"");
	}

	@Test
	void aSignedConventionKeepsItsDates() throws Exception {
		Convention active = this.fixtures.active("Keeps its dates", Confidentiality.INTERNAL, LocalDate.of(2029, 6, 30),
				null, "CMA CGM");
		this.mvc
			.perform(as(this.fixtures.staff(), post("/conventions/{id}/edit/dates", active.getId())).param("version",
					String.valueOf(this.fixtures.version(active.getId()))))
			.andExpect(view().name("conventions/dates"))
			.andExpect(
					model().attributeHasFieldErrorCode("datesForm", "startsOn", "convention.dates.requiredOnceSigned"))
			.andExpect(
					model().attributeHasFieldErrorCode("datesForm", "endsOn", "convention.dates.requiredOnceSigned"));
		assertThat(this.service.forEditing(active.getId(), this.fixtures.admin()).getEndsOn())
			.isEqualTo(LocalDate.of(2029, 6, 30));
	}

	@Test
	void aStaleFormIsRefusedAndKeepsWhatWasTyped() throws Exception {
		Convention convention = this.fixtures.draft("Stale", Confidentiality.INTERNAL, "CMA CGM");
		long stale = convention.getVersion();
		this.service.changeGeneral(convention.getId(), stale, "Changed elsewhere", convention.getReference(),
				Confidentiality.INTERNAL, null, this.fixtures.admin());
		this.mvc
			.perform(as(this.fixtures.staff(), post("/conventions/{id}/edit", convention.getId()))
				.param("title", "My change")
				.param("reference", convention.getReference())
				.param("confidentiality", "PUBLIC")
				.param("version", String.valueOf(stale)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("generalForm"))
			.andExpect(content().string(containsString("value=\"My change\"")));
		assertThat(this.service.forEditing(convention.getId(), this.fixtures.admin()).getTitle())
			.isEqualTo("Changed elsewhere");
	}

	@Test
	void filtersTheListAndExportsItAsCsv() throws Exception {
		String tag = ConventionFixtures.uniqueReference("FILTER");
		Convention soon = this.fixtures.active(tag + " ending soon", Confidentiality.PUBLIC,
				LocalDate.now().plusDays(20), null, "CMA CGM");
		Convention later = this.fixtures.active(tag + " ending later", Confidentiality.PUBLIC,
				LocalDate.now().plusYears(3), null, "L'Occitane en Provence");
		PasserelleUser staff = this.fixtures.staff();

		this.mvc.perform(as(staff, get("/conventions").param("q", tag).param("endingSoon", "true")))
			.andExpect(content().string(containsString(soon.getTitle())))
			.andExpect(content().string(not(containsString(later.getTitle()))));
		this.mvc
			.perform(as(staff,
					get("/conventions").param("q", tag)
						.param("partner", String.valueOf(this.fixtures.organisation("L'Occitane en Provence")))))
			.andExpect(content().string(not(containsString(soon.getTitle()))))
			.andExpect(content().string(containsString(later.getTitle())));
		this.mvc
			.perform(as(staff,
					get("/conventions").param("q", tag)
						.param("pillar", String.valueOf(this.fixtures.pillar("Cybersecurity")))))
			.andExpect(content().string(not(containsString(soon.getTitle()))));
		this.mvc
			.perform(as(staff,
					get("/conventions").param("q", tag)
						.param("status", "ACTIVE")
						.param("year", String.valueOf(LocalDate.now().plusYears(3).getYear()))))
			.andExpect(content().string(not(containsString(soon.getTitle()))))
			.andExpect(content().string(containsString(later.getTitle())));

		String csv = this.mvc
			.perform(as(staff, get("/conventions/export.csv").param("q", tag)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(3);
		assertThat(csv).startsWith("\uFEFFReference number,Edition,Title,Status")
			.contains(soon.getReference() + ",1," + soon.getTitle()
					+ ",Active,Public summary,Aix-Marseille Université,CMA CGM,Training; Research & innovation");
	}

	@Test
	void theHistoryWritesAStatusChangeAsEachLanguagePunctuatesIt() throws Exception {
		Convention active = this.fixtures.active("History " + ConventionFixtures.uniqueReference("HS"),
				Confidentiality.INTERNAL, LocalDate.now().plusYears(1), null, "CMA CGM");
		String english = page(as(this.fixtures.staff(), get("/conventions/{id}", active.getId()).param("lang", "en")));
		assertThat(english).contains("Status changed: Draft → In negotiation").doesNotContain("Status changed :");
		String french = page(as(this.fixtures.staff(), get("/conventions/{id}", active.getId()).param("lang", "fr")));
		assertThat(french).contains("Changement de statut\u00a0: Projet → En négociation");
	}

	@Test
	void theHomePageShowsStaffTheConventionsEndingSoonAndTheLatestChanges() throws Exception {
		Convention soon = this.fixtures.active("Home watch " + ConventionFixtures.uniqueReference("H"),
				Confidentiality.INTERNAL, LocalDate.now().plusDays(10), null, "CMA CGM");
		String home = page(as(this.fixtures.staff(), get("/")).header("Accept-Language", "en"));
		assertThat(section(home, "renewal-watch-title")).contains("Conventions ending soon").contains(soon.getTitle());
		assertThat(page(as(this.fixtures.liaison(), get("/")))).doesNotContain(soon.getTitle());

		this.fixtures.moveTo(soon.getId(), ConventionStatus.TERMINATED);
		home = page(as(this.fixtures.staff(), get("/")).header("Accept-Language", "en"));
		assertThat(section(home, "renewal-watch-title")).doesNotContain(soon.getTitle());
		// the latest changes name the convention once, with its last change, who made it
		// (a
		// name, not an address) and a link to the earlier ones
		String changes = section(home, "recent-changes-title");
		assertThat(changes.split(java.util.regex.Pattern.quote(soon.getTitle()), -1)).hasSize(2);
		String line = changes.substring(changes.indexOf(soon.getTitle()));
		line = line.substring(0, line.indexOf("</li>"));
		assertThat(line).contains("Status changed")
			.contains("Alice Admin")
			.doesNotContain("@demo.passerelle")
			.containsPattern("and \\d+ earlier changes")
			.contains("/conventions/" + soon.getId() + "#history");
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The home page's section headed by the heading with this id. */
	private static String section(String html, String headingId) {
		int start = html.indexOf("id=\"" + headingId + "\"");
		assertThat(start).as("section %s shown", headingId).isPositive();
		return html.substring(start, html.indexOf("</section>", start));
	}

	@Test
	void administratorsManagePillarsAndOthersAreRefused() throws Exception {
		this.mvc.perform(as(this.fixtures.admin(), get("/admin/pillars")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recruitment &amp; professional integration")));
		this.mvc
			.perform(as(this.fixtures.admin(), post("/admin/pillars/new")).header("Accept-Language", "en")
				.param("nameFr", "")
				.param("nameEn", "Kept text")
				.param("colour", "TEAL"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("pillarForm", "nameFr", "NotBlank"))
			.andExpect(content().string(containsString("value=\"Kept text\"")));
		this.mvc
			.perform(as(this.fixtures.admin(), post("/admin/pillars/new")).param("nameFr", "Formation")
				.param("nameEn", "Another training")
				.param("colour", "TEAL"))
			.andExpect(model().attributeHasFieldErrorCode("pillarForm", "nameFr", "pillar.name.taken"));
		this.mvc.perform(as(this.fixtures.staff(), get("/admin/pillars"))).andExpect(status().isForbidden());
		long used = this.fixtures.pillar("Training");
		this.mvc.perform(as(this.fixtures.admin(), post("/admin/pillars/{id}/delete", used)))
			.andExpect(flash().attribute("error", "pillar.inUse"));
	}

	private PasserelleUser staffOf(String institution) throws Exception {
		String email = "staff-" + java.util.UUID.randomUUID() + "@example.org";
		this.mvc.perform(as(this.fixtures.admin(), post("/admin/users/new")).param("displayName", "Other Staff")
			.param("email", email)
			.param("role", "STAFF")
			.param("organisationId", String.valueOf(this.fixtures.organisation(institution)))
			.param("password", "a good long password"));
		return this.fixtures.user(email);
	}

	private static int indexOf(String html, long pillarId) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("name=\"choices\\[(\\d+)\\]\\.pillarId\" value=\"" + pillarId + "\"")
			.matcher(html);
		assertThat(matcher.find()).as("pillar %s offered", pillarId).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(PasserelleUser user, B request) {
		return request.with(user(user)).with(csrf());
	}

}
