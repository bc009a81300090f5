package org.passerelle.organisation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory search, on PostgreSQL: accents, case and partial words, filters, paging
 * and sorting.
 */
@PostgresTest
class OrganisationSearchTests {

	@Autowired
	private OrganisationDirectory directory;

	private String word;

	private long cluster;

	@BeforeEach
	void createOrganisations() {
		this.word = DirectoryTestData.uniqueWord();
		this.cluster = this.directory
			.create(DirectoryTestData.organisation("Pôle " + this.word, OrganisationKind.CLUSTER, "Marseille"))
			.getId();
		this.directory.create(DirectoryTestData.organisation("Université Éphémère " + this.word,
				OrganisationKind.UNIVERSITY, "Besançon"));
		this.directory.create(DirectoryTestData.company("Société Générale des Écluses " + this.word, "Arles",
				SizeClass.SME, Sector.MARITIME, Region.PROVENCE_ALPES_COTE_D_AZUR, null, Set.of(this.cluster)));
		this.directory.create(DirectoryTestData.company("Atelier " + this.word, "Lille", SizeClass.MICRO,
				Sector.MANUFACTURING, Region.HAUTS_DE_FRANCE, null, Set.of()));
		Organisation closed = this.directory.create(DirectoryTestData.company("Fermée " + this.word, "Lille",
				SizeClass.LARGE, Sector.MANUFACTURING, Region.HAUTS_DE_FRANCE, null, Set.of()));
		this.directory.deactivate(closed.getId());
	}

	@Test
	void findsWithoutAccentsOrCase() {
		assertThat(names("universite ephemere " + this.word)).containsExactly("Université Éphémère " + this.word);
		assertThat(names("UNIVERSITÉ " + this.word.toUpperCase())).containsExactly("Université Éphémère " + this.word);
		assertThat(names("besancon " + this.word)).containsExactly("Université Éphémère " + this.word);
	}

	@Test
	void findsPartialWordsInAnyOrder() {
		assertThat(names("ecl gener " + this.word.substring(0, 6)))
			.contains("Société Générale des Écluses " + this.word);
		assertThat(names(this.word)).hasSize(4);
	}

	@Test
	void findsBySiren() {
		String siren = DirectoryTestData.uniqueSiren();
		this.directory.create(DirectoryTestData.company("Numérotée " + this.word, "Nice", SizeClass.SME, Sector.DIGITAL,
				Region.PROVENCE_ALPES_COTE_D_AZUR, siren, Set.of()));
		assertThat(names(siren.substring(0, 3) + " " + siren.substring(3))).containsExactly("Numérotée " + this.word);
	}

	@Test
	void filtersByKindSizeSectorRegionClusterAndGroup() {
		assertThat(search(
				new OrganisationSearch(this.word, OrganisationKind.UNIVERSITY, null, null, null, null, null, false)))
			.containsExactly("Université Éphémère " + this.word);
		assertThat(search(new OrganisationSearch(this.word, null, null, SizeClass.MICRO, null, null, null, false)))
			.containsExactly("Atelier " + this.word);
		assertThat(search(new OrganisationSearch(this.word, null, null, null, Sector.MARITIME, null, null, false)))
			.containsExactly("Société Générale des Écluses " + this.word);
		assertThat(
				search(new OrganisationSearch(this.word, null, null, null, null, Region.HAUTS_DE_FRANCE, null, false)))
			.containsExactly("Atelier " + this.word);
		assertThat(search(new OrganisationSearch(null, null, null, null, null, null, this.cluster, false)))
			.containsExactly("Société Générale des Écluses " + this.word);
		assertThat(search(new OrganisationSearch(this.word, null, OrganisationSearch.Group.INSTITUTIONS, null, null,
				null, null, false)))
			.containsExactly("Université Éphémère " + this.word);
		assertThat(search(new OrganisationSearch(this.word, null, OrganisationSearch.Group.PARTNERS, null, null, null,
				null, false)))
			.hasSize(3)
			.doesNotContain("Université Éphémère " + this.word);
	}

	@Test
	void leavesDeactivatedOrganisationsOutUnlessAsked() {
		assertThat(names(this.word)).doesNotContain("Fermée " + this.word);
		assertThat(search(new OrganisationSearch(this.word, null, null, null, null, null, null, true)))
			.contains("Fermée " + this.word);
	}

	@Test
	void pagesAndSorts() {
		OrganisationSearch search = OrganisationSearch.text(this.word);
		Page<Organisation> first = this.directory.search(search, PageRequest.of(0, 3, Sort.by("name")));
		Page<Organisation> second = this.directory.search(search, PageRequest.of(1, 3, Sort.by("name")));
		assertThat(first.getTotalElements()).isEqualTo(4);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent()).extracting(Organisation::getName)
			.containsExactly("Atelier " + this.word, "Pôle " + this.word, "Société Générale des Écluses " + this.word);
		assertThat(second.getContent()).extracting(Organisation::getName)
			.containsExactly("Université Éphémère " + this.word);
		Page<Organisation> byCity = this.directory.search(search,
				PageRequest.of(0, 10, Sort.by(Sort.Order.desc("city"))));
		assertThat(byCity.getContent()).extracting(Organisation::getCity)
			.containsExactly("Marseille", "Lille", "Besançon", "Arles");
	}

	@Test
	void sortsNamesInFrenchOrder() {
		String word = DirectoryTestData.uniqueWord();
		for (String name : List.of("Usinage", "École", "CMA CGM", "Calanques", "eau vive", "Écluse")) {
			this.directory.create(DirectoryTestData.organisation(name + " " + word, OrganisationKind.COMPANY, "Lyon"));
		}
		// accents and case come after the letters, a space before them: not the byte
		// order of "É" or "M"
		assertThat(names(word)).containsExactly("Calanques " + word, "CMA CGM " + word, "eau vive " + word,
				"Écluse " + word, "École " + word, "Usinage " + word);
	}

	private List<String> names(String text) {
		return search(OrganisationSearch.text(text));
	}

	private List<String> search(OrganisationSearch search) {
		return this.directory.search(search, PageRequest.of(0, 50, Sort.by("name")))
			.map(Organisation::getName)
			.getContent();
	}

}
