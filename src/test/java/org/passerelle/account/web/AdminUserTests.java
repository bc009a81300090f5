package org.passerelle.account.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.account.Account;
import org.passerelle.account.AccountService;
import org.passerelle.organisation.Organisations;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Administrators manage accounts at {@code /admin/users}.
 */
@PostgresTest
@AutoConfigureMockMvc
class AdminUserTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private Organisations organisations;

	@Autowired
	private UserDetailsService users;

	@Test
	void createsAStaffAccountForAnInstitution() throws Exception {
		String email = unique("new.staff");
		long amu = this.organisations.findByName("Aix-Marseille Université").orElseThrow().getId();
		this.mvc
			.perform(asAdmin(post("/admin/users/new")).param("displayName", "Nina Nouvelle")
				.param("email", email.toUpperCase())
				.param("role", "STAFF")
				.param("organisationId", String.valueOf(amu))
				.param("password", "a good long password"))
			.andExpect(redirectedUrl("/admin/users"));
		Account created = this.accounts.findByEmail(email).orElseThrow();
		assertThat(created.getEmail()).isEqualTo(email);
		assertThat(created.getOrganisationId()).isEqualTo(amu);
	}

	@Test
	void keepsWhatWasTypedAndExplainsEachError() throws Exception {
		long company = this.organisations.findByName("CMA CGM").orElseThrow().getId();
		this.mvc
			.perform(asAdmin(post("/admin/users/new")).header("Accept-Language", "en")
				.param("displayName", "Typed Name")
				.param("email", "not-an-email")
				.param("role", "STAFF")
				.param("organisationId", String.valueOf(company))
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users/form"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "email", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "organisationId",
					"account.organisation.institutionForStaff"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "password", "account.password.length"))
			.andExpect(content().string(containsString("value=\"Typed Name\"")))
			.andExpect(content().string(containsString("Partnership office staff belong to an institution.")));
	}

	@Test
	void refusesASecondAccountWithTheSameEmail() throws Exception {
		this.mvc
			.perform(asAdmin(post("/admin/users/new")).param("displayName", "Copy")
				.param("email", "Staff@Demo.Passerelle")
				.param("role", "ADMIN")
				.param("password", "a good long password"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "email", "account.email.taken"));
	}

	@Test
	void deactivatesAndReactivatesAnAccountButNotOneself() throws Exception {
		String email = unique("leaving");
		this.mvc.perform(asAdmin(post("/admin/users/new")).param("displayName", "Leaving Soon")
			.param("email", email)
			.param("role", "ADMIN")
			.param("password", "a good long password"));
		long id = this.accounts.findByEmail(email).orElseThrow().getId();

		this.mvc.perform(asAdmin(get("/admin/users/{id}", id)))
			.andExpect(content().string(containsString("href=\"/admin/users/" + id + "/deactivate\"")))
			.andExpect(content().string(not(containsString("action=\"/admin/users/" + id + "/deactivate\""))));
		this.mvc.perform(asAdmin(get("/admin/users/{id}/deactivate", id)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deactivate the account of Leaving Soon?")))
			.andExpect(content().string(containsString(email + " will no longer be able to sign in.")))
			.andExpect(content().string(containsString("action=\"/admin/users/" + id + "/deactivate\"")));
		assertThat(this.accounts.get(id).isActive()).isTrue();
		this.mvc.perform(asAdmin(post("/admin/users/{id}/deactivate", id)))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(this.accounts.get(id).isActive()).isFalse();
		this.mvc.perform(asAdmin(post("/admin/users/{id}/reactivate", id)));
		assertThat(this.accounts.get(id).isActive()).isTrue();

		long admin = this.accounts.findByEmail("admin@demo.passerelle").orElseThrow().getId();
		this.mvc.perform(asAdmin(get("/admin/users/{id}/deactivate", admin)))
			.andExpect(redirectedUrl("/admin/users/" + admin));
		this.mvc.perform(asAdmin(post("/admin/users/{id}/deactivate", admin)));
		assertThat(this.accounts.get(admin).isActive()).isTrue();
	}

	@Test
	void refusesAStaleEdit() throws Exception {
		String email = unique("edited");
		this.mvc.perform(asAdmin(post("/admin/users/new")).param("displayName", "Edited Twice")
			.param("email", email)
			.param("role", "ADMIN")
			.param("password", "a good long password"));
		Account account = this.accounts.findByEmail(email).orElseThrow();
		long staleVersion = account.getVersion();
		this.mvc
			.perform(asAdmin(post("/admin/users/{id}", account.getId())).param("displayName", "First Edit")
				.param("email", email)
				.param("role", "ADMIN")
				.param("version", String.valueOf(staleVersion)))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(asAdmin(post("/admin/users/{id}", account.getId())).param("displayName", "Second Edit")
				.param("email", email)
				.param("role", "ADMIN")
				.param("version", String.valueOf(staleVersion)))
			.andExpect(model().attributeHasErrors("accountForm"))
			.andExpect(content().string(containsString("value=\"Second Edit\"")));
		assertThat(this.accounts.get(account.getId()).getDisplayName()).isEqualTo("First Edit");
	}

	@Test
	void searchesByNameOrEmailAndFiltersByRole() throws Exception {
		this.mvc.perform(asAdmin(get("/admin/users")).param("q", "MARTIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("staff@demo.passerelle")))
			.andExpect(content().string(not(containsString("liaison@demo.passerelle"))));
		this.mvc.perform(asAdmin(get("/admin/users")).param("role", "LIAISON"))
			.andExpect(content().string(containsString("liaison@demo.passerelle")))
			.andExpect(content().string(not(containsString("staff@demo.passerelle"))));
		this.mvc.perform(asAdmin(get("/admin/users")).param("q", "%"))
			.andExpect(content().string(not(containsString("staff@demo.passerelle"))));
	}

	@Test
	void pagesKeepTheFilters() throws Exception {
		this.mvc.perform(asAdmin(get("/admin/users?q=demo&size=1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("q=demo&amp;size=1&amp;page=1")));
	}

	@Test
	void unknownAccountIsNotFound() throws Exception {
		this.mvc.perform(asAdmin(get("/admin/users/{id}", Long.MAX_VALUE))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("admin@demo.passerelle"))).with(csrf());
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.org";
	}

}
