package org.passerelle.organisation.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.passerelle.PostgresTest;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.OrganisationMerges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passerelle.SignedInRecently.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recent merges' pages as an administrator reads them: the list paged like the
 * portal's other lists, and a merge made before merges recorded what they changed (before
 * V21) shown as one that cannot be undone, with the reason, in both languages.
 */
@PostgresTest
@AutoConfigureMockMvc
class MergeUndoPageTests {

	private static final String ADMIN = "admin@demo.passerelle";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private OrganisationMerges merges;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theRecentMergesArePagedNewestFirst() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		String first = merge("Ancienne Fusion " + word);
		String second = merge("Moyenne Fusion " + word);
		String third = merge("Dernière Fusion " + word);

		this.mvc.perform(as(get("/organisations/merges?size=2")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(third)))
			.andExpect(content().string(containsString(second)))
			.andExpect(content().string(not(containsString(first))))
			.andExpect(content().string(containsString("aria-label=\"Pages\"")))
			.andExpect(content().string(containsString(">Next<")))
			.andExpect(content().string(containsString("/organisations/merges?size=2&amp;page=1")));
		this.mvc.perform(as(get("/organisations/merges?size=2&page=1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(not(containsString(third))));
	}

	@Test
	void aMergeMadeBeforeMergesWereRecordedIsNotOfferedForUndoAndSaysWhy() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		long kept = this.directory
			.create(DirectoryTestData.organisation("Gardée Avant " + word, OrganisationKind.COMPANY, "Lyon"))
			.getId();
		long merged = this.directory
			.create(DirectoryTestData.organisation("Fusionnée Avant " + word, OrganisationKind.COMPANY, "Lyon"))
			.getId();
		this.merges.merge(kept, merged, Set.of());
		long mergeId = this.merges.recent(kept).get(0).id();
		// as V25 leaves a merge made before V21: no change recorded
		this.jdbc.sql("delete from organisation_merge_move where merge_id = :id").param("id", mergeId).update();
		this.jdbc.sql("update organisation_merge set moves_recorded = false where id = :id")
			.param("id", mergeId)
			.update();

		this.mvc.perform(as(get("/organisations/merges")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Why the merge of Fusionnée Avant " + word + " into Gardée Avant " + word + " cannot be undone")))
			.andExpect(content().string(containsString("Cannot be undone: why")))
			.andExpect(content().string(
					not(containsString("Undo the merge of Fusionnée Avant " + word + " into Gardée Avant " + word))));
		this.mvc.perform(as(get("/organisations/{id}", kept)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Undo this merge"))));
		this.mvc.perform(as(get("/organisations/merges/{id}/undo", mergeId)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This merge cannot be undone")))
			.andExpect(content().string(containsString("It was made before the portal recorded, row by row, "
					+ "what a merge changes: an undo could not put every record back as it was.")))
			.andExpect(content().string(not(containsString("action=\"/organisations/merges/" + mergeId + "/undo\""))));
		this.mvc.perform(as(get("/organisations/merges/{id}/undo", mergeId)).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Elle a été faite avant que le portail n’enregistre, "
					+ "ligne par ligne, ce qu’une fusion change\u00a0: la défaire ne pourrait pas remettre chaque "
					+ "fiche comme elle était.")));
		this.mvc.perform(as(post("/organisations/merges/{id}/undo", mergeId)))
			.andExpect(redirectedUrl("/organisations/merges/" + mergeId + "/undo"))
			.andExpect(flash().attribute("error", "merge.undo.refused"));
		assertThat(this.directory.get(merged).isMerged()).as("still merged").isTrue();
	}

	/** Merges a new organisation into another; returns the merged one's name. */
	private String merge(String name) {
		long kept = this.directory
			.create(DirectoryTestData.organisation(name + " Gardée", OrganisationKind.COMPANY, "Nantes"))
			.getId();
		long merged = this.directory.create(DirectoryTestData.organisation(name, OrganisationKind.COMPANY, "Nantes"))
			.getId();
		this.merges.merge(kept, merged, Set.of());
		return name;
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(ADMIN))).with(csrf());
	}

}
