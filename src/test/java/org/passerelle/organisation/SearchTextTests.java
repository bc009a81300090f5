package org.passerelle.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory compares text without accents, case or punctuation.
 */
class SearchTextTests {

	@Test
	void dropsAccentsCaseAndPunctuation() {
		assertThat(SearchText.normalise("Aix-Marseille Université")).isEqualTo("aix marseille universite");
		assertThat(SearchText.normalise("L'Occitane en Provence")).isEqualTo("loccitane en provence");
		assertThat(SearchText.normalise("ÉCOLE  Nationale—Supérieure")).isEqualTo("ecole nationale superieure");
		assertThat(SearchText.normalise("Cœur de Ville, Île-de-France")).isEqualTo("coeur de ville ile de france");
		assertThat(SearchText.normalise(null)).isEmpty();
		assertThat(SearchText.normalise("   ")).isEmpty();
	}

	@Test
	void splitsASearchIntoWords() {
		assertThat(SearchText.words("  Univ. d'AIX  univ ")).containsExactly("univ", "daix");
		assertThat(SearchText.words("")).isEmpty();
	}

	@Test
	void matchesByNameAndCity() {
		assertThat(Organisation.matchKey("Provepharm S.A.", "MARSEILLE"))
			.isEqualTo(Organisation.matchKey("provepharm sa", "Marseille"));
		assertThat(Organisation.matchKey("Provepharm", "Marseille"))
			.isNotEqualTo(Organisation.matchKey("Provepharm", "Paris"));
	}

}
