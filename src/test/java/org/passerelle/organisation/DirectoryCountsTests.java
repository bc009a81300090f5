package org.passerelle.organisation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory counts a search's matches and finds a page of them once, then keeps the
 * count and the page's organisations until an organisation is written: by its pages, by a
 * cluster's membership alone, by an import or a merge (both written with SQL).
 */
@PostgresTest
@Import(StatementCounter.Configuration.class)
class DirectoryCountsTests {

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private OrganisationImport imports;

	@Autowired
	private OrganisationMerges merges;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private StatementCounter counter;

	@Test
	void aSearchIsCountedOnceUntilAnOrganisationIsWritten() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		for (int i = 0; i < 3; i++) {
			company("Forge " + i + " " + word, Set.of());
		}
		assertThat(this.counter.statementsOf(() -> assertThat(total(word)).isEqualTo(3))).as("page and count")
			.hasSize(2);
		assertThat(this.counter.statementsOf(() -> assertThat(total(word)).isEqualTo(3)))
			.as("the kept page's organisation by its id")
			.hasSize(1);

		company("Forge 3 " + word, Set.of());

		assertThat(total(word)).isEqualTo(4);
	}

	@Test
	void aSearchsPageIsKeptUntilAnOrganisationIsWritten() throws Exception {
		String word = DirectoryTestData.uniqueWord();
		company("Bastide " + word, Set.of());
		Organisation renamed = company("Atelier " + word, Set.of());
		assertThat(names(word)).containsExactly("Atelier " + word, "Bastide " + word);

		List<String> kept = this.counter
			.statementsOf(() -> assertThat(names(word)).containsExactly("Atelier " + word, "Bastide " + word));

		assertThat(kept).as("the organisations read by their ids, not searched again")
			.singleElement()
			.asString()
			.doesNotContain("like");
		this.directory.update(renamed.getId(), renamed.getVersion(), DirectoryTestData.company("Cabane " + word,
				"Nîmes", SizeClass.SME, Sector.DIGITAL, Region.OCCITANIE, null, Set.of()));
		assertThat(names(word)).containsExactly("Bastide " + word, "Cabane " + word);
		company("Abri " + word, Set.of());
		assertThat(names(word)).containsExactly("Abri " + word, "Bastide " + word, "Cabane " + word);
	}

	@Test
	void joiningAClusterCountsAgain() {
		String word = DirectoryTestData.uniqueWord();
		Organisation cluster = this.directory
			.create(DirectoryTestData.organisation("Pôle " + word, OrganisationKind.CLUSTER, "Montpellier"));
		company("Membre 1 " + word, Set.of(cluster.getId()));
		company("Membre 2 " + word, Set.of(cluster.getId()));
		Organisation joining = company("Membre 3 " + word, Set.of());
		OrganisationSearch members = new OrganisationSearch(null, null, null, null, null, null, cluster.getId(), false);
		assertThat(total(members)).isEqualTo(2);

		// only the membership changes: Hibernate writes the collection, not the
		// organisation
		this.directory.update(joining.getId(), joining.getVersion(), DirectoryTestData.company(joining.getName(),
				"Nîmes", SizeClass.SME, Sector.DIGITAL, Region.OCCITANIE, null, Set.of(cluster.getId())));

		assertThat(total(members)).isEqualTo(3);
	}

	@Test
	void anImportCountsAgain() {
		String word = DirectoryTestData.uniqueWord();
		company("Atelier 1 " + word, Set.of());
		company("Atelier 2 " + word, Set.of());
		assertThat(total(word)).isEqualTo(2);
		CsvTable table = this.imports
			.read(("Nom;Type;Ville\r\nAtelier 3 " + word + ";Entreprise;Alès\r\n").getBytes(StandardCharsets.UTF_8));
		ImportPlan plan = this.imports.plan(table, this.imports.suggest(1, table.headers()), null, user());

		this.imports.apply(plan);

		assertThat(total(word)).isEqualTo(3);
	}

	@Test
	void aMergeAndItsUndoCountAgain() {
		String word = DirectoryTestData.uniqueWord();
		Organisation kept = company("Chantier " + word, Set.of());
		Organisation merged = company("Chantier bis " + word, Set.of());
		assertThat(total(word)).isEqualTo(2);

		this.merges.merge(kept.getId(), merged.getId(), Set.of());

		assertThat(total(word)).isEqualTo(1);
		this.merges.undo(this.merges.recent(kept.getId()).get(0).id());
		assertThat(total(word)).isEqualTo(2);
	}

	private Organisation company(String name, Set<Long> clusters) {
		return this.directory.create(DirectoryTestData.company(name, "Nîmes", SizeClass.SME, Sector.DIGITAL,
				Region.OCCITANIE, null, clusters));
	}

	/**
	 * A page of one, so that the total comes from the count (not from a short first
	 * page).
	 */
	private long total(String word) {
		return total(OrganisationSearch.text(word));
	}

	private List<String> names(String word) {
		return this.directory.search(OrganisationSearch.text(word), PageRequest.of(0, 20, Sort.by("name")))
			.map(Organisation::getName)
			.getContent();
	}

	private long total(OrganisationSearch search) {
		return this.directory.search(search, PageRequest.of(0, 1)).getTotalElements();
	}

	private PasserelleUser user() {
		return (PasserelleUser) this.users.loadUserByUsername("admin@demo.passerelle");
	}

}
