package org.passerelle.organisation.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.ChangeAction;
import org.passerelle.organisation.Contact;
import org.passerelle.organisation.Contacts;
import org.passerelle.organisation.FieldChange;
import org.passerelle.organisation.OrganisationChange;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contacts: who may see and change them, and their export and erasure on request (GDPR).
 */
@PostgresTest
@AutoConfigureMockMvc
class ContactTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Contacts contacts;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private Organisations organisations;

	@Test
	void aLiaisonAddsAContactToTheirOwnOrganisationOnly() throws Exception {
		long own = this.organisations.findByName("Provepharm").orElseThrow().getId();
		long other = this.organisations.findByName("CMA CGM").orElseThrow().getId();
		this.mvc
			.perform(as("liaison@demo.passerelle", post("/organisations/{id}/contacts/new", own))
				.param("firstName", "Inès")
				.param("lastName", "Moreau")
				.param("jobTitle", "Talent acquisition")
				.param("email", "ines.moreau@example.org")
				.param("purpose", "INTERNSHIPS"))
			.andExpect(redirectedUrl("/organisations/" + own + "#contacts"));
		assertThat(this.contacts.of(own)).extracting(Contact::getEmail).contains("ines.moreau@example.org");

		this.mvc
			.perform(as("liaison@demo.passerelle", post("/organisations/{id}/contacts/new", other))
				.param("lastName", "Intrus")
				.param("purpose", "EVENTS"))
			.andExpect(status().isForbidden());
		this.mvc.perform(as("liaison@demo.passerelle", get("/organisations/{id}/contacts/new", other)))
			.andExpect(status().isForbidden());
		long contact = this.contacts.of(other).get(0).getId();
		this.mvc.perform(as("liaison@demo.passerelle", get("/organisations/{id}/contacts/{c}/export", other, contact)))
			.andExpect(status().isForbidden());
		this.mvc.perform(as("liaison@demo.passerelle", post("/organisations/{id}/contacts/{c}/erase", other, contact)))
			.andExpect(status().isForbidden());
		assertThat(this.contacts.of(other)).extracting(Contact::getId).contains(contact);
	}

	@Test
	void explainsErrorsAndKeepsWhatWasTyped() throws Exception {
		long own = this.organisations.findByName("Innate Pharma").orElseThrow().getId();
		this.mvc
			.perform(as("staff@demo.passerelle", post("/organisations/{id}/contacts/new", own))
				.header("Accept-Language", "en")
				.param("firstName", "Typed")
				.param("lastName", "")
				.param("email", "not an e-mail")
				.param("phone", "call me maybe"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "lastName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "email", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "phone", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "purpose", "NotNull"))
			.andExpect(content().string(containsString("value=\"Typed\"")))
			.andExpect(content().string(containsString("Enter a phone number")));
	}

	@Test
	void refusesAStaleContactEdit() throws Exception {
		long organisation = this.organisations.findByName("Innate Pharma").orElseThrow().getId();
		Contact contact = this.contacts.add(organisation, new org.passerelle.organisation.ContactDetails("Paul", "Roux",
				null, "paul.roux@example.org", null, null, org.passerelle.organisation.ContactPurpose.EVENTS));
		this.mvc
			.perform(
					as("staff@demo.passerelle", post("/organisations/{id}/contacts/{c}", organisation, contact.getId()))
						.param("firstName", "Paul")
						.param("lastName", "Roux-Martin")
						.param("purpose", "EVENTS")
						.param("version", String.valueOf(contact.getVersion())))
			.andExpect(redirectedUrl("/organisations/" + organisation + "#contacts"));
		this.mvc
			.perform(
					as("admin@demo.passerelle", post("/organisations/{id}/contacts/{c}", organisation, contact.getId()))
						.param("firstName", "Paul")
						.param("lastName", "Second")
						.param("purpose", "EVENTS")
						.param("version", String.valueOf(contact.getVersion())))
			.andExpect(model().attributeHasErrors("contactForm"));
		assertThat(this.contacts.get(organisation, contact.getId()).getLastName()).isEqualTo("Roux-Martin");
	}

	@Test
	void exportsThenErasesAContactKeepingAnAnonymousHistory() throws Exception {
		long organisation = this.organisations.findByName("HalioDx").orElseThrow().getId();
		this.mvc.perform(as("staff@demo.passerelle", post("/organisations/{id}/contacts/new", organisation))
			.param("firstName", "Léa")
			.param("lastName", "Fontaine")
			.param("email", "lea.fontaine@example.org")
			.param("phone", "+33 4 91 00 00 09")
			.param("notes", "Prefers calls in the morning.")
			.param("purpose", "RESEARCH"));
		Contact contact = this.contacts.of(organisation)
			.stream()
			.filter((c) -> "lea.fontaine@example.org".equals(c.getEmail()))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(
				as("staff@demo.passerelle", post("/organisations/{id}/contacts/{c}", organisation, contact.getId()))
					.param("firstName", "Léa")
					.param("lastName", "Fontaine")
					.param("email", "l.fontaine@example.org")
					.param("purpose", "RESEARCH")
					.param("version", String.valueOf(contact.getVersion())));

		this.mvc
			.perform(as("staff@demo.passerelle",
					get("/organisations/{id}/contacts/{c}/export", organisation, contact.getId())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.lastName").value("Fontaine"))
			.andExpect(jsonPath("$.email").value("l.fontaine@example.org"))
			.andExpect(jsonPath("$.organisation").value("HalioDx"))
			.andExpect(jsonPath("$.purpose").value("RESEARCH"))
			.andExpect(jsonPath("$.history.length()").value(2));

		this.mvc
			.perform(as("staff@demo.passerelle",
					post("/organisations/{id}/contacts/{c}/erase", organisation, contact.getId())))
			.andExpect(redirectedUrl("/organisations/" + organisation + "#contacts"));

		Contact erased = this.contacts.get(organisation, contact.getId());
		assertThat(erased.isErased()).isTrue();
		assertThat(List.of(String.valueOf(erased.getFirstName()), String.valueOf(erased.getLastName()),
				String.valueOf(erased.getEmail()), String.valueOf(erased.getPhone()),
				String.valueOf(erased.getNotes())))
			.containsOnly("null");
		assertThat(this.contacts.of(organisation)).extracting(Contact::getId).doesNotContain(contact.getId());
		List<OrganisationChange> history = this.directory.history(organisation)
			.stream()
			.filter((change) -> contact.getId().equals(change.getContactId()))
			.toList();
		assertThat(history).extracting(OrganisationChange::getAction)
			.containsExactly(ChangeAction.CONTACT_ERASED, ChangeAction.CONTACT_UPDATED, ChangeAction.CONTACT_ADDED);
		assertThat(history)
			.allSatisfy((change) -> assertThat(change.getChangedBy()).isEqualTo("staff@demo.passerelle"));
		assertThat(history.stream().flatMap((change) -> change.getFields().stream())).isNotEmpty()
			.allMatch(FieldChange::isErased);
		this.mvc.perform(as("staff@demo.passerelle", get("/organisations/{id}", organisation)))
			.andExpect(content().string(not(containsString("Fontaine"))))
			.andExpect(content().string(not(containsString("fontaine@example.org"))))
			.andExpect(content().string(not(containsString("Prefers calls"))));
		this.mvc
			.perform(
					as("staff@demo.passerelle", get("/organisations/{id}/contacts/{c}", organisation, contact.getId())))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(email))).with(csrf());
	}

}
